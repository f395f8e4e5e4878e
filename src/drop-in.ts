/**
 * The entry of the drop-in bundle (`dist/conflict-timeline.bundled.js`), for a page that adds one
 * `<script type="module">` and a bare `<conflict-timeline>`: registers the element and makes the
 * article on the US-led coalition in Iraq its default events (loaded when first shown). The npm entries do neither of the
 * latter (an app that imports the element does not ship the article): see README, "Default events".
 */
import './conflict-timeline.js';
import { setDefaultEventsLoader } from './element/default-events.js';

// A chunk of its own, next to the bundle, fetched only when an element shows the default.
setDefaultEventsLoader(async () => (await import('../events/iraq-coalition.js')).iraqCoalitionEvents);

export * from './conflict-timeline.js';
export { default } from './conflict-timeline.js';

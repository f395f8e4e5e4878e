/**
 * The entry of the drop-in bundle (`dist/conflict-timeline.bundled.js`), for a page that adds one
 * `<script type="module">` and a bare `<conflict-timeline>`: registers the element and makes the
 * article on the US-led coalition in Iraq its default events. The npm entries do neither of the
 * latter (an app that imports the element does not ship the article): see README, "Default events".
 */
import { ConflictTimeline } from './conflict-timeline.js';
import { iraqCoalitionEvents } from '../events/iraq-coalition.js';

ConflictTimeline.defaultEvents = iraqCoalitionEvents;

export * from './conflict-timeline.js';
export { default } from './conflict-timeline.js';

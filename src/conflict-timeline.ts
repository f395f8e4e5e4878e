/**
 * Registers `<conflict-timeline>`. Importing this module defines the tag (once: a second copy of
 * the library on the page is tolerated); import `conflict-timeline/component` for the class alone.
 * It does not choose any default events: see `ConflictTimeline.defaultEvents`.
 */
import { ConflictTimeline } from './conflict-timeline.component.js';
import type { ConflictTimelineEventMap } from './dom-events/events.js';

export const TAG_NAME = 'conflict-timeline';

// The literal tag (not TAG_NAME) lets the custom-elements manifest analyzer see it.
if (!customElements.get(TAG_NAME)) customElements.define('conflict-timeline', ConflictTimeline);

export { ConflictTimeline };
export default ConflictTimeline;

declare global {
  interface HTMLElementTagNameMap {
    'conflict-timeline': ConflictTimeline;
  }
  // The element's events, typed for addEventListener on any element (they bubble and are composed).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ConflictTimelineEventMap {}
}

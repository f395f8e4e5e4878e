/**
 * `conflict-timeline/component`: the element's class, without registering the tag (see
 * `conflict-timeline.ts` for that). It lives in `src/element/`, with its controllers and templates.
 */
export { ConflictTimeline, type Theme, type View } from './element/conflict-timeline.element.js';
export type { NumeralSystem as Numerals } from './i18n/numerals.js';
export type { DataFormat } from './loaders/types.js';

/**
 * conflict-timeline: registers `<conflict-timeline>` and exports its class, the event model, the
 * validator, the importers and the date formatting.
 */
export { ConflictTimeline, TAG_NAME } from './conflict-timeline.js';
export type { DataFormat, Numerals, Theme, View } from './conflict-timeline.component.js';
export type { NumeralSystem } from './i18n/numerals.js';
export type * from './dom-events/events.js';
export * from './model/types.js';
export { parseEdtf, type ParsedDate, type DatePrecision } from './model/edtf.js';
export { validateEvents, type ValidationIssue, type ValidationResult } from './model/validate.js';
export { EDITORIAL_RULES, type EditorialRule } from './model/provenance-checks.js';

/**
 * Importers and loaders: from TimelineJS JSON or CSV, page markup, inline JSON or a URL to
 * candidate events (not yet validated) and the issues met reading them. Run `validateEvents`
 * on `result.events` to get the events to show.
 */
export type { ImportOptions, ImportResult } from './types.js';
export { WHOLE_SOURCE } from './types.js';
export { htmlToText } from './html-text.js';
export { importTimelineJs } from './timelinejs-json.js';
export { importTimelineJsCsv, parseCsv } from './timelinejs-csv.js';
export { importConflictJson } from './conflict-json.js';
export { readMarkupEvents } from './markup.js';
export { readInlineJson } from './inline-json.js';
export { detectFormat, type SourceFormat } from './detect.js';
export { fetchEvents } from './fetch-source.js';
export { loadFromText, importJsonValue } from './load-text.js';

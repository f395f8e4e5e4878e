/**
 * Importers and loaders: from the library's JSON, TimelineJS JSON or CSV, ACLED and UCDP GED
 * exports, page markup, inline JSON or a URL to candidate events (not yet validated) and the
 * issues met reading them. Run `validateEvents` on `result.events` to get the events to show.
 * `importStream` reads a stream (a response body, a Node file stream) in batches as it arrives.
 */
export type {
  DataFormat,
  ImportOptions,
  ImportResult,
  KnownFormat,
  LoadOptions,
  LoadProgress,
  MappingDecision,
  SourceFormat,
} from './types.js';
export { SOURCE_FORMATS, WHOLE_SOURCE } from './types.js';
export { htmlToText } from './html-text.js';
export { importTimelineJs } from './timelinejs-json.js';
export { CsvReader, parseCsv } from './csv-reader.js';
export { CSV_FORMATS, type CsvFormat } from './csv-formats.js';
export {
  CsvEventParser,
  importAcledCsv,
  importCsvText,
  importTimelineJsCsv,
  importUcdpGedCsv,
  type CsvEventBatch,
  type CsvImportOptions,
} from './csv-events.js';
export { importConflictJson } from './conflict-json.js';
export { readMarkupEvents } from './markup.js';
export { readInlineJson } from './inline-json.js';
export { detectFormat } from './detect.js';
export { fetchEvents, type FetchOptions } from './fetch-source.js';
export { loadFromText, importJsonValue } from './load-text.js';
export {
  importStream,
  type ChunkSource,
  type ImportBatch,
  type StreamChunk,
  type StreamImportOptions,
} from './event-stream.js';
export {
  ACLED_ACTOR_TYPES,
  ACLED_COLUMNS,
  ACLED_DISORDER_TYPES,
  ACLED_EVENT_TYPES,
  ACLED_GEO_PRECISION,
  ACLED_LIST_COLUMNS,
  ACLED_REQUIRED_COLUMNS,
  ACLED_SUB_EVENT_ALIASES,
  ACLED_SUB_EVENT_TYPES,
  ACLED_TIME_PRECISION,
  type DateResult,
  type PrecisionRule,
  type SubEventRule,
} from './acled-tables.js';
export {
  UCDP_DATE_PRECISION,
  UCDP_GED_COLUMNS,
  UCDP_GED_REQUIRED_COLUMNS,
  UCDP_VIOLENCE_TYPES,
  UCDP_WHERE_PRECISION,
  type ViolenceRule,
} from './ucdp-tables.js';

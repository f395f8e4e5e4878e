import type { ValidationIssue } from '../model/validate.js';
import type { CsvFormat } from './csv-formats.js';

/** The formats the loaders read (`unknown`: none of them). */
export type SourceFormat = 'conflict-json' | 'timelinejs-json' | CsvFormat | 'unknown';

/** The formats that can be asked for by name: every one the loaders read. */
export const SOURCE_FORMATS = [
  'conflict-json',
  'timelinejs-json',
  'timelinejs-csv',
  'acled-csv',
  'ucdp-ged-csv',
] as const satisfies readonly Exclude<SourceFormat, 'unknown'>[];
export type KnownFormat = (typeof SOURCE_FORMATS)[number];
/** A format to read a source in: one of `SOURCE_FORMATS`, or `auto` (detected from the content). */
export type DataFormat = KnownFormat | 'auto';

/**
 * What an importer hands back: candidate records in the `ConflictEvent` shape, not yet
 * validated, and the problems met while reading the source. A loader runs `validateEvents` on
 * the candidates afterwards.
 */
export interface ImportResult {
  readonly events: unknown[];
  readonly issues: ValidationIssue[];
  /** The mapping choices made (data sets only: ACLED, UCDP GED). */
  readonly decisions?: MappingDecision[];
}

/** Options shared by the importers of text that carries no language of its own. */
export interface ImportOptions {
  /**
   * Language tag the imported TimelineJS titles and summaries are stored under (default `en`).
   * ACLED and UCDP GED texts are always stored as English, the language those data sets write.
   */
  readonly lang?: string;
}

/** Options of the loaders that read a whole source: its language, and its format when known. */
export interface LoadOptions extends ImportOptions {
  /** The format to read, whatever the text looks like; `auto` (the default) detects it. */
  readonly format?: DataFormat;
}

/** How far a load has come: rows read and bytes received so far, and the size when known. */
export interface LoadProgress {
  /** Rows (CSV) or events (JSON, once parsed) read so far. */
  readonly rows: number;
  /** Bytes of the body received so far (after any content encoding is undone). */
  readonly bytes: number;
  /** The body's size, when the server said it and did not compress it. */
  readonly totalBytes?: number;
}

/** The `index` of an issue about the whole source (unreadable file, missing column) rather than one record. */
export const WHOLE_SOURCE = -1;

/**
 * A choice an importer made where the source's meaning had to be mapped onto the event model
 * ("time_precision 3 → the month (YYYY-MM)"), with how many rows it applied to. The importers of
 * data sets (ACLED, UCDP GED) list them so that a conversion can be checked.
 */
export interface MappingDecision {
  /** The source column (`time_precision`). */
  readonly field: string;
  /** The value read (`3`), or a description of it (`a day other than the 1st, 15th or last`). */
  readonly value: string;
  /** What it became, in words. */
  readonly result: string;
  /** How many rows it applied to. */
  readonly rows: number;
}

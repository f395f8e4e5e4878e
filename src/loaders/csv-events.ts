/**
 * CSV files of events (a TimelineJS sheet, an ACLED export, a UCDP GED CSV) read a piece at a
 * time: text in, batches of candidate events out, holding only the unfinished record. The format
 * is the one asked for or, without one, the one the header row names.
 */
import type { ValidationIssue } from '../model/validate.js';
import { createAcledRows } from './acled.js';
import { CsvReader } from './csv-reader.js';
import { csvFormatOfHeader, type CsvFormat } from './csv-formats.js';
import { sourceIssue } from './issues.js';
import type { RowMapper, UnreadableHeader } from './row-mapper.js';
import { createTimelineJsRows } from './timelinejs-csv.js';
import type { ImportOptions, ImportResult, MappingDecision } from './types.js';
import { createUcdpGedRows } from './ucdp-ged.js';

/** Options of the CSV importers. */
export interface CsvImportOptions extends ImportOptions {
  /** The format to read; by default the one the header row names. */
  readonly format?: CsvFormat;
}

/** Candidate events read from one piece of text, with the issues met and where each event stands. */
export interface CsvEventBatch {
  readonly events: Record<string, unknown>[];
  readonly issues: ValidationIssue[];
  /** For each event, the 0-based index of its record in the file (the header is record 0). */
  readonly recordIndexes: number[];
}

/** Text in pieces to candidate events; see the module comment. Never throws. */
export class CsvEventParser {
  private readonly reader = new CsvReader();
  private mapper: RowMapper | undefined;
  /** The header could not be read: the rest of the file is skipped. */
  private stopped = false;
  private recordIndex = 0;
  private dataRows = 0;
  private chosenFormat: CsvFormat | undefined;

  constructor(private readonly options: CsvImportOptions = {}) {}

  /** The format being read, once the header row is known. */
  get format(): CsvFormat | undefined {
    return this.chosenFormat;
  }

  /** Rows read after the header (blank ones not counted). */
  get rows(): number {
    return this.dataRows;
  }

  /** The events of the records that `text` completes. */
  push(text: string): CsvEventBatch {
    return this.readRecords(this.reader.push(text), false);
  }

  /** The events of the last record, and the mapping decisions over the whole file. Call once, at the end. */
  end(): CsvEventBatch & { readonly decisions: MappingDecision[] } {
    const batch = this.readRecords(this.reader.end(), true);
    return { ...batch, decisions: this.mapper?.decisions() ?? [] };
  }

  private readRecords(records: readonly string[][], last: boolean): CsvEventBatch {
    const batch: CsvEventBatch = { events: [], issues: [], recordIndexes: [] };
    for (const record of records) {
      const index = this.recordIndex++;
      if (this.stopped || isBlank(record)) continue;
      if (!this.mapper) {
        this.readHeader(record, batch);
        continue;
      }
      this.dataRows++;
      const outcome = this.mapper.map(record, index);
      if (outcome.candidate) {
        batch.events.push(outcome.candidate);
        batch.recordIndexes.push(index);
      }
      for (const issue of outcome.issues) batch.issues.push(issue);
    }
    if (last && !this.mapper && !this.stopped) this.readHeader([], batch);
    return batch;
  }

  private readHeader(header: readonly string[], batch: CsvEventBatch): void {
    const format = this.options.format ?? csvFormatOfHeader(header);
    this.chosenFormat = format;
    const rows: RowMapper | UnreadableHeader = format
      ? createRows(format, header, this.options)
      : { issues: [unknownHeaderIssue(header)] };
    if ('map' in rows) {
      this.mapper = rows;
    } else {
      this.stopped = true;
      batch.issues.push(...rows.issues);
    }
  }
}

function createRows(
  format: CsvFormat,
  header: readonly string[],
  options: ImportOptions,
): RowMapper | UnreadableHeader {
  if (format === 'acled-csv') return createAcledRows(header);
  if (format === 'ucdp-ged-csv') return createUcdpGedRows(header);
  return createTimelineJsRows(header, options);
}

function unknownHeaderIssue(header: readonly string[]): ValidationIssue {
  if (header.length === 0) return sourceIssue('', 'The CSV is empty.');
  return sourceIssue(
    '',
    'The CSV header names the columns of none of the formats read: an ACLED export (event_id_cnty, ' +
      'event_date, event_type, …), a UCDP GED CSV (date_start, type_of_violence, …) or a TimelineJS ' +
      'sheet (Year, Headline, …).',
  );
}

function isBlank(record: readonly string[]): boolean {
  return record.every((field) => field.trim() === '');
}

/**
 * Imports a whole CSV text of any CSV format (`options.format`, or the one its header names).
 * Never throws.
 */
export function importCsvText(text: string, options: CsvImportOptions = {}): ImportResult {
  const parser = new CsvEventParser(options);
  const first = parser.push(typeof text === 'string' ? text : '');
  const last = parser.end();
  const result: ImportResult = {
    events: first.events.concat(last.events),
    issues: first.issues.concat(last.issues),
  };
  return last.decisions.length ? { ...result, decisions: last.decisions } : result;
}

/**
 * Imports a TimelineJS sheet saved as CSV (see `createTimelineJsRows` for the rules). Rows are
 * numbered in messages as in the sheet (the header is row 1), and an issue's `index` is the
 * record's 0-based position in the file. Never throws.
 */
export function importTimelineJsCsv(text: string, options: ImportOptions = {}): ImportResult {
  return importCsvText(text, { ...options, format: 'timelinejs-csv' });
}

/**
 * Imports an ACLED export (CSV, from the API or the website): see the README's mapping table and
 * `ACLED_TIME_PRECISION`. Texts are stored in English, ACLED's language. The result lists the
 * mapping decisions made. Never throws.
 */
export function importAcledCsv(text: string): ImportResult {
  return importCsvText(text, { format: 'acled-csv' });
}

/**
 * Imports a UCDP GED CSV: see the README's mapping table and `UCDP_DATE_PRECISION`. Texts are
 * stored in English, UCDP's language. The result lists the mapping decisions made. Never throws.
 */
export function importUcdpGedCsv(text: string): ImportResult {
  return importCsvText(text, { format: 'ucdp-ged-csv' });
}

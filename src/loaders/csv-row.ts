/**
 * One row of a data set's CSV (ACLED, UCDP GED) being read: its cells by column name, numbers and
 * lists read from them, and the issues met, each naming the row, the column and the event's id.
 */
import type { ValidationIssue } from '../model/validate.js';
import { IdRegistry } from './ids.js';
import { fieldIssue, quoted, type RecordPlace } from './issues.js';
import type { RowMapper, RowOutcome } from './row-mapper.js';
import type { MappingDecision } from './types.js';

/** A number read from a cell: `undefined` for an empty cell, `null` for a malformed one (an error was reported). */
export type CellNumber = number | undefined | null;

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const WHOLE = /^\+?\d+$/;

export class CsvRow {
  readonly issues: ValidationIssue[] = [];
  /** Mapping decisions taken for this row, logged only if the row is kept. */
  readonly decisions: (readonly [field: string, value: string, result: string])[] = [];
  /** The event's id, named in the issues once known. */
  id: string | undefined;

  constructor(
    private readonly columns: ReadonlyMap<string, number>,
    private readonly record: readonly string[],
    readonly place: RecordPlace,
  ) {}

  /** The cell of `column`, trimmed; `''` when empty or when the file has no such column. */
  text(column: string): string {
    const index = this.columns.get(column);
    return index === undefined ? '' : (this.record[index] ?? '').trim();
  }

  /** A `;`-separated cell as its non-empty items. */
  list(column: string): string[] {
    return this.text(column)
      .split(';')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }

  /** A whole number of at least `minimum`; a malformed one is an error. */
  wholeNumber(column: string, minimum = 0): CellNumber {
    const text = this.text(column);
    if (text === '') return undefined;
    // Spreadsheets write whole numbers as `3.0` at times; that is still 3.
    const value = WHOLE.test(text) || /^\+?\d+\.0+$/.test(text) ? Number(text) : NaN;
    if (Number.isSafeInteger(value) && value >= minimum) return value;
    this.error(column, `${quoted(text)} is not a whole number of at least ${minimum}`);
    return null;
  }

  /** A decimal number within `[minimum, maximum]`; a malformed or out-of-range one is an error. */
  decimal(column: string, minimum: number, maximum: number): CellNumber {
    const text = this.text(column);
    if (text === '') return undefined;
    const value = DECIMAL.test(text) ? Number(text) : NaN;
    if (Number.isFinite(value) && value >= minimum && value <= maximum) return value;
    this.error(column, `${quoted(text)} is not a number from ${minimum} to ${maximum}`);
    return null;
  }

  /** Notes a mapping decision (`time_precision`, `3`, `the month`), counted if the row is kept. */
  decide(field: string, value: string, result: string): void {
    this.decisions.push([field, value, result]);
  }

  /**
   * `latitude` and `longitude` as a pair: `undefined` when either is empty (a warning when only
   * one is), `null` when one is malformed or out of range (an error was reported).
   */
  coordinates(): { latitude: number; longitude: number } | undefined | null {
    const latitude = this.decimal('latitude', -90, 90);
    const longitude = this.decimal('longitude', -180, 180);
    if (latitude === null || longitude === null) return null;
    if (latitude !== undefined && longitude !== undefined) return { latitude, longitude };
    if (latitude !== undefined || longitude !== undefined) {
      this.warning(latitude === undefined ? 'latitude' : 'longitude', 'is empty, so the coordinates were left out');
    }
    return undefined;
  }

  /** An issue that drops the row. */
  error(column: string, detail: string): void {
    this.issues.push(this.issue(column, `${detail}, so the row was left out`, 'error'));
  }

  /** An issue about a cell whose value was repaired or left out; the row is kept. */
  warning(column: string, detail: string): void {
    this.issues.push(this.issue(column, detail, 'warning'));
  }

  /** "Row 5 (fatalities): …", or "Row 5: …" about the whole row (`column` empty). */
  private issue(column: string, detail: string, severity: ValidationIssue['severity']): ValidationIssue {
    if (column) return fieldIssue(this.place, column, detail, severity, this.id);
    const message = `${this.place.label}: ${detail}.`;
    const issue = { index: this.place.index, field: '', message, severity };
    return this.id === undefined ? issue : { ...issue, id: this.id };
  }

  get failed(): boolean {
    return this.issues.some((issue) => issue.severity === 'error');
  }
}

/** Counts the mapping choices made over all rows, to list them at the end. */
export class DecisionLog {
  private readonly counts = new Map<string, { field: string; value: string; result: string; rows: number }>();

  /** Counts the decisions of a row that was kept. */
  keep(row: CsvRow): void {
    for (const [field, value, result] of row.decisions) this.note(field, value, result);
  }

  note(field: string, value: string, result: string): void {
    const key = `${field}\u0000${value}\u0000${result}`;
    const entry = this.counts.get(key);
    if (entry) entry.rows++;
    else this.counts.set(key, { field, value, result, rows: 1 });
  }

  list(): MappingDecision[] {
    return [...this.counts.values()].map((entry) => ({ ...entry }));
  }
}

/**
 * What reading any data set's rows shares: each row's id kept from `idColumn` (unique over the
 * file), a row with another number of fields than the header refused, the decisions of kept rows
 * counted. A subclass reads one row's cells into a candidate event.
 */
export abstract class DataSetRows implements RowMapper {
  private readonly ids = new IdRegistry();
  private readonly log = new DecisionLog();

  constructor(
    private readonly columns: ReadonlyMap<string, number>,
    private readonly headerFields: number,
    /** The column of the data set's event id (`event_id_cnty`, `id`). */
    private readonly idColumn: string,
    /** Prefix of the id given to a row without one (`acled` → `acled-row-12`). */
    private readonly idPrefix: string,
  ) {}

  decisions(): MappingDecision[] {
    return this.log.list();
  }

  map(record: readonly string[], index: number): RowOutcome {
    const row = new CsvRow(this.columns, record, { index, label: `Row ${index + 1}` });
    row.id = this.claimId(row);
    if (record.length !== this.headerFields) {
      row.error(
        '',
        `the row has ${record.length} fields where the header has ${this.headerFields} (a comma outside quotes?)`,
      );
      return { issues: row.issues };
    }
    const candidate = this.read(row);
    if (!candidate || row.failed) return { issues: row.issues };
    this.log.keep(row);
    return { candidate, issues: row.issues };
  }

  /** The candidate event of a row, or `undefined` when an error leaves it out. */
  protected abstract read(row: CsvRow): Record<string, unknown> | undefined;

  /** The row's id as given; a repeated one gets `-2`, a missing one the row number. */
  private claimId(row: CsvRow): string {
    const given = row.text(this.idColumn);
    const id = this.ids.claim(given || `${this.idPrefix}-row-${row.place.index + 1}`);
    if (!given) row.warning(this.idColumn, `the row has no event id, so it was given "${id}"`);
    else if (id !== given)
      row.warning(this.idColumn, `the id ${quoted(given)} is repeated, so this row was given "${id}"`);
    return id;
  }
}

/**
 * Sets `target[key]` when `value` is there. Candidates are built by assignment rather than by
 * spreading optional parts: a year of ACLED is hundreds of thousands of rows, and every spread
 * is a short-lived object more.
 */
export function setIf(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

/**
 * Text in English, the language ACLED and UCDP write in (a literal key, not a computed one, so
 * that every such object shares one shape); nothing for an empty cell.
 */
export function english(text: string): { en: string } | undefined {
  return text ? { en: text } : undefined;
}

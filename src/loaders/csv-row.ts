/**
 * One row of a data set's CSV (ACLED, UCDP GED) being read: its cells by column name, numbers and
 * lists read from them, and the issues met, each naming the row, the column and the event's id.
 */
import type { ValidationIssue } from '../model/validate.js';
import { fieldIssue, quoted, type RecordPlace } from './issues.js';
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

/** Whether a row checked with `columns` has the header's number of fields; an error on the row otherwise. */
export function checkFieldCount(row: CsvRow, fields: number, headerFields: number): boolean {
  if (fields === headerFields) return true;
  row.error('', `the row has ${fields} fields where the header has ${headerFields} (a comma outside quotes?)`);
  return false;
}

/** `{ [key]: value }`, or nothing when the value is absent. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

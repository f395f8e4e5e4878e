/** What each CSV format's reader does with the header and then with each row. */
import type { ValidationIssue } from '../model/validate.js';
import { sourceIssue } from './issues.js';
import type { MappingDecision } from './types.js';

/** What one row becomes: a candidate event (absent when the row cannot be used) and the row's issues. */
export interface RowOutcome {
  readonly candidate?: Record<string, unknown>;
  readonly issues: readonly ValidationIssue[];
}

/** Reads the rows after a format's header. Stateful: ids are unique over one file. */
export interface RowMapper {
  /** One record (neither the header nor blank), `index` its 0-based position in the file. */
  map(record: readonly string[], index: number): RowOutcome;
  /** The mapping choices made so far, with their row counts. */
  decisions(): MappingDecision[];
}

/** A header a format cannot read: the whole-source issues saying why. */
export interface UnreadableHeader {
  readonly issues: ValidationIssue[];
}

/** The issue for a header that lacks columns a format needs, or `undefined` when all are there. */
export function missingColumnsIssue(
  formatName: string,
  columns: ReadonlyMap<string, number>,
  required: readonly string[],
): UnreadableHeader | undefined {
  const missing = required.filter((column) => !columns.has(column));
  if (missing.length === 0) return undefined;
  const names = missing.map((column) => `"${column}"`).join(', ');
  return {
    issues: [
      sourceIssue(
        missing[0] ?? '',
        `The ${formatName} file has no ${names} column${missing.length > 1 ? 's' : ''}, so its rows could not be read.`,
      ),
    ],
  };
}

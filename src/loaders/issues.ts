import type { ValidationIssue } from '../model/validate.js';
import { WHOLE_SOURCE } from './types.js';

/** Longest piece of source data quoted back in a message, so one huge cell cannot flood the UI. */
const MAX_QUOTED_LENGTH = 40;

/** Where in the source a record stands, as the importers name it in messages. */
export interface RecordPlace {
  /** Position of the record in the source list (0-based). */
  readonly index: number;
  /** How a person finds it: "Slide 3", "Row 5", "Era 1", "List item 2". */
  readonly label: string;
}

/** An issue about one field of one record: "Row 5 (End Year): the year 300000 is outside …". */
export function fieldIssue(
  place: RecordPlace,
  field: string,
  detail: string,
  severity: ValidationIssue['severity'],
  id?: string,
): ValidationIssue {
  const message = `${place.label} (${field}): ${detail}.`;
  return id === undefined
    ? { index: place.index, field, message, severity }
    : { index: place.index, id, field, message, severity };
}

/** An issue about the whole source; `message` is already a full sentence. */
export function sourceIssue(
  field: string,
  message: string,
  severity: ValidationIssue['severity'] = 'error',
): ValidationIssue {
  return { index: WHOLE_SOURCE, field, message, severity };
}

/** Source data quoted in a message: shortened, in quotation marks. */
export function quoted(value: string): string {
  const short = value.length > MAX_QUOTED_LENGTH ? `${value.slice(0, MAX_QUOTED_LENGTH)}…` : value;
  return `"${short}"`;
}

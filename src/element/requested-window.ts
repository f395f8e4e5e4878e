import { parseEdtf, spanStart } from '../model/edtf.js';

/** The window the `start` and `end` attributes ask for, if both are dates and in order. */
export function requestedWindow(start: string | undefined, end: string | undefined): { start: Date; end: Date } | null {
  const from = start ? attributeDate(start) : null;
  const to = end ? attributeDate(end) : null;
  if (!from || !to || from >= to) return null;
  return { start: from, end: to };
}

/**
 * A window bound from an attribute. A calendar date (`2016-01-01`, `2016-01`) is local midnight,
 * like the events' dates (`new Date('2016-01-01')` would be UTC midnight: the day before in the
 * Americas); anything else is read by `Date`.
 */
function attributeDate(value: string): Date | null {
  const parsed = parseEdtf(value);
  const date = parsed.ok ? spanStart(parsed.date) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

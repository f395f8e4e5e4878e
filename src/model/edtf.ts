import type { EdtfDate } from './types.js';

/** How precisely a date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A parsed EDTF level-1 calendar date. Months and days are 1-based, as written. */
export interface ParsedDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
  /** `~`: the source says "about". */
  readonly approximate: boolean;
  /** `?`: the source is not sure. */
  readonly uncertain: boolean;
  /**
   * Set for EDTF's "one of" a run of days within one month, `[2024-01-01..2024-01-28]`: a single
   * day, not known which, from `first` to `last`. The precision stays `month` (the source gives
   * no day); only the span is narrower than the whole month.
   */
  readonly days?: { readonly first: number; readonly last: number };
}

export type ParseResult = { ok: true; date: ParsedDate } | { ok: false; error: string };

// JavaScript dates reach ±100,000,000 days from 1970: about ±273,790 years. Stay safely inside.
export const MIN_YEAR = -271_820;
export const MAX_YEAR = 275_759;

const EDTF_PATTERN = /^(?:Y(-?\d{5,})|(-?\d{4}))(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;

/** EDTF level 2's "one of a set", only as a run of days: `[2024-01-01..2024-01-28]`. */
const DAY_SET_PATTERN = /^\[(-?\d{4}-\d{2}-\d{2})\.\.(-?\d{4}-\d{2}-\d{2})\]$/;

/**
 * Parses `2014`, `2017-12`, `2014-09-10`, `-0044-03-15`, `Y-170000000`, with a trailing `?`, `~` or
 * `%`; and one form of EDTF level 2, a day not known within a run of days of one month
 * (`[2024-01-01..2024-01-28]`: "January 2024, on or before the 28th").
 */
export function parseEdtf(input: EdtfDate): ParseResult {
  if (typeof input !== 'string') return { ok: false, error: 'is not a string' };
  const text = input.trim();
  const set = DAY_SET_PATTERN.exec(text);
  return set ? parseDaySet(set[1] as string, set[2] as string) : parseSingleDate(text);
}

/** `[first..last]`: both real days of the same month, the first before the last. */
function parseDaySet(firstText: string, lastText: string): ParseResult {
  const first = parseSingleDate(firstText);
  if (!first.ok) return first;
  const last = parseSingleDate(lastText);
  if (!last.ok) return last;
  const { year, month, day: firstDay = 1 } = first.date;
  const { day: lastDay = 1 } = last.date;
  if (last.date.year !== year || last.date.month !== month) {
    return { ok: false, error: 'is a set of days across months; only days of one month are supported' };
  }
  if (lastDay <= firstDay) return { ok: false, error: 'is a set of days that does not run forward' };
  const days = Object.freeze({ first: firstDay, last: lastDay });
  return {
    ok: true,
    date: { year, month, precision: 'month', approximate: false, uncertain: false, days },
  };
}

function parseSingleDate(text: string): ParseResult {
  const match = EDTF_PATTERN.exec(text);
  if (!match) return { ok: false, error: 'is not an EDTF date (YYYY, YYYY-MM or YYYY-MM-DD)' };
  const [, longYear, shortYear, monthText, dayText, qualifier] = match;
  const year = Number(longYear ?? shortYear);
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, error: 'is outside the dates a browser can show' };
  const month = monthText === undefined ? undefined : Number(monthText);
  const day = dayText === undefined ? undefined : Number(dayText);
  if (month !== undefined && (month < 1 || month > 12)) return { ok: false, error: 'is not a real date' };
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return { ok: false, error: 'is not a real date' };
  }
  const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return {
    ok: true,
    date: {
      year,
      month,
      day,
      precision,
      approximate: qualifier === '~' || qualifier === '%',
      uncertain: qualifier === '?' || qualifier === '%',
    },
  };
}

/**
 * Internal fast path for the commonest date, `YYYY-MM-DD` (a four-digit year, no qualifier):
 * its calendar day as the ordered number `(year × 16 + month) × 32 + day`, or `-1` for any other
 * text (other forms, impossible days), which then goes to `parseEdtf`. Never wrong where it
 * answers: a text it accepts is one `parseEdtf` accepts as that day.
 */
export function simpleDayKey(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  const y1 = text.charCodeAt(0) - 48;
  const y2 = text.charCodeAt(1) - 48;
  const y3 = text.charCodeAt(2) - 48;
  const y4 = text.charCodeAt(3) - 48;
  const m1 = text.charCodeAt(5) - 48;
  const m2 = text.charCodeAt(6) - 48;
  const d1 = text.charCodeAt(8) - 48;
  const d2 = text.charCodeAt(9) - 48;
  // Unsigned: anything but 0–9 is over 9.
  if (
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    y4 >>> 0 > 9 ||
    m1 >>> 0 > 9 ||
    m2 >>> 0 > 9 ||
    d1 >>> 0 > 9 ||
    d2 >>> 0 > 9
  )
    return -1;
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return (year * 16 + month) * 32 + day;
}

/** Gregorian days in a month (proleptic, astronomical year numbering: year 0 is a leap year). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Local midnight of a calendar day. vis-timeline draws in the viewer's local time, so a date
 * built this way shows on the same calendar day in every time zone (`new Date('2024-02-07')`
 * would be UTC midnight: 6 February in the Americas).
 */
export function localDay(year: number, month = 1, day = 1): Date {
  // Year, month and day are set together so that an overflow (month 13 for the end of December,
  // day 32) rolls into the next month or year of `year`, not of the placeholder year.
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  return date;
}

/** The first instant the date covers, in local time. */
export function spanStart(date: ParsedDate): Date {
  return localDay(date.year, date.month ?? 1, firstDayOf(date));
}

/** The first instant after the date: the next day, month or year (exclusive end). */
export function spanEnd(date: ParsedDate): Date {
  if (date.days) return localDay(date.year, date.month, date.days.last + 1);
  if (date.precision === 'day') return localDay(date.year, date.month, (date.day ?? 1) + 1);
  if (date.precision === 'month') return localDay(date.year, (date.month ?? 1) + 1, 1);
  return localDay(date.year + 1, 1, 1);
}

/** Compares two parsed dates by their first instant. */
export function compareParsedDates(a: ParsedDate, b: ParsedDate): number {
  return a.year - b.year || (a.month ?? 1) - (b.month ?? 1) || firstDayOf(a) - firstDayOf(b);
}

/** The first day of the month the date may be (1 for a month or year). */
export function firstDayOf(date: ParsedDate): number {
  return date.day ?? date.days?.first ?? 1;
}

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
}

export type ParseResult = { ok: true; date: ParsedDate } | { ok: false; error: string };

// JavaScript dates reach ±100,000,000 days from 1970: about ±273,790 years. Stay safely inside.
export const MIN_YEAR = -271_820;
export const MAX_YEAR = 275_759;

const EDTF_PATTERN = /^(?:Y(-?\d{5,})|(-?\d{4}))(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;

/** Parses `2014`, `2017-12`, `2014-09-10`, `-0044-03-15`, `Y-170000000`, with a trailing `?`, `~` or `%`. */
export function parseEdtf(input: EdtfDate): ParseResult {
  if (typeof input !== 'string') return { ok: false, error: 'is not a string' };
  const match = EDTF_PATTERN.exec(input.trim());
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

/** Gregorian days in a month (proleptic, astronomical year numbering: year 0 is a leap year). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
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
  return localDay(date.year, date.month ?? 1, date.day ?? 1);
}

/** The first instant after the date: the next day, month or year (exclusive end). */
export function spanEnd(date: ParsedDate): Date {
  if (date.precision === 'day') return localDay(date.year, date.month, (date.day ?? 1) + 1);
  if (date.precision === 'month') return localDay(date.year, (date.month ?? 1) + 1, 1);
  return localDay(date.year + 1, 1, 1);
}

/** Compares two parsed dates by their first instant. */
export function compareParsedDates(a: ParsedDate, b: ParsedDate): number {
  return a.year - b.year || (a.month ?? 1) - (b.month ?? 1) || (a.day ?? 1) - (b.day ?? 1);
}

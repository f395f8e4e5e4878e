/**
 * Calendar days as data sets write them (`2024-02-07`, `7 February 2024`, `2017-07-09 00:00:00.000`)
 * and as EDTF writes them. A day that does not exist (30 February) is no day.
 */
import { daysInMonth } from '../model/edtf.js';

/** A calendar day; months and days 1-based. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NAMED_MONTH_DAY = /^(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{4})$/;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * `YYYY-MM-DD`, with or without a time part (`2017-07-09 00:00:00.000`, `…T00:00:00Z`: the
 * calendar day is what the data set means; the time is dropped, never shifted by a time zone).
 */
export function parseIsoDay(text: string): CalendarDay | undefined {
  const match = ISO_DAY.exec(text);
  return match ? realDay(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/** ACLED's `event_date`: `YYYY-MM-DD` from its API, `DD Month YYYY` (or `DD-Mon-YYYY`) from its website. */
export function parseAcledDay(text: string): CalendarDay | undefined {
  const iso = parseIsoDay(text);
  if (iso) return iso;
  const match = NAMED_MONTH_DAY.exec(text);
  if (!match) return undefined;
  const name = (match[2] ?? '').toLowerCase();
  // A full English month name or its first three letters ("Sept" too).
  const month = name.length >= 3 ? MONTHS.findIndex((full) => full.startsWith(name)) + 1 : 0;
  return month ? realDay(Number(match[3]), month, Number(match[1])) : undefined;
}

function realDay(year: number, month: number, day: number): CalendarDay | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** `YYYY` (four digits: data sets' years are). */
export function edtfYear(day: CalendarDay): string {
  return String(day.year).padStart(4, '0');
}

/** `YYYY-MM`. */
export function edtfMonth(day: CalendarDay): string {
  return `${edtfYear(day)}-${String(day.month).padStart(2, '0')}`;
}

/** `YYYY-MM-DD`. */
export function edtfDay(day: CalendarDay): string {
  return `${edtfMonth(day)}-${String(day.day).padStart(2, '0')}`;
}

/** Orders two days: negative when `a` comes first. */
export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Whether `day` is the last of its month. */
export function isLastOfMonth(day: CalendarDay): boolean {
  return day.day === daysInMonth(day.year, day.month);
}

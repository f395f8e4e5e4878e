/**
 * TimelineJS dates (`{ year, month?, day?, hour?, … }`, numbers or strings) to EDTF strings at the
 * precision the source gives. Times of day are below the event model's precision and are ignored.
 */
import { MAX_YEAR, MIN_YEAR, parseEdtf } from '../model/edtf.js';
import type { EdtfDate } from '../model/types.js';
import { quoted } from './issues.js';

/** The parts of a TimelineJS date this reads, as the source wrote them. */
export interface TimelineDateParts {
  readonly year?: unknown;
  readonly month?: unknown;
  readonly day?: unknown;
}

/** Which part of a date a problem is about. */
export type DatePart = 'year' | 'month' | 'day';

/** Something wrong with one part; `fatal` when the date cannot be used at all. */
export interface DateProblem {
  readonly part: DatePart;
  /** A sentence fragment, lower case, no full stop: "the month 13 is not a month". */
  readonly detail: string;
  readonly fatal: boolean;
}

/** The EDTF date read (absent when a problem is fatal), and what was wrong on the way. */
export interface DateReading {
  readonly edtf?: EdtfDate;
  readonly problems: readonly DateProblem[];
}

type WholeNumber =
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly shown: string }
  | { readonly kind: 'number'; readonly value: number; readonly shown: string };

/** Whether a date has any of its parts filled in (an empty End Year column is no end date). */
export function hasDateParts(parts: TimelineDateParts): boolean {
  return [parts.year, parts.month, parts.day].some((part) => readWholeNumber(part).kind !== 'missing');
}

/**
 * Reads a TimelineJS date. A missing or impossible year, month or day is fatal; a day given
 * without a month is dropped with a non-fatal problem, keeping the year.
 */
export function readTimelineDate(parts: TimelineDateParts): DateReading {
  const year = readWholeNumber(parts.year);
  if (year.kind === 'missing') return fatal('year', 'the date has no year');
  if (year.kind === 'invalid') return fatal('year', `the year ${year.shown} is not a whole number`);
  if (year.value < MIN_YEAR || year.value > MAX_YEAR) {
    return fatal('year', `the year ${year.shown} is outside the dates a browser can show`);
  }
  const month = readWholeNumber(parts.month);
  const day = readWholeNumber(parts.day);
  const yearText = formatEdtfYear(year.value);
  if (month.kind === 'missing') {
    if (day.kind === 'missing') return { edtf: yearText, problems: [] };
    return { edtf: yearText, problems: [{ part: 'day', detail: 'a day without a month was ignored', fatal: false }] };
  }
  if (month.kind === 'invalid' || month.value < 1 || month.value > 12) {
    return fatal('month', `the month ${month.shown} is not a month number from 1 to 12`);
  }
  const monthText = `${yearText}-${twoDigits(month.value)}`;
  if (day.kind === 'missing') return { edtf: monthText, problems: [] };
  if (day.kind === 'invalid') return fatal('day', `the day ${day.shown} is not a whole number`);
  const dayText = `${monthText}-${twoDigits(day.value)}`;
  if (!parseEdtf(dayText).ok) return fatal('day', `the date ${dayText} does not exist`);
  return { edtf: dayText, problems: [] };
}

/**
 * An EDTF year: four digits with a sign when needed (`0800`, `-0044`), and the `Y` prefix EDTF
 * requires beyond four digits (`Y-170000`).
 */
export function formatEdtfYear(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, '0');
  const sign = year < 0 ? '-' : '';
  return digits.length > 4 ? `Y${sign}${digits}` : `${sign}${digits}`;
}

function fatal(part: DatePart, detail: string): DateReading {
  return { problems: [{ part, detail, fatal: true }] };
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** TimelineJS accepts `2014`, `"2014"`, `" -500 "`; an empty string or `null` means "not given". */
function readWholeNumber(value: unknown): WholeNumber {
  if (value === undefined || value === null) return { kind: 'missing' };
  if (typeof value === 'number') {
    const shown = String(value);
    return Number.isInteger(value) ? { kind: 'number', value, shown } : { kind: 'invalid', shown };
  }
  if (typeof value !== 'string') return { kind: 'invalid', shown: `given as ${describeType(value)}` };
  const text = value.trim();
  if (text === '') return { kind: 'missing' };
  if (!/^[+-]?\d+$/.test(text)) return { kind: 'invalid', shown: quoted(text) };
  return { kind: 'number', value: Number(text), shown: text.length > 40 ? quoted(text) : text };
}

/** "an object", "a list", "a boolean": how a value that is neither number nor string is named in a message. */
function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

// Subpath import: only `format` and what it needs end up in a bundle.
import { format } from 'date-fns/format';
import { compareParsedDates, type ParsedDate } from '../model/edtf.js';
import type { DateQualifier } from '../model/types.js';
import { calendarDate } from './calendar-date.js';
import { getLocale, type TimelineLocale } from './locales.js';
import { toNumerals, type NumeralSystem } from './numerals.js';

/** How `formatSourceDate` and `explainDate` should write a date. */
export interface SourceDateOptions {
  /** BCP 47 tag of the language to write in; see `getLocale` for the fallbacks. */
  readonly lang: string;
  /** Digits to write; Latin by default, as the source article writes them. */
  readonly numerals?: NumeralSystem;
  /** "Early / mid / late" within the start's month or year; ignored for a whole day. */
  readonly qualifier?: DateQualifier;
  /** The last day, month or year of a range (inclusive). */
  readonly end?: ParsedDate;
}

/** Between two dates of a range: a spaced en dash, as for `2014 – 2017`. */
const RANGE_DASH = ' – ';
/** Between two day numbers of a folded range: `7–9 February 2024`. */
const FOLDED_DASH = '–';

/**
 * A date as the source phrases it, never more precise than the data: `10 September 2014`,
 * `December 2017`, `2021`, `mid-August 2023`, `about 2014`, `2014 (?)`, `7–9 February 2024`,
 * `44 BCE`; in Arabic `10 سبتمبر/ أيلول 2014`, `منتصف أغسطس/ آب 2023`, `44 ق.م`.
 *
 * @param start - The date, or the first date of a range.
 */
export function formatSourceDate(start: ParsedDate, options: SourceDateOptions): string {
  const locale = getLocale(options.lang);
  const { end, qualifier } = options;
  const text =
    end && !isSameDate(start, end)
      ? formatRange(start, end, qualifier, locale)
      : formatMarked(start, qualifier, locale);
  return toNumerals(text, options.numerals ?? 'latn');
}

/**
 * A sentence for the details panel saying how precise the date is ("The source gives only
 * the month. The date is approximate."), or `''` for a plain, certain day (or range of days).
 */
export function explainDate(start: ParsedDate, options: Omit<SourceDateOptions, 'numerals'>): string {
  const { explanations } = getLocale(options.lang);
  const dates = options.end ? [start, options.end] : [start];
  const sentences = [
    precisionSentence(start, coarsestPrecision(dates), options.qualifier, explanations),
    dates.some((date) => date.approximate) ? explanations.approximate : '',
    dates.some((date) => date.uncertain) ? explanations.uncertain : '',
  ];
  return sentences.filter(Boolean).join(' ');
}

/** What vis-timeline passes to a label function: a moment (anything with `toDate`), a Date or a time. */
export type AxisDate = Date | { toDate(): Date } | number;

/** A vis-timeline `format.minorLabels` / `format.majorLabels` function. */
export type AxisLabelFormatter = (date: AxisDate, scale: string, step: number) => string;

/**
 * A label function for vis-timeline's time axis (`format: { minorLabels, majorLabels }`),
 * in the language's month names and the chosen digits. vis-timeline's scales are
 * `millisecond`, `second`, `minute`, `hour`, `weekday`, `day`, `week`, `month` and `year`;
 * the step (every 5 years, …) does not change a label.
 */
export function axisLabelFormatter(
  lang: string,
  kind: 'minor' | 'major',
  numerals: NumeralSystem = 'latn',
): AxisLabelFormatter {
  const locale = getLocale(lang);
  const labels = kind === 'minor' ? MINOR_LABELS : MAJOR_LABELS;
  return (date, scale) => {
    const label = labels.get(scale);
    return label ? toNumerals(label(toDate(date), locale), numerals) : '';
  };
}

function formatRange(
  start: ParsedDate,
  end: ParsedDate,
  qualifier: DateQualifier | undefined,
  locale: TimelineLocale,
): string {
  const folded = !qualifier && locale.foldRanges ? foldRange(start, end, locale) : undefined;
  if (folded) return folded;
  // "44 BCE – 10 CE": name the common era only when the other end is before it.
  const crossesEra = isBeforeCommonEra(start) !== isBeforeCommonEra(end);
  return (
    formatMarked(start, qualifier, locale, crossesEra) + RANGE_DASH + formatMarked(end, undefined, locale, crossesEra)
  );
}

/** Writes the shared month and year of a range once, or returns undefined when nothing is shared. */
function foldRange(start: ParsedDate, end: ParsedDate, locale: TimelineLocale): string | undefined {
  const plain = ![start, end].some((date) => date.approximate || date.uncertain);
  if (!plain || start.precision !== end.precision || start.year !== end.year) return undefined;
  const { patterns } = locale;
  const whole = formatWhole(end, locale);
  if (start.precision === 'month') return formatPattern(start, patterns.monthOnly, locale) + RANGE_DASH + whole;
  if (start.precision !== 'day') return undefined;
  if (start.month === end.month) return formatPattern(start, patterns.dayOnly, locale) + FOLDED_DASH + whole;
  return formatPattern(start, patterns.dayMonth, locale) + RANGE_DASH + whole;
}

/** A date with its qualifier, "about" and "(?)". */
function formatMarked(
  date: ParsedDate,
  qualifier: DateQualifier | undefined,
  locale: TimelineLocale,
  showCommonEra = false,
): string {
  let text = formatWhole(date, locale, showCommonEra);
  // "Early 7 February" says nothing: a qualifier only narrows a month or a year.
  if (qualifier && date.precision !== 'day') text = locale.qualifierWords[qualifier] + text;
  if (date.approximate) text = `${locale.approximateWord} ${text}`;
  if (date.uncertain) text = `${text} ${locale.uncertainWord}`;
  return text;
}

/** A date at its own precision, with its era when that is not obvious. */
function formatWhole(date: ParsedDate, locale: TimelineLocale, showCommonEra = false): string {
  return withEra(formatPattern(date, locale.patterns[date.precision], locale), date.year, locale, showCommonEra);
}

/** date-fns `y` writes the year of the era (astronomical 0 is 1 BCE), so only the era name is ours to add. */
function withEra(text: string, year: number, locale: TimelineLocale, showCommonEra: boolean): string {
  if (year <= 0) return `${text} ${locale.eras.before}`;
  return showCommonEra ? `${text} ${locale.eras.common}` : text;
}

function formatPattern(date: ParsedDate, pattern: string, locale: TimelineLocale): string {
  // The calendar day itself, not an instant: the same text in every time zone.
  return formatLocal(calendarDate(date), pattern, locale);
}

function isSameDate(a: ParsedDate, b: ParsedDate): boolean {
  return a.precision === b.precision && compareParsedDates(a, b) === 0;
}

function isBeforeCommonEra(date: ParsedDate): boolean {
  return date.year <= 0;
}

const PRECISION_ORDER = ['day', 'month', 'year'] as const;

function coarsestPrecision(dates: readonly ParsedDate[]): ParsedDate['precision'] {
  return dates.reduce<ParsedDate['precision']>(
    (coarsest, date) =>
      PRECISION_ORDER.indexOf(date.precision) > PRECISION_ORDER.indexOf(coarsest) ? date.precision : coarsest,
    'day',
  );
}

function precisionSentence(
  start: ParsedDate,
  precision: ParsedDate['precision'],
  qualifier: DateQualifier | undefined,
  explanations: TimelineLocale['explanations'],
): string {
  if (qualifier && start.precision !== 'day')
    return start.precision === 'month' ? explanations.partOfMonth : explanations.partOfYear;
  if (precision === 'day') return '';
  return explanations[precision];
}

/** One axis label, from a local date. */
type AxisLabel = (date: Date, locale: TimelineLocale) => string;

function formatLocal(date: Date, pattern: string, locale: TimelineLocale): string {
  return format(date, pattern, { locale: locale.dateFns });
}

const axisPattern =
  (pattern: string): AxisLabel =>
  (date, locale) =>
    formatLocal(date, pattern, locale);

const axisYear: AxisLabel = (date, locale) =>
  withEra(formatLocal(date, locale.patterns.year, locale), date.getFullYear(), locale, false);
const axisMonthOfYear: AxisLabel = (date, locale) =>
  withEra(formatLocal(date, locale.patterns.month, locale), date.getFullYear(), locale, false);

/**
 * Week ticks fall on week starts and on each first of the month. The first carries the month's
 * major label already, and a "1" beside the next week's number would crowd it.
 */
const axisWeekDay: AxisLabel = (date, locale) =>
  date.getDate() === 1 ? '' : formatLocal(date, locale.patterns.dayOnly, locale);

// Maps rather than object literals: a scale such as `constructor` must find nothing.
const MINOR_LABELS: ReadonlyMap<string, AxisLabel> = new Map([
  ['millisecond', axisPattern('SSS')],
  ['second', axisPattern('s')],
  ['minute', axisPattern('HH:mm')],
  ['hour', axisPattern('HH:mm')],
  ['weekday', axisPattern('EEE d')],
  ['day', axisPattern('d')],
  ['week', axisWeekDay],
  // Abbreviated month: one short word (the first of the Arabic pair) fits a month's width.
  ['month', axisPattern('MMM')],
  ['year', axisYear],
]);

const MAJOR_LABELS: ReadonlyMap<string, AxisLabel> = new Map([
  ['millisecond', axisPattern('HH:mm:ss')],
  ['second', axisPattern('d MMMM HH:mm')],
  ['minute', axisPattern('EEE d MMMM')],
  ['hour', axisPattern('EEE d MMMM')],
  ['weekday', axisMonthOfYear],
  ['day', axisMonthOfYear],
  ['week', axisMonthOfYear],
  ['month', axisYear],
  // Minor labels already name every year.
  ['year', () => ''],
]);

function toDate(date: AxisDate): Date {
  if (date instanceof Date) return date;
  if (typeof date === 'number') return new Date(date);
  return date.toDate();
}

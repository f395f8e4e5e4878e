/**
 * Reads the date an Arabic news phrase states, and how precisely, so that tests can check a
 * dataset never claims more precision than its source: "في ديسمبر/ كانون الأول عام 2017" states
 * a month, so `2017-12-01` would be an invented day. Pure: no DOM.
 */
import { INTERNATIONAL_MONTHS } from '../../src/model/arabic-months.js';
import { parseEdtf, spanStart } from '../../src/model/edtf.js';
import type { DatePrecision } from '../../src/model/edtf.js';
import type { ConflictEvent, DateQualifier, EdtfDate } from '../../src/model/types.js';

/** What a phrase says about a date; parts it leaves out ("الماضي" years, bare weekdays) are absent. */
export interface StatedDate {
  readonly precision: DatePrecision;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** 0 = Sunday … 6 = Saturday, as `Date.prototype.getDay`. */
  readonly weekday?: number;
}

// The international month names; the article writes each with its Levantine twin after a slash
// ("فبراير/ شباط"), so matching the first is enough and avoids short names like "آب".
const MONTHS = INTERNATIONAL_MONTHS;
const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const ORDINAL_UNITS: Readonly<Record<string, number>> = {
  الأول: 1,
  الحادي: 1,
  الثاني: 2,
  الثالث: 3,
  الرابع: 4,
  الخامس: 5,
  السادس: 6,
  السابع: 7,
  الثامن: 8,
  التاسع: 9,
};
const ORDINAL_TENS: Readonly<Record<string, number>> = { العاشر: 10, العشرين: 20, الثلاثين: 30 };

const MONTH_ALTERNATIVES = MONTHS.join('|');
const UNIT_ALTERNATIVES = Object.keys(ORDINAL_UNITS).join('|');
// "السابع", "العاشر", "الحادي عشر", "العشرين", "الثامن والعشرين", "الحادي والثلاثين".
const ORDINAL = `(?:(?:${UNIT_ALTERNATIVES})(?: عشر| والعشرين| والثلاثين)?|العاشر|العشرين|الثلاثين)`;

const NUMERIC_DAY_PATTERN = new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${MONTH_ALTERNATIVES})`);
const ORDINAL_DAY_PATTERN = new RegExp(`(${ORDINAL})\\s+من\\s+(?:شهر\\s+)?(${MONTH_ALTERNATIVES}|الشهر نفسه)`);
const MONTH_PATTERN = new RegExp(MONTH_ALTERNATIVES);
const WEEKDAY_PATTERN = new RegExp(`يوم\\s+(${WEEKDAYS.join('|')})`);
const YEAR_PATTERN = /عام\s+(\d{4})/;

const QUALIFIER_WORDS: Readonly<Record<DateQualifier, RegExp>> = {
  early: /مطلع|أوائل|بداية/,
  mid: /منتصف/,
  late: /أواخر|نهاية/,
};

const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = { year: 0, month: 1, day: 2 };

/** Replaces Arabic-Indic digits (٠–٩) with ASCII ones, so "٧ فبراير" reads like "7 فبراير". */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));
}

/** The day an ordinal phrase names: "السابع" → 7, "الثامن والعشرين" → 28, "الحادي عشر" → 11. */
export function ordinalDay(phrase: string): number | undefined {
  const [first = '', second] = phrase.trim().split(/\s+/);
  if (first in ORDINAL_TENS) return ORDINAL_TENS[first];
  const unit = ORDINAL_UNITS[first];
  if (unit === undefined) return undefined;
  if (second === undefined) return unit;
  if (second === 'عشر') return 10 + unit;
  const tens = ORDINAL_TENS[second.replace(/^و/, '')];
  return tens === undefined ? undefined : tens + unit;
}

/**
 * The date a phrase states, at the finest precision it states it, or `undefined` if it names no
 * date at all. A weekday alone ("يوم الأحد الماضي") pins a day once resolved, so it counts as day.
 */
export function statedDate(phrase: string): StatedDate | undefined {
  const text = toAsciiDigits(phrase);
  const day = statedDay(text);
  const month = day?.month ?? monthNumber(MONTH_PATTERN.exec(text)?.[0]);
  const yearMatch = YEAR_PATTERN.exec(text);
  const year = yearMatch ? Number(yearMatch[1]) : undefined;
  const weekdayMatch = WEEKDAY_PATTERN.exec(text);
  const weekday = weekdayMatch ? WEEKDAYS.indexOf(weekdayMatch[1] ?? '') : undefined;
  const precision = finestPrecision(
    day !== undefined || weekday !== undefined,
    month !== undefined,
    year !== undefined,
  );
  if (precision === undefined) return undefined;
  return { precision, year, month, day: day?.day, weekday };
}

/** "early", "mid" or "late" when the phrase says so ("مطلع", "منتصف", "أواخر"). */
export function statedQualifier(phrase: string): DateQualifier | undefined {
  const found = (Object.keys(QUALIFIER_WORDS) as DateQualifier[]).filter((q) => QUALIFIER_WORDS[q].test(phrase));
  return found[0];
}

/** True when `precision` is no finer than `bound` (a year is within a month's precision, a day is not). */
export function isWithinPrecision(precision: DatePrecision, bound: DatePrecision): boolean {
  return PRECISION_RANK[precision] <= PRECISION_RANK[bound];
}

/**
 * Everything wrong with how a record's dates follow its source text; empty when all is well.
 *
 * The text that dates a record is its `source.dateResolution.phrase` when the date was resolved,
 * otherwise its `source.quote`. A phrase with no date words of its own ("حاليا", "عقب هجوم") takes
 * its date from elsewhere in the article; with nothing in it to go by, the check allows no more
 * precision than the article's own date, `source.published`. A date that `external` names comes
 * from an outside source, so the article's words do not bound it.
 */
export function datingProblems(record: ConflictEvent): string[] {
  const resolution = record.source?.dateResolution;
  const datingText = resolution?.phrase ?? record.source?.quote;
  if (datingText === undefined) return [`${record.id}: no quote or phrase to date it by`];
  const stated = statedDate(datingText);
  const bound = stated?.precision ?? parsedPrecision(record.source?.published);
  // A date from an outside source answers to that source, not to the article's words.
  const outside = new Set(record.external?.flatMap((entry) => entry.fields) ?? []);
  const startFromText = !outside.has('start');
  const problems: string[] = [];
  for (const [field, date] of [
    ['start', record.start],
    ['end', record.end],
  ] as const) {
    if (date === undefined || outside.has(field)) continue;
    const precision = parsedPrecision(date);
    if (precision === undefined) problems.push(`${record.id}: ${date} is not EDTF`);
    else if (bound === undefined || !isWithinPrecision(precision, bound)) {
      problems.push(`${record.id}: ${date} is more precise than "${datingText}" (${bound ?? 'no date'})`);
    }
  }
  if (resolution === undefined && stated?.year === undefined && startFromText) {
    problems.push(`${record.id}: "${datingText}" states no year, so it needs a dateResolution`);
  }
  const compared = resolution?.resolvedAs ?? (startFromText ? record.start : undefined);
  if (stated && compared !== undefined) problems.push(...mismatchedParts(record.id, compared, stated));
  if (statedQualifier(datingText) !== record.qualifier) {
    problems.push(
      `${record.id}: qualifier ${record.qualifier ?? 'none'} but "${datingText}" says ${statedQualifier(datingText) ?? 'none'}`,
    );
  }
  return problems;
}

function statedDay(text: string): { day: number; month?: number } | undefined {
  const numeric = NUMERIC_DAY_PATTERN.exec(text);
  if (numeric) return { day: Number(numeric[1]), month: monthNumber(numeric[2]) };
  const ordinal = ORDINAL_DAY_PATTERN.exec(text);
  const day = ordinal ? ordinalDay(ordinal[1] ?? '') : undefined;
  return day === undefined ? undefined : { day, month: monthNumber(ordinal?.[2]) };
}

function monthNumber(name: string | undefined): number | undefined {
  const index = name === undefined ? -1 : MONTHS.indexOf(name);
  return index === -1 ? undefined : index + 1;
}

function finestPrecision(hasDay: boolean, hasMonth: boolean, hasYear: boolean): DatePrecision | undefined {
  if (hasDay) return 'day';
  if (hasMonth) return 'month';
  return hasYear ? 'year' : undefined;
}

function parsedPrecision(date: EdtfDate | undefined): DatePrecision | undefined {
  if (date === undefined) return undefined;
  const parsed = parseEdtf(date);
  return parsed.ok ? parsed.date.precision : undefined;
}

/** The year, month, day and weekday the text states must be those of the record's date. */
function mismatchedParts(id: string, date: EdtfDate, stated: StatedDate): string[] {
  const parsed = parseEdtf(date);
  if (!parsed.ok) return [`${id}: ${date} is not EDTF`];
  const { year, month, day } = parsed.date;
  const problems: string[] = [];
  const requireSame = (part: string, actual: number | undefined, wanted: number | undefined): void => {
    if (wanted !== undefined && actual !== wanted)
      problems.push(`${id}: ${part} of ${date} is not the stated ${wanted}`);
  };
  requireSame('year', year, stated.year);
  requireSame('month', month, stated.month);
  requireSame('day', day, stated.day);
  // Local midnight of a whole day: its weekday is the same in every time zone.
  if (parsed.date.precision === 'day') requireSame('weekday', spanStart(parsed.date).getDay(), stated.weekday);
  else if (stated.weekday !== undefined) problems.push(`${id}: "${date}" names no day, but the text names a weekday`);
  return problems;
}

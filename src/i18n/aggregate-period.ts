import type { ParsedDate } from '../model/edtf.js';
import { formatSourceDate } from './format-date.js';
import type { NumeralSystem } from './numerals.js';
import { DAY } from '../model/time.js';

/**
 * The period a count item covers, as a person would say it: "March 2015", "2014 – 2016",
 * "3 – 9 March 2015". Precision follows the bucket's width, so a count never claims a day it
 * does not know.
 */
export function aggregatePeriod(start: number, end: number, lang: string, numerals: NumeralSystem): string {
  const precision = precisionForWidth(end - start);
  const first = toParsed(new Date(start), precision);
  const last = toParsed(new Date(end - 1), precision);
  const sameUnit = first.year === last.year && first.month === last.month && first.day === last.day;
  return formatSourceDate(first, { lang, numerals, end: sameUnit ? undefined : last });
}

/** One end of a period, at the precision its width deserves ("March 2015"). */
export function formatPeriodEdge(time: number, width: number, lang: string, numerals: NumeralSystem): string {
  return formatSourceDate(toParsed(new Date(time), precisionForWidth(width)), { lang, numerals });
}

function precisionForWidth(width: number): ParsedDate['precision'] {
  return width >= 360 * DAY ? 'year' : width >= 28 * DAY ? 'month' : 'day';
}

function toParsed(date: Date, precision: ParsedDate['precision']): ParsedDate {
  return {
    year: date.getFullYear(),
    month: precision === 'year' ? undefined : date.getMonth() + 1,
    day: precision === 'day' ? date.getDate() : undefined,
    precision,
    approximate: false,
    uncertain: false,
  };
}

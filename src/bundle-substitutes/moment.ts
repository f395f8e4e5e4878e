/**
 * Bundle-only substitute (src/bundle-substitutes/: modules the self-contained bundle swaps in for
 * a package, through the `replacements` of scripts/rollup-plugin-trim-vis.js in rollup.config.js;
 * no source file imports them, so the npm build and the tests keep the real packages).
 *
 * A small stand-in for moment.js, covering exactly what vis-timeline 8.5.4 calls on moment: a
 * moment-shaped wrapper whose calendar work (week numbers, days of the week and of the year, the
 * start of a year, quarter, month, week or day, adding days, English formatting) is done by
 * date-fns, which the bundle carries anyway.
 *
 * It exists only so the self-contained bundle (dist/conflict-timeline.bundled.js) does not carry
 * moment (about 62 KB minified, 19.6 KB gzip): that build aliases `moment` to this file. The npm
 * build keeps real moment (the app's bundler decides). The element passes its own label
 * functions, so only English and local time are needed. test/bundle-substitutes/moment.test.ts
 * checks every result against real moment, and runs vis-timeline with this file in place of
 * moment behind a Proxy that fails on any member this file lacks.
 *
 * What vis-timeline calls (and so what this covers):
 * - `moment(x)` with nothing (now), a number, a Date, a moment or a string (item dates and
 *   options, through its `convert`); `moment.isMoment`, `moment.locale` and `moment.lang`.
 * - getters and setters `year month date day weekday isoWeekday week dayOfYear hours minutes
 *   seconds milliseconds`; `add`/`subtract` with a unit; `startOf` (the `alignCurrentTime`
 *   option); `isSame(x, unit?)`; `diff(x, 'days')` (repeating hidden dates); `clone`, `valueOf`,
 *   `toDate`, `_d`; `locale('en')` / `lang('en')` on an instance (they return the instance);
 *   `format()` with its default axis, tooltip and class-name formats.
 *
 * Where date-fns answers differently from moment, this keeps moment's own arithmetic (each place
 * says why; the property tests find the differences): month lengths (date-fns looks for a month's
 * last day in local time, and misses it where a zone skipped that day), the start of an hour,
 * minute or second (date-fns sets local fields, which in the repeated hour of a DST change land in
 * its first occurrence; moment floors the time value), `diff` (moment's is the difference of
 * wall-clock times; date-fns's `differenceInDays` moves a time of day that falls in a DST gap, and
 * can be a day off), and reading ISO strings (moment's exact rules, below).
 *
 * Not covered, because vis-timeline never asks for it: other locales, UTC or fixed-offset moments,
 * format tokens outside `TOKEN` (`[text]` literals work, `\` escapes do not), `diff` in months,
 * quarters or years (NaN). Strings: ISO 8601 `YYYY-MM`, `YYYY-MM-DD`, and `YYYY-MM-DD` + `T` or
 * space + `HH[:mm[:ss[.fraction]]]` + optional `Z`/`±hh[[:]mm]` are read exactly as moment reads
 * them; anything else goes to `new Date(string)`, moment's own fallback, so the ISO forms moment
 * also knows (week dates `2020-W05`, ordinal dates `2020-123`, compact `20200121`) differ.
 * vis-timeline only sees strings a page gives it; this element gives it Dates. On the day Samoa
 * skipped (30 December 2011), `dayOfYear` counts calendar days where moment counts elapsed ones.
 */
import { addDays } from 'date-fns/addDays';
import { addMilliseconds } from 'date-fns/addMilliseconds';
import { format as formatWithDateFns } from 'date-fns/format';
import { getDayOfYear } from 'date-fns/getDayOfYear';
import { getISODay } from 'date-fns/getISODay';
import { getWeek } from 'date-fns/getWeek';
import { startOfDay } from 'date-fns/startOfDay';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfQuarter } from 'date-fns/startOfQuarter';
import { startOfWeek } from 'date-fns/startOfWeek';
import { startOfYear } from 'date-fns/startOfYear';

/** What `moment(…)` accepts here. */
export type VisMomentInput = VisMoment | Date | number | string | null | undefined;

/** The part of moment's API vis-timeline uses. Setters change the wrapper and return it. */
export interface VisMoment {
  /** The wrapped local-time Date (vis-timeline reads it to spot an invalid date). */
  readonly _d: Date;
  valueOf(): number;
  toDate(): Date;
  clone(): VisMoment;
  isValid(): boolean;
  /** 'en' without an argument; with one (ignored) it returns the wrapper, as moment does. */
  locale(): string;
  locale(name: string): this;
  lang(): string;
  lang(name: string): this;
  year(): number;
  year(value: number): this;
  month(): number;
  month(value: number): this;
  date(): number;
  date(value: number): this;
  day(): number;
  day(value: number): this;
  weekday(): number;
  weekday(value: number): this;
  isoWeekday(): number;
  isoWeekday(value: number): this;
  week(): number;
  week(value: number): this;
  dayOfYear(): number;
  dayOfYear(value: number): this;
  hours(): number;
  hours(value: number): this;
  minutes(): number;
  minutes(value: number): this;
  seconds(): number;
  seconds(value: number): this;
  milliseconds(): number;
  milliseconds(value: number): this;
  add(amount: number, unit?: string): this;
  subtract(amount: number, unit?: string): this;
  startOf(unit?: string): this;
  isSame(other: VisMomentInput, unit?: string): boolean;
  diff(other: VisMomentInput, unit?: string, asFloat?: boolean): number;
  format(format?: string): string;
}

/** The `moment` function itself, with the statics vis-timeline touches. */
export interface VisMomentStatic {
  (input?: VisMomentInput): VisMoment;
  /** Always 'en': vis-timeline sets its locale globally, the element does its own labels. */
  locale(name?: string | string[]): string;
  lang(name?: string | string[]): string;
  isMoment(value: unknown): value is VisMoment;
}

type SimpleUnit = 'Date' | 'Hours' | 'Minutes' | 'Seconds' | 'Milliseconds';

/** Weeks as in moment's 'en' locale: Sunday to Saturday, week 1 the one holding January 1. */
const WEEKS = { weekStartsOn: 0, firstWeekContainsDate: 1 } as const;

/** Unit names, plurals and moment's shorthands (`M` month, `m` minute, `D` date, `d` day …). */
const UNITS: Record<string, string> = {};
for (const pair of 'year y,quarter Q,month M,week w,isoWeek W,day d,date D,hour h,minute m,second s,millisecond ms'.split(
  ',',
)) {
  const [name, short] = pair.split(' ') as [string, string];
  const lower = name.toLowerCase();
  UNITS[lower] = UNITS[lower + 's'] = UNITS[short] = name;
}
/** moment's `normalizeUnits`: the exact spelling first, then lower case. */
const unitOf = (unit?: string): string | undefined => unit && (UNITS[unit] || UNITS[unit.toLowerCase()]);

/** The start of each calendar unit, in local time. */
const START_OF: Record<string, (date: Date) => Date> = {
  year: startOfYear,
  quarter: startOfQuarter,
  month: startOfMonth,
  week: (date) => startOfWeek(date, WEEKS),
  isoWeek: startOfISOWeek,
  day: startOfDay,
  date: startOfDay,
};

/** The fixed-length units `startOf` floors the time value to, in ms. */
const EXACT_UNITS: Record<string, number> = { hour: 36e5, minute: 6e4, second: 1e3 };

/** Local time from fields; unlike `new Date(y, m, d)`, years 0–99 stay years 0–99 (as in moment). */
function local(y: number, m: number, d: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, m, d);
  return date;
}

/**
 * Days in month `m` (0-based, may overflow into other years) of year `y`, on the calendar alone.
 * Not date-fns's getDaysInMonth: it looks for the month's last day in local time, and finds the
 * next month where a zone skipped that day (Kiritimati, 31 December 1994).
 */
function daysIn(y: number, m: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m + 1, 0);
  return date.getUTCDate();
}

/**
 * `date` in month `month` (0-based, may overflow), on the same day of the month but not past the
 * month's end, at the same time of day: moment's month setter, which its `add` of months and
 * years uses too (date-fns's setMonth and addMonths measure the month in local time, as above).
 */
function inMonth(date: Date, month: number): Date {
  const moved = new Date(date);
  moved.setMonth(month, Math.min(date.getDate(), daysIn(date.getFullYear(), month)));
  return moved;
}

/** moment's rounding of an amount to add: half away from zero. */
const absRound = (n: number): number => (n < 0 ? -Math.round(-n) : Math.round(n));

/** ISO 8601 as moment reads it: a date alone is local midnight, a time without offset local time. */
const ISO =
  /^\s*(\d{4}|[+-]\d{6})-(\d\d)(?:-(\d\d)(?:[T ](\d\d)(?::(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?(\s*Z|[+-]\d\d(?::?\d\d)?)?)?)?$/;

function parse(text: string): Date {
  const match = ISO.exec(text);
  if (!match) return new Date(text);
  const [, y, mo, d = 1, h = 0, mi = 0, s = 0, fraction, zone] = match;
  const year = +y!;
  const month = +mo! - 1;
  const hour = +h;
  // moment's 'SSSS' parser: the fraction truncated to milliseconds.
  const ms = fraction ? Math.trunc(+('0.' + fraction) * 1000) : 0;
  // moment makes an out-of-range field an invalid date; 24:00:00.000 is allowed
  // and, as in moment, given to the Date as hour 24 (the next midnight).
  if (
    month > 11 ||
    month < 0 ||
    +d < 1 ||
    +d > daysIn(year, month) ||
    hour > 24 ||
    (hour == 24 && +mi + +s + ms > 0) ||
    +mi > 59 ||
    +s > 59
  ) {
    return new Date(NaN);
  }
  let date: Date;
  if (zone) {
    date = new Date(0);
    date.setUTCFullYear(year, month, +d);
    date.setUTCHours(hour, +mi, +s, ms);
    const [, sign, zh = 0, zm = 0] = /([+-])(\d\d):?(\d\d)?/.exec(zone) ?? [];
    date.setTime(+date - (sign == '-' ? -1 : 1) * (+zh * 60 + +zm) * 6e4);
  } else {
    date = local(year, month, +d);
    date.setHours(hour, +mi, +s, ms);
  }
  return date;
}

/** Format tokens: `[literal]`, then moment's tokens that vis-timeline's formats use, longest first. */
const TOKEN = /\[([^[]*)]|YYYY|YY|M{1,4}|Do|DD?|d{1,4}|HH?|hh?|mm?|ss?|S{1,3}|ww?|ZZ?|[aA]/g;

/**
 * Each moment token as a date-fns `format` pattern. Not here: `d` (the weekday as a number, which
 * date-fns has not) and the UTC offset `Z`/`ZZ` (a local mean time before 1901 has an offset in
 * seconds, which Chromium gives as a fraction of a minute; moment rounds it, date-fns prints the
 * fraction).
 */
const DATE_FNS_PATTERN: Record<string, string> = {
  YYYY: 'yyyy',
  YY: 'yy',
  M: 'M',
  MM: 'MM',
  MMM: 'MMM',
  MMMM: 'MMMM',
  D: 'd',
  DD: 'dd',
  Do: 'do',
  dd: 'EEEEEE',
  ddd: 'EEE',
  dddd: 'EEEE',
  H: 'H',
  HH: 'HH',
  h: 'h',
  hh: 'hh',
  m: 'm',
  mm: 'mm',
  s: 's',
  ss: 'ss',
  S: 'S',
  SS: 'SS',
  SSS: 'SSS',
  w: 'w',
  ww: 'ww',
  a: 'aaa',
  A: 'a',
};

/** moment's `Z` (`+05:30`) and `ZZ` (`+0530`): the UTC offset in whole minutes. */
function utcOffset(date: Date, separator: string): string {
  const offset = -Math.round(date.getTimezoneOffset());
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${offset < 0 ? '-' : '+'}${two(Math.trunc(Math.abs(offset) / 60))}${separator}${two(Math.abs(offset) % 60)}`;
}

/** Text date-fns shows as it is: quoted, a quote doubled. */
const quoted = (text: string): string => (text ? `'${text.replaceAll("'", "''")}'` : '');

/** A moment format as a date-fns pattern for `date`: tokens translated, the text between quoted. */
function dateFnsPattern(format: string, date: Date): string {
  let pattern = '';
  let text = '';
  let last = 0;
  for (const match of format.matchAll(TOKEN)) {
    const [token, literal] = match;
    text += format.slice(last, match.index);
    last = match.index + token.length;
    if (literal !== undefined) text += literal;
    else if (token == 'd') text += date.getDay();
    else if (token == 'Z' || token == 'ZZ') text += utcOffset(date, token == 'Z' ? ':' : '');
    else {
      // One quoted run between tokens: two adjacent ones would read as an escaped quote.
      pattern += quoted(text) + DATE_FNS_PATTERN[token];
      text = '';
    }
  }
  return pattern + quoted(text + format.slice(last));
}

class Moment implements VisMoment {
  _d: Date;

  constructor(input?: VisMomentInput) {
    this._d =
      input === undefined
        ? new Date()
        : typeof input == 'string'
          ? parse(input)
          : new Date(input === null ? NaN : +input);
  }

  valueOf(): number {
    return this._d.getTime();
  }

  toDate(): Date {
    return new Date(this.valueOf());
  }

  clone(): Moment {
    return new Moment(this);
  }

  isValid(): boolean {
    return !isNaN(this.valueOf());
  }

  locale(): string;
  locale(name: string): this;
  locale(name?: string): string | this {
    return name === undefined ? 'en' : this;
  }

  lang(): string;
  lang(name: string): this;
  lang(name?: string): string | this {
    return name === undefined ? 'en' : this;
  }

  /**
   * Moves the wrapped Date (in place, as moment does: `_d` stays the same object) to what `change`
   * makes of it; like moment, a change to an invalid date or by NaN does nothing.
   */
  private change(change: (date: Date) => Date, by = 0): this {
    const d = this._d;
    if (!isNaN(by + +d)) d.setTime(+change(d));
    return this;
  }

  /** A plain Date getter/setter, as moment's: the setter sets the local field. */
  private field(unit: SimpleUnit, value?: number): number | this {
    if (value == null) return this._d[`get${unit}`]();
    return this.change((d) => {
      const date = new Date(d);
      date[`set${unit}`](value);
      return date;
    }, value);
  }

  /** Setting the year keeps the month, and the day of the month but not past the month's end. */
  year(): number;
  year(value: number): this;
  year(value?: number): number | this {
    const year = this._d.getFullYear();
    return value == null ? year : this.change((d) => inMonth(d, d.getMonth() + (value - year) * 12), value);
  }

  /** Setting the month keeps the day of the month but not past the month's end. */
  month(): number;
  month(value: number): this;
  month(value?: number): number | this {
    return value == null ? this._d.getMonth() : this.change((d) => inMonth(d, value), value);
  }

  date(): number;
  date(value: number): this;
  date(value?: number): number | this {
    return this.field('Date', value);
  }

  hours(): number;
  hours(value: number): this;
  hours(value?: number): number | this {
    return this.field('Hours', value);
  }

  minutes(): number;
  minutes(value: number): this;
  minutes(value?: number): number | this {
    return this.field('Minutes', value);
  }

  seconds(): number;
  seconds(value: number): this;
  seconds(value?: number): number | this {
    return this.field('Seconds', value);
  }

  milliseconds(): number;
  milliseconds(value: number): this;
  milliseconds(value?: number): number | this {
    return this.field('Milliseconds', value);
  }

  /** Day of the week, Sunday 0; setting moves within the same Sunday-to-Saturday week. */
  day(): number;
  day(value: number): this;
  day(value?: number): number | this {
    // As moment does, by adding days: setting the day it is already leaves the date alone.
    return value == null ? this._d.getDay() : this.shift(value - this._d.getDay(), 'day');
  }

  /** The locale's day of the week: the same as `day` in 'en', whose weeks start on Sunday. */
  weekday(): number;
  weekday(value: number): this;
  weekday(value?: number): number | this {
    return value == null ? this.day() : this.day(value);
  }

  /** Monday 1 … Sunday 7. */
  isoWeekday(): number;
  isoWeekday(value: number): this;
  isoWeekday(value?: number): number | this {
    return value == null ? getISODay(this._d) : this.day(this.day() % 7 ? value : value - 7);
  }

  /** Week of the year in moment's 'en' locale (`WEEKS`). */
  week(): number;
  week(value: number): this;
  week(value?: number): number | this {
    // As moment does, by adding weeks: setting the week it is already in leaves the date alone (a
    // time in the repeated hour of a DST change would otherwise move to its first occurrence).
    const week = getWeek(this._d, WEEKS);
    return value == null ? week : this.shift((value - week) * 7, 'day');
  }

  dayOfYear(): number;
  dayOfYear(value: number): this;
  dayOfYear(value?: number): number | this {
    // Counted from today, not set from January 1 as date-fns's setDayOfYear does: a change of UTC
    // offset in between would move the time of day.
    const day = getDayOfYear(this._d);
    return value == null ? day : this.change((d) => addDays(d, value - day), value);
  }

  /**
   * moment's `add`: months (the day of the month clamped to the new month's end), days (local
   * calendar days, so a day across a DST change is 23 or 25 hours) or exact time. Months and days
   * are rounded half away from zero; no unit means milliseconds.
   */
  add(amount: number, unit?: string): this {
    return this.shift(+amount, unit);
  }

  subtract(amount: number, unit?: string): this {
    return this.shift(-amount, unit);
  }

  private shift(n: number, unit: string | undefined): this {
    const u = unit ? (unitOf(unit) ?? '') : 'millisecond';
    // Like moment, a step that rounds to nothing leaves the date alone (setting it anew would move
    // a time in the repeated hour of a DST change to its first occurrence).
    const months = absRound(n * ({ year: 12, quarter: 3, month: 1 }[u] ?? 0));
    if (months) return this.change((d) => inMonth(d, d.getMonth() + months));
    const days = absRound(n * ({ week: 7, isoWeek: 7, day: 1 }[u] ?? 0));
    if (days) return this.change((d) => addDays(d, days));
    // moment's Duration multiplies in this order too (a fraction of an hour rounds alike).
    const ms = u == 'hour' ? n * 1000 * 60 * 60 : n * ({ minute: 6e4, second: 1e3, millisecond: 1 }[u] ?? 0);
    return ms ? this.change((d) => addMilliseconds(d, ms), ms) : this;
  }

  /**
   * Start of the unit in local time; no unit, 'millisecond' or an unknown unit leave it alone.
   * An hour, minute or second is floored on the time value, as moment does (an hour against the
   * moment's UTC offset): in the repeated hour of a DST change that stays in the same occurrence.
   */
  startOf(unit?: string): this {
    const u = unitOf(unit) ?? '';
    const calendar = START_OF[u];
    if (calendar) return this.change(calendar);
    const size = EXACT_UNITS[u];
    if (!size) return this;
    return this.change((d) => {
      const offset = u == 'hour' ? -Math.round(d.getTimezoneOffset()) * 6e4 : 0;
      return new Date(+d - ((((+d + offset) % size) + size) % size));
    });
  }

  /** Same time, or in the same unit (day, week, month …); false if either date is invalid. */
  isSame(other: VisMomentInput, unit?: string): boolean {
    return +this.clone().startOf(unit) === +new Moment(other).startOf(unit);
  }

  /**
   * Difference in a unit up to weeks, truncated toward zero unless `asFloat`. Days and weeks are
   * measured between wall-clock times (moment's `zoneDelta` leaves out a change of UTC offset in
   * between, so a DST day counts as one day). Months, quarters and years are not supported (NaN):
   * vis-timeline only asks for days.
   */
  diff(other: VisMomentInput, unit?: string, asFloat?: boolean): number {
    const that = new Moment(other);
    const u = unitOf(unit) ?? 'millisecond';
    const zone =
      u == 'day' || u == 'week'
        ? (Math.round(this._d.getTimezoneOffset()) - Math.round(that._d.getTimezoneOffset())) * 6e4
        : 0;
    const size = { millisecond: 1, second: 1e3, minute: 6e4, hour: 36e5, day: 864e5, week: 6048e5 }[u] ?? NaN;
    const out = (+this - +that - zone) / size;
    return asFloat ? out : out < 0 ? Math.ceil(out) || 0 : Math.floor(out);
  }

  /** English `format`, for the tokens in `TOKEN`; with no format, ISO 8601 with the offset. */
  format(format = 'YYYY-MM-DDTHH:mm:ssZ'): string {
    return this.isValid() ? formatWithDateFns(this._d, dateFnsPattern(format, this._d), WEEKS) : 'Invalid date';
  }
}

const english = (): string => 'en';

/** Drop-in for `import moment from 'moment'` in vis-timeline (see the top of this file). */
const moment: VisMomentStatic = Object.assign((input?: VisMomentInput): VisMoment => new Moment(input), {
  locale: english,
  lang: english,
  // A real moment (a page's own `window.moment`, which vis-timeline prefers) is accepted too.
  isMoment: (value: unknown): value is VisMoment =>
    value instanceof Moment || (value != null && (value as { _isAMomentObject?: unknown })._isAMomentObject != null),
});

export default moment;

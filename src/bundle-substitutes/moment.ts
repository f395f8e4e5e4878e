/**
 * Bundle-only substitute (src/bundle-substitutes/: modules the self-contained bundle swaps in for
 * a package, through the `replacements` of scripts/rollup-plugin-trim-vis.js in rollup.config.js;
 * no source file imports them, so the npm build and the tests keep the real packages).
 *
 * A small stand-in for moment.js, covering exactly what vis-timeline 8.5.4 calls on moment.
 *
 * It exists only so the self-contained bundle (dist/conflict-timeline.bundled.js) does not carry
 * moment (about 62 KB minified, 19.6 KB gzip): that build aliases `moment` to this file. The npm
 * build keeps real moment (the app's bundler decides). The element passes its own label functions,
 * so only English and local time are needed; test/bundle-substitutes/moment.test.ts checks every result
 * against real moment.
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
 * Not covered, because vis-timeline never asks for it: other locales, UTC or fixed-offset moments,
 * format tokens outside `TOKEN` (`[text]` literals work, `\` escapes do not), `diff` in months,
 * quarters or years (NaN). Strings: ISO 8601 `YYYY-MM`, `YYYY-MM-DD`, and `YYYY-MM-DD` + `T` or
 * space + `HH[:mm[:ss[.fraction]]]` + optional `Z`/`±hh[[:]mm]` are read exactly as moment reads
 * them; anything else goes to `new Date(string)`, moment's own fallback, so the ISO forms moment
 * also knows (week dates `2020-W05`, ordinal dates `2020-123`, compact `20200121`) differ. vis-timeline
 * only sees strings a page gives it; this element gives it Dates.
 */

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

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');

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

/** Local time from fields; unlike `new Date(y, m, d)`, years 0–99 stay years 0–99 (as in moment). */
function local(y: number, m: number, d: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, m, d);
  return date;
}

/** Days in month `m` (0-based, may overflow into other years) of year `y`. */
function daysIn(y: number, m: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m + 1, 0);
  return date.getUTCDate();
}

/** moment's `zeroFill`: sign, then at least `length` digits. */
const pad = (n: number, length = 2): string => (n < 0 ? '-' : '') + String(Math.abs(n)).padStart(length, '0');

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

  /** Sets year and month, keeping the day of the month but not past the month's end (moment's setters). */
  private ym(y: number, m: number): this {
    const d = this._d;
    if (!isNaN(y + m + +d)) d.setFullYear(y, m, Math.min(d.getDate(), daysIn(y, m)));
    return this;
  }

  /** A plain Date getter/setter; like moment, setting on an invalid date or to NaN does nothing. */
  private field(unit: SimpleUnit, value?: number): number | this {
    const d = this._d;
    if (value == null) return d[`get${unit}`]();
    if (!isNaN(value + +d)) d[`set${unit}`](value);
    return this;
  }

  year(): number;
  year(value: number): this;
  year(value?: number): number | this {
    return value == null ? this._d.getFullYear() : this.ym(value, this._d.getMonth());
  }

  month(): number;
  month(value: number): this;
  month(value?: number): number | this {
    return value == null ? this._d.getMonth() : this.ym(this._d.getFullYear(), value);
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
    const day = this._d.getDay();
    return value == null ? day : this.add(value - day, 'd');
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
    const day = this.day();
    return value == null ? day || 7 : this.day(day % 7 ? value : value - 7);
  }

  /**
   * Week of the year in moment's 'en' locale: weeks run Sunday to Saturday and the week holding
   * January 1 is week 1, so a week belongs to the year its Saturday is in.
   */
  week(): number;
  week(value: number): this;
  week(value?: number): number | this {
    const d = this._d;
    const saturday = new Date(0);
    saturday.setUTCFullYear(d.getFullYear(), d.getMonth(), d.getDate() + 6 - d.getDay());
    const jan1 = new Date(0);
    jan1.setUTCFullYear(saturday.getUTCFullYear(), 0, 1);
    const week = Math.floor((+saturday - +jan1) / 6048e5) + 1;
    return value == null ? week : this.add((value - week) * 7, 'd');
  }

  dayOfYear(): number;
  dayOfYear(value: number): this;
  dayOfYear(value?: number): number | this {
    const d = this._d;
    const day = new Date(0);
    day.setUTCFullYear(d.getFullYear(), d.getMonth(), d.getDate());
    const jan1 = new Date(0);
    jan1.setUTCFullYear(d.getFullYear(), 0, 1);
    const dayOfYear = Math.round((+day - +jan1) / 864e5) + 1;
    return value == null ? dayOfYear : this.add(value - dayOfYear, 'd');
  }

  /**
   * moment's `add`: months first (the day of the month clamped to the new month's end), then days
   * (local calendar days, so a day across a DST change is 23 or 25 hours), then exact time.
   * Months and days are rounded half away from zero; no unit means milliseconds.
   */
  add(amount: number, unit?: string): this {
    return this.shift(+amount, unit, 1);
  }

  subtract(amount: number, unit?: string): this {
    return this.shift(+amount, unit, -1);
  }

  private shift(n: number, unit: string | undefined, sign: number): this {
    const d = this._d;
    const u = unit ? unitOf(unit) : 'millisecond';
    if (isNaN(+d)) return this;
    const months = absRound(n * (u == 'year' ? 12 : u == 'quarter' ? 3 : u == 'month' ? 1 : 0));
    const days = absRound(n * (u == 'week' || u == 'isoWeek' ? 7 : u == 'day' ? 1 : 0));
    // Same factors, in the same order, as moment's Duration (a fraction of an hour rounds alike).
    const ms =
      u == 'hour' ? n * 1000 * 60 * 60 : n * (u == 'minute' ? 6e4 : u == 'second' ? 1e3 : u == 'millisecond' ? 1 : 0);
    if (months) this.ym(d.getFullYear(), d.getMonth() + months * sign);
    if (days) d.setDate(d.getDate() + days * sign);
    if (ms) d.setTime(+d + ms * sign);
    return this;
  }

  /** Start of the unit in local time; no unit, 'millisecond' or an unknown unit leave it alone. */
  startOf(unit?: string): this {
    const d = this._d;
    const u = unitOf(unit);
    let t = +d;
    if (!u || u == 'millisecond' || isNaN(t)) return this;
    // moment's modulo on the time value; an hour is measured against the moment's UTC offset.
    const floor = (size: number, offset = 0): number => t - ((((t + offset) % size) + size) % size);
    if (u == 'hour') t = floor(36e5, -Math.round(d.getTimezoneOffset()) * 6e4);
    else if (u == 'minute') t = floor(6e4);
    else if (u == 'second') t = floor(1e3);
    else {
      const m = d.getMonth();
      const byMonth = u == 'year' || u == 'quarter' || u == 'month';
      t = +local(
        d.getFullYear(),
        u == 'year' ? 0 : u == 'quarter' ? m - (m % 3) : m,
        byMonth ? 1 : d.getDate() - (u == 'week' ? d.getDay() : u == 'isoWeek' ? (d.getDay() + 6) % 7 : 0),
      );
    }
    d.setTime(t);
    return this;
  }

  /** Same time, or in the same unit (day, week, month …); false if either date is invalid. */
  isSame(other: VisMomentInput, unit?: string): boolean {
    return +this.clone().startOf(unit) === +new Moment(other).startOf(unit);
  }

  /**
   * Difference in a unit up to weeks, truncated toward zero unless `asFloat`. Days and weeks leave
   * out a UTC-offset change in between (so a DST day counts as one day). Months, quarters and
   * years are not supported (NaN): vis-timeline only asks for days.
   */
  diff(other: VisMomentInput, unit?: string, asFloat?: boolean): number {
    const that = new Moment(other);
    const u = unitOf(unit) ?? 'millisecond';
    // moment's zoneDelta: the change in UTC offset (whole minutes) from `that` to `this`.
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
    const d = this._d;
    if (!this.isValid()) return 'Invalid date';
    const y = d.getFullYear();
    const M = d.getMonth();
    const D = d.getDate();
    const w = d.getDay();
    const H = d.getHours();
    const h = H % 12 || 12;
    const m = d.getMinutes();
    const s = d.getSeconds();
    const ms = pad(d.getMilliseconds(), 3);
    const offset = -Math.round(d.getTimezoneOffset());
    const zone = (sep: string): string =>
      (offset < 0 ? '-' : '+') + pad(Math.trunc(Math.abs(offset) / 60)) + sep + pad(Math.abs(offset) % 60);
    const week = this.week();
    const ordinal = D + (Math.trunc(D / 10) == 1 ? 'th' : (['th', 'st', 'nd', 'rd'][D % 10] ?? 'th'));
    const values: Record<string, string | number> = {
      YYYY: pad(y, 4),
      YY: pad(y % 100),
      M: M + 1,
      MM: pad(M + 1),
      MMM: MONTHS[M]!.slice(0, 3),
      MMMM: MONTHS[M]!,
      D,
      DD: pad(D),
      Do: ordinal,
      d: w,
      dd: DAYS[w]!.slice(0, 2),
      ddd: DAYS[w]!.slice(0, 3),
      dddd: DAYS[w]!,
      H,
      HH: pad(H),
      h,
      hh: pad(h),
      m,
      mm: pad(m),
      s,
      ss: pad(s),
      S: ms.slice(0, 1),
      SS: ms.slice(0, 2),
      SSS: ms,
      w: week,
      ww: pad(week),
      Z: zone(':'),
      ZZ: zone(''),
      a: H > 11 ? 'pm' : 'am',
      A: H > 11 ? 'PM' : 'AM',
    };
    return format.replace(TOKEN, (token, literal?: string) => literal ?? String(values[token]));
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

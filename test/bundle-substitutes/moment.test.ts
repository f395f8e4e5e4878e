import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import moment from 'moment';
import shim, { type VisMoment } from '../../src/bundle-substitutes/moment.js';

// The bundle's stand-in for moment must answer exactly as moment does for what vis-timeline asks.
// This file runs in America/New_York and in Pacific/Kiritimati (web-test-runner.config.js), so DST
// days are exercised, and the day Kiritimati skipped (31 December 1994, from UTC−10 to UTC+14).

type Method = (...args: unknown[]) => unknown;
/** Calls a method by name on a shim wrapper or a moment (their typings differ only in unit names). */
const call = (target: object, name: string, ...args: unknown[]): unknown =>
  (Reflect.get(target, name) as Method).apply(target, args);

const local = (y: number, m: number, d = 1, h = 0, mi = 0, s = 0, ms = 0): number =>
  new Date(y, m, d, h, mi, s, ms).getTime();

const MIN = local(1900, 0);
const MAX = local(2101, 0) - 1;

/** An instant in 1900–2100, often on a month end, a leap day or a New York DST-change night. */
const instant: fc.Arbitrary<number> = fc.oneof(
  fc.date({ min: new Date(MIN), max: new Date(MAX), noInvalidDate: true }).map((date) => date.getTime()),
  fc
    .record({
      year: fc.integer({ min: 1900, max: 2100 }),
      month: fc.integer({ min: 0, max: 11 }),
      day: fc.constantFrom(1, 28, 29, 30, 31),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
    })
    .map(({ year, month, day, hour, minute }) => local(year, month, day, hour, minute)),
  // March, April, October and November nights: where New York's clocks changed over the years.
  fc
    .record({
      year: fc.integer({ min: 1900, max: 2100 }),
      month: fc.constantFrom(2, 3, 9, 10),
      day: fc.integer({ min: 1, max: 31 }),
      hour: fc.integer({ min: 0, max: 3 }),
      minute: fc.constantFrom(0, 30, 59),
      ms: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ year, month, day, hour, minute, ms }) => local(year, month, day, hour, minute, 0, ms)),
  fc.constantFrom(
    local(2024, 0, 31, 12), // Jan 31: + 1 month is Feb 29
    local(2023, 0, 31, 12), // … and Feb 28 in a common year
    local(2000, 1, 29, 8), // leap days, 2000 a leap year
    local(2096, 1, 29, 23, 59),
    local(2021, 2, 14, 1, 59), // the minute before the spring-forward gap
    local(2021, 2, 14, 3), // the hour after it
    local(2021, 10, 7, 1, 30), // the repeated hour (first time)
    local(2021, 10, 7, 1, 30) + 36e5, // … and the second time
    local(1900, 0, 1),
    MAX,
    local(1994, 11, 30, 12), // in Kiritimati, the day before the skipped 31 December 1994
    local(1995, 0, 1, 12), // … and the day after
    local(1996, 0, 2), // a month setter to December 1994 from here found a 1-day month
  ),
);

const ADD_UNITS = [
  undefined,
  ...['y', 'year', 'years', 'Q', 'quarter', 'M', 'month', 'months', 'w', 'week', 'weeks', 'W', 'isoWeek'],
  ...['d', 'day', 'days', 'Days', 'D', 'date', 'h', 'hour', 'hours', 'm', 'minute', 'minutes'],
  ...['s', 'second', 'seconds', 'ms', 'millisecond', 'milliseconds', 'parsec'],
];
const START_UNITS = [
  undefined,
  ...['year', 'y', 'quarter', 'month', 'M', 'week', 'weeks', 'isoWeek', 'day', 'd', 'date', 'D'],
  ...['hour', 'h', 'minute', 'm', 'second', 's', 'millisecond'],
];
const amount = fc.oneof(
  fc.integer({ min: -40, max: 40 }),
  fc.integer({ min: -5000, max: 5000 }),
  fc.double({ min: -10, max: 10, noNaN: true }),
);
const SETTERS: Record<string, [number, number]> = {
  year: [1900, 2100],
  month: [-13, 24],
  date: [-3, 33],
  day: [-8, 14],
  weekday: [-8, 14],
  isoWeekday: [-8, 14],
  week: [-2, 55],
  dayOfYear: [-5, 370],
  hours: [-30, 50],
  minutes: [-70, 130],
  seconds: [-70, 130],
  milliseconds: [-1500, 2500],
};
const GETTERS = Object.keys(SETTERS);

type Op = readonly [name: string, ...args: unknown[]];
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.tuple(fc.constantFrom('add', 'subtract'), amount, fc.constantFrom(...ADD_UNITS)),
  fc.tuple(fc.constant('startOf'), fc.constantFrom(...START_UNITS)),
  fc
    .constantFrom(...GETTERS)
    .chain((name) => fc.tuple(fc.constant(name), fc.integer({ min: SETTERS[name]![0], max: SETTERS[name]![1] }))),
);

/** Both results, NaN equal to NaN. */
const same = (actual: unknown, expected: unknown, what: string): void => {
  if (!Object.is(actual, expected)) expect(actual, what).to.equal(expected);
};

const FORMATS = [
  // TimeStep.FORMAT, minor and major labels
  ...['SSS', 's', 'HH:mm', 'ddd D', 'D', 'w', 'MMM', 'YYYY', 'HH:mm:ss', 'D MMMM HH:mm', 'ddd D MMMM', 'MMMM YYYY'],
  // Item's drag tooltip, CurrentTime and CustomTime titles, TimeStep's class names
  ...['MM/DD/YYYY hh:mm', 'dddd, MMMM Do YYYY, H:mm:ss', 'dddd', 'MMMM'],
  // the rest of what the shim knows
  ...['YY M MM Do d dd h hh A a S SS ww ZZ Z', '[Week] w [of] YYYY', 'YYYY-MM-DDTHH:mm:ss.SSSZ'],
];

describe('vis-moment (the bundle’s replacement for moment)', () => {
  it('reads the same fields, week, weekday and day of year as moment', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const mine = shim(t);
        const theirs = moment(t);
        for (const name of GETTERS) same(call(mine, name), call(theirs, name), `${name}() of ${new Date(t)}`);
        same(mine.valueOf(), theirs.valueOf(), 'valueOf');
        same(mine.toDate().getTime(), theirs.toDate().getTime(), 'toDate');
      }),
      { numRuns: 2000 },
    );
  });

  it('formats every token string vis-timeline uses as moment does', () => {
    fc.assert(
      fc.property(instant, (t) => {
        for (const format of FORMATS) {
          expect(shim(t).format(format), `${format} of ${new Date(t)}`).to.equal(moment(t).format(format));
        }
        expect(shim(t).format(), `default format of ${new Date(t)}`).to.equal(moment(t).format());
      }),
      { numRuns: 1000 },
    );
  });

  it('adds, subtracts, sets and rounds to a unit as moment does, step by step', () => {
    fc.assert(
      fc.property(instant, fc.array(op, { minLength: 1, maxLength: 8 }), (t, ops) => {
        const mine = shim(t);
        const theirs = moment(t);
        for (const [name, ...args] of ops) {
          // Setters and add/subtract/startOf change the wrapper and return it, as moment does.
          expect(call(mine, name, ...args)).to.equal(mine);
          call(theirs, name, ...args);
          same(mine.valueOf(), theirs.valueOf(), `${name}(${args.join(', ')}) from ${new Date(t)}`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('clamps to the month end and keeps the wall time across DST, like moment', () => {
    const cases: [number, number, string, number][] = [
      [local(2024, 0, 31, 12), 1, 'month', local(2024, 1, 29, 12)],
      [local(2023, 0, 31, 12), 1, 'month', local(2023, 1, 28, 12)],
      [local(2024, 2, 31), -1, 'months', local(2024, 1, 29)],
      [local(2024, 1, 29), 1, 'year', local(2025, 1, 28)],
      [local(2021, 2, 13, 12), 1, 'day', local(2021, 2, 14, 12)], // a 23-hour day
      [local(2021, 10, 6, 12), 1, 'day', local(2021, 10, 7, 12)], // a 25-hour day
      [local(2021, 2, 14, 1, 30), 1, 'hour', local(2021, 2, 14, 1, 30) + 36e5], // exact time
    ];
    for (const [from, n, unit, to] of cases) {
      expect(shim(from).add(n, unit).valueOf(), `${new Date(from)} + ${n} ${unit}`).to.equal(to);
      expect(
        moment(from)
          .add(n, unit as moment.unitOfTime.DurationConstructor)
          .valueOf(),
      ).to.equal(to);
    }
  });

  it('sets the week and day it already is without moving a time in the repeated hour of a DST change, like moment', () => {
    // 01:30 EST on 7 November 2021 (New York), the second 01:30 of that night: setting a date anew
    // would move it to the first (EDT), an hour earlier. Found by the property test above.
    const secondHalfPastOne = Date.UTC(2021, 10, 7, 6, 30);
    const setters: [string, (date: VisMoment) => VisMoment, (date: moment.Moment) => moment.Moment][] = [
      ['week(46)', (date) => date.week(46), (date) => date.week(46)],
      ['day(0)', (date) => date.day(0), (date) => date.day(0)],
      ['isoWeekday(7)', (date) => date.isoWeekday(7), (date) => date.isoWeekday(7)],
      ['week(47)', (date) => date.week(47), (date) => date.week(47)],
    ];
    for (const [name, ours, theirs] of setters) {
      const expected = theirs(moment(secondHalfPastOne)).valueOf();
      expect(ours(shim(secondHalfPastOne)).valueOf(), name).to.equal(expected);
    }
    expect(shim(secondHalfPastOne).week(46).valueOf()).to.equal(secondHalfPastOne);
  });

  it('compares with isSame and diff as moment does', () => {
    const other = fc.oneof(
      instant,
      fc.tuple(
        instant,
        fc.constantFrom(1, 1e3, 6e4, 36e5, 864e5, 6048e5, 2592e6, 31536e6),
        fc.integer({ min: -3, max: 3 }),
      ),
    );
    fc.assert(
      fc.property(instant, other, (t, o) => {
        const u = typeof o == 'number' ? o : o[0] + o[1] * o[2];
        for (const unit of [
          undefined,
          'year',
          'quarter',
          'month',
          'week',
          'isoWeek',
          'day',
          'hour',
          'minute',
          'second',
        ]) {
          const what = `isSame(${new Date(u)}, ${unit}) of ${new Date(t)}`;
          expect(shim(t).isSame(u, unit), what).to.equal(moment(t).isSame(u, unit as moment.unitOfTime.StartOf));
          expect(shim(t).isSame(shim(u), unit), what).to.equal(
            moment(t).isSame(moment(u), unit as moment.unitOfTime.StartOf),
          );
        }
        for (const unit of [undefined, 'ms', 'second', 'minute', 'hour', 'day', 'days', 'week']) {
          const what = `diff(${new Date(u)}, ${unit}) of ${new Date(t)}`;
          const unitOfTime = unit as moment.unitOfTime.Diff;
          same(shim(t).diff(u, unit), moment(t).diff(u, unitOfTime), what);
          same(shim(t).diff(u, unit, true), moment(t).diff(u, unitOfTime, true), `${what}, as float`);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads ISO 8601 strings as moment does: local unless an offset is given, invalid when out of range', () => {
    const two = (n: number): string => String(n).padStart(2, '0');
    const iso = fc
      .record({
        year: fc.integer({ min: 1900, max: 2100 }),
        month: fc.integer({ min: 0, max: 13 }),
        day: fc.integer({ min: 0, max: 32 }),
        hour: fc.oneof(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 1, 2, 24, 25)),
        minute: fc.oneof(fc.integer({ min: 0, max: 59 }), fc.constantFrom(0, 60)),
        second: fc.oneof(fc.integer({ min: 0, max: 59 }), fc.constantFrom(0, 60)),
        fraction: fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 6 }),
        shape: fc.constantFrom('month', 'date', 'hour', 'minute', 'second', 'fraction'),
        separator: fc.constantFrom('T', ' '),
        zone: fc.constantFrom('', '', 'Z', ' Z', '+05:30', '-0800', '+01', '-03:00'),
        lead: fc.constantFrom('', ' '),
      })
      .map(({ year, month, day, hour, minute, second, fraction, shape, separator, zone, lead }) => {
        const date = `${lead}${year}-${two(month)}`;
        if (shape == 'month') return date;
        const withDay = `${date}-${two(day)}`;
        if (shape == 'date') return withDay;
        const time = [two(hour), two(minute), two(second)].slice(0, shape == 'hour' ? 1 : shape == 'minute' ? 2 : 3);
        return `${withDay}${separator}${time.join(':')}${shape == 'fraction' ? `.${fraction}` : ''}${zone}`;
      });
    fc.assert(
      fc.property(iso, (text) => {
        same(shim(text).valueOf(), moment(text).valueOf(), text);
        expect(shim(text).isValid(), text).to.equal(moment(text).isValid());
      }),
      { numRuns: 3000 },
    );
    for (const text of [
      ...['2021-03-14T02:30', '2021-11-07T01:30', '2024-02-29', '2023-02-29', '2020-01-01T24:00'],
      ...['2019-11-02T24-0800', '2019-11-02T24', '2021-03-13T24:00:00.000Z', '0050-02-29T12:00', '0048-02-29T12:00'],
    ]) {
      same(shim(text).valueOf(), moment(text).valueOf(), text);
    }
  });

  it('takes the inputs vis-timeline gives: nothing, a number, a Date, a wrapper, a moment', () => {
    const before = Date.now();
    const now = shim().valueOf();
    expect(now).to.be.within(before, Date.now());
    const date = new Date(2020, 4, 17, 9, 30);
    const fromDate = shim(date);
    fromDate.add(1, 'day');
    expect(date.getTime(), 'the Date given is copied, not changed').to.equal(local(2020, 4, 17, 9, 30));
    const fromWrapper = shim(fromDate);
    fromWrapper.add(1, 'day');
    expect(fromDate.valueOf(), 'a wrapper given is copied').to.equal(local(2020, 4, 18, 9, 30));
    const copy = fromDate.clone().startOf('month');
    expect(copy.valueOf()).to.equal(local(2020, 4, 1));
    expect(fromDate.date()).to.equal(18);
    // A real moment (a page's window.moment, which vis-timeline prefers) has what the shim reads.
    expect(shim(moment(date) as unknown as VisMoment).valueOf(), 'a real moment').to.equal(date.getTime());
    expect(shim(date.getTime()).valueOf()).to.equal(date.getTime());
    const toDate = fromDate.toDate();
    toDate.setFullYear(1999);
    expect(fromDate.year(), 'toDate is a copy').to.equal(2020);
    for (const invalid of [null, NaN, '', 'not a date', '2021-13-01']) {
      expect(shim(invalid).isValid(), String(invalid)).to.be.false;
      expect(shim(invalid).format('YYYY')).to.equal(moment.invalid().format('YYYY'));
      expect(shim(invalid)._d.toString(), 'vis-timeline compares _d with "Invalid Date"').to.equal('Invalid Date');
      expect(shim(invalid).isSame(shim(invalid))).to.be.false;
      expect(shim(invalid).add(1, 'month').year(2000).isValid()).to.be.false;
    }
  });

  it('has the locale and isMoment statics vis-timeline calls, and instance locale() returns the wrapper', () => {
    expect(shim.locale('en-US')).to.equal('en');
    expect(shim.locale()).to.equal('en');
    expect(shim.lang('ar')).to.equal('en');
    const wrapper = shim(0);
    expect(wrapper.locale('en')).to.equal(wrapper);
    expect(wrapper.lang('en')).to.equal(wrapper);
    expect(wrapper.locale()).to.equal('en');
    expect(shim.isMoment(wrapper)).to.be.true;
    expect(shim.isMoment(moment())).to.be.true;
    for (const value of [new Date(), 0, '2020-01-01', null, undefined, {}]) expect(shim.isMoment(value)).to.be.false;
  });
});

// The window-query protocol's parameter rules (shared by HttpQueryProvider and every server) and
// its calendar time, in two time zones.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DAY_MS,
  MAX_TIME,
  calendarToLocal,
  localToCalendar,
  parseWindowQuery,
  windowSearchParams,
  type WireLimits,
} from '../../../src/timeline/lod/http-protocol.js';

const LIMITS: WireLimits = { maxItems: 2000, maxSpan: 5000 * 365 * DAY_MS, timeoutMs: 5000 };
const GOOD = { start: '1704067200000', end: '1735689600000', maxItems: '75', resolution: String(30 * DAY_MS) };

function params(overrides: Record<string, string | undefined>): URLSearchParams {
  const entries = Object.entries({ ...GOOD, ...overrides }).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  return new URLSearchParams(entries);
}

function problemOf(input: URLSearchParams | Record<string, unknown>): { parameter: string; message: string } {
  const parsed = parseWindowQuery(input, LIMITS);
  assert.equal(
    parsed.ok,
    false,
    `accepted ${JSON.stringify(input instanceof URLSearchParams ? input.toString() : input)}`,
  );
  return parsed.ok ? { parameter: '', message: '' } : parsed.problem;
}

describe('parseWindowQuery', () => {
  it('reads a good query, from a query string and from JSON, to the same result', () => {
    const fromQuery = parseWindowQuery(params({ hidden: 'riots,protests', margin: '0' }), LIMITS);
    const fromJson = parseWindowQuery(
      {
        start: 1704067200000,
        end: 1735689600000,
        maxItems: 75,
        resolution: 30 * DAY_MS,
        hidden: ['riots', 'protests'],
        margin: 0,
      },
      LIMITS,
    );
    assert.deepEqual(fromQuery, fromJson);
    assert.deepEqual(fromQuery, {
      ok: true,
      query: {
        start: 1704067200000,
        end: 1735689600000,
        maxItems: 75,
        resolution: 30 * DAY_MS,
        hidden: ['riots', 'protests'],
        margin: 0,
      },
    });
  });

  it('round-trips what the provider sends', () => {
    const query = {
      start: -86400000,
      end: 86400000,
      maxItems: 3,
      resolution: 1,
      hidden: ['battles' as const],
      margin: 5,
    };
    assert.deepEqual(parseWindowQuery(windowSearchParams(query), LIMITS), { ok: true, query });
  });

  const hostile: [string, Record<string, string | undefined>, string][] = [
    ['SQL in a number', { start: '1;DROP TABLE events;--' }, 'start'],
    ['SQL in a type', { hidden: "riots') OR 1=1 --" }, 'hidden'],
    ['NaN', { end: 'NaN' }, 'end'],
    ['Infinity', { resolution: 'Infinity' }, 'resolution'],
    ['an exponent', { start: '1e15' }, 'start'],
    ['a fraction', { maxItems: '7.5' }, 'maxItems'],
    ['spaces', { maxItems: ' 7' }, 'maxItems'],
    ['hex', { maxItems: '0x10' }, 'maxItems'],
    ['a negative count', { maxItems: '-1' }, 'maxItems'],
    ['too many items', { maxItems: '2001' }, 'maxItems'],
    ['a negative margin', { margin: '-5' }, 'margin'],
    ['a zero resolution', { resolution: '0' }, 'resolution'],
    ['a time past JavaScript dates', { start: '8640000000000001' }, 'start'],
    ['an unsafe integer', { end: '9999999999999999' }, 'end'],
    ['an end before the start', { end: '1704067200000' }, 'end'],
    ['a window wider than the limit', { start: String(-MAX_TIME), end: String(MAX_TIME) }, 'end'],
    ['a margin wider than the limit', { margin: String(MAX_TIME) }, 'margin'],
    ['a missing start', { start: undefined }, 'start'],
    ['an unknown type', { hidden: 'riots,picnics' }, 'hidden'],
  ];
  for (const [name, overrides, parameter] of hostile)
    it(`refuses ${name}, naming ${parameter}`, () => {
      const problem = problemOf(params(overrides));
      assert.equal(problem.parameter, parameter);
      assert.match(problem.message, new RegExp(`^${parameter}|window|margin`));
    });

  it('refuses a parameter it does not know, and a repeated one', () => {
    assert.equal(problemOf(params({ where: '1=1' })).parameter, 'where');
    const repeated = params({});
    repeated.append('start', '0');
    assert.equal(problemOf(repeated).parameter, 'start');
  });

  it('refuses JSON values of the wrong kind', () => {
    const base = { start: 0, end: DAY_MS, maxItems: 1, resolution: DAY_MS };
    assert.equal(problemOf({ ...base, start: '0' }).parameter, 'start'); // a string is allowed only in a query string…
    assert.equal(problemOf({ ...base, maxItems: null }).parameter, 'maxItems');
    assert.equal(problemOf({ ...base, maxItems: true }).parameter, 'maxItems');
    assert.equal(problemOf({ ...base, hidden: [1] }).parameter, 'hidden');
    assert.equal(problemOf({ ...base, hidden: { riots: true } }).parameter, 'hidden');
  });

  it('keeps control and bidirectional characters out of its messages', () => {
    const { message } = problemOf(params({ start: '1\u202E\u0000' + 'x'.repeat(500) }));
    assert.ok(!message.includes('\u0000') && !message.includes('\u202E'), message);
    assert.ok(message.length < 200);
  });
});

describe('calendar time', () => {
  for (const zone of ['America/New_York', 'Pacific/Kiritimati', 'UTC']) {
    it(`keeps the calendar date and time in ${zone}`, () => {
      const saved = process.env.TZ;
      process.env.TZ = zone;
      try {
        const local = new Date(2024, 1, 7).getTime();
        assert.equal(localToCalendar(local), Date.UTC(2024, 1, 7));
        assert.equal(calendarToLocal(Date.UTC(2024, 1, 7, 13, 30)), new Date(2024, 1, 7, 13, 30).getTime());
        const ancient = new Date(0);
        ancient.setFullYear(-44, 2, 15);
        ancient.setHours(0, 0, 0, 0);
        const calendar = new Date(0);
        calendar.setUTCFullYear(-44, 2, 15);
        assert.equal(localToCalendar(ancient.getTime()), calendar.getTime());
        assert.equal(calendarToLocal(calendar.getTime()), ancient.getTime());
      } finally {
        process.env.TZ = saved;
      }
    });
  }

  it('stays inside the dates JavaScript reaches', () => {
    assert.ok(Number.isFinite(localToCalendar(MAX_TIME)));
    assert.ok(Number.isFinite(calendarToLocal(-MAX_TIME)));
    assert.ok(Number.isFinite(localToCalendar(Number.NaN)));
  });
});

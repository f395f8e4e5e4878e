// The server's SQL answers are the in-memory TimeIndex's answers: for random events (days,
// months, years, spans up to years) and random windows, hidden types, margins and budgets, the
// same total, the same events listed and the same counts per bucket and type. In UTC, where a
// local time and a calendar time are the same number.
process.env.TZ = 'UTC';

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { prepareEvents } from '../../../src/model/prepared.js';
import { validateEvents } from '../../../src/model/validate.js';
import { EVENT_CATEGORIES, type ConflictEvent } from '../../../src/model/types.js';
import { TimeIndex } from '../../../src/timeline/lod/time-index.js';
import { DAY_MS, type WireWindowQuery } from '../../../src/timeline/lod/http-protocol.js';
import { EVENT_TYPES } from '../../../src/model/types.js';
import { loadedStore } from './helpers.js';
import { bucketRanges } from '../../../src/server/window-answer.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An EDTF date of 2010–2024 at a random precision. */
const dateArbitrary = fc
  .record({
    year: fc.integer({ min: 2010, max: 2024 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    precision: fc.constantFrom('day', 'day', 'day', 'day', 'month', 'year'),
  })
  .map(({ year, month, day, precision }) =>
    precision === 'year'
      ? pad(year, 4)
      : precision === 'month'
        ? `${year}-${pad(month)}`
        : `${year}-${pad(month)}-${pad(day)}`,
  );

const eventsArbitrary = fc.array(
  fc.record({
    start: dateArbitrary,
    end: fc.option(dateArbitrary, { nil: undefined, freq: 4 }),
    category: fc.constantFrom(...EVENT_CATEGORIES),
  }),
  { maxLength: 300 },
);

const queryArbitrary = fc
  .record({
    startDay: fc.integer({ min: 2008 * 365 - 1970 * 365, max: 2026 * 365 - 1970 * 365 }),
    width: fc.oneof(
      fc.integer({ min: 1, max: 60 * 24 }).map((minutes) => minutes * 60_000),
      fc.integer({ min: 1, max: 20 * 365 }).map((days) => days * DAY_MS),
    ),
    offset: fc.integer({ min: 0, max: DAY_MS - 1 }),
    maxItems: fc.integer({ min: 0, max: 120 }),
    resolution: fc.oneof(
      fc.integer({ min: 1, max: 3 * DAY_MS }),
      fc.integer({ min: 1, max: 800 }).map((d) => d * DAY_MS),
    ),
    hidden: fc.subarray([...EVENT_TYPES]),
    margin: fc.option(fc.integer({ min: 0, max: 400 * DAY_MS }), { nil: undefined }),
  })
  .map(({ startDay, width, offset, maxItems, resolution, hidden, margin }): WireWindowQuery => {
    const start = startDay * DAY_MS + offset;
    // An even width: the default margin (half of it) is then a whole number on both sides.
    const end = start + width + (width % 2);
    return { start, end, maxItems, resolution, hidden, ...(margin === undefined ? {} : { margin }) };
  });

/** Loads the events into a store and checks its answers to the queries against the TimeIndex's. */
async function expectIndexAnswers(folder: string, name: string, events: ConflictEvent[], queries: WireWindowQuery[]) {
  const path = join(folder, `${name}.json`);
  await writeFile(path, JSON.stringify(events));
  const { store } = await loadedStore([{ path }]);
  try {
    // The server loads what the validator keeps (an end before its start is left out): so does the index.
    const prepared = prepareEvents(validateEvents(events).events);
    const memory = TimeIndex.fromEvents(prepared);
    for (const query of queries) {
      const expected = memory.query({
        start: query.start,
        end: query.end,
        maxItems: query.maxItems,
        resolution: query.resolution,
        hiddenTypes: query.hidden,
        margin: query.margin,
      });
      const got = await store.answer(query, 10_000);
      const context = `${name}, query ${JSON.stringify(query)}`;
      assert.equal(got.total, expected.total, context);
      assert.deepEqual(
        got.events.map((event) => (event as ConflictEvent).id).sort(),
        [...expected.indices].map((i) => prepared[i]!.event.id).sort(),
        context,
      );
      assert.deepEqual(
        got.aggregates.map(({ type, start, end, count }) => `${type} ${start}–${end}: ${count}`).sort(),
        expected.aggregates.map(({ eventType, start, end, count }) => `${eventType} ${start}–${end}: ${count}`).sort(),
        context,
      );
    }
  } finally {
    store.close();
  }
}

describe('SQL window answers', () => {
  let folder: string;
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'ct-window-'));
  });
  after(() => rm(folder, { recursive: true, force: true }));

  it('equal the in-memory index’s', async () => {
    const samples = fc.sample(fc.tuple(eventsArbitrary, fc.array(queryArbitrary, { minLength: 8, maxLength: 8 })), {
      numRuns: 12,
      seed: 20240207,
    });
    for (const [index, [records, queries]] of samples.entries()) {
      const events: ConflictEvent[] = records.map((record, i) => ({
        id: `e${i}`,
        start: record.start,
        ...(record.end !== undefined && record.end > record.start ? { end: record.end } : {}),
        title: { en: `Event ${i}` },
        category: record.category,
      }));
      await expectIndexAnswers(folder, `dataset ${index}`, events, queries);
    }
  });

  it('list a span covering the window and leave it out of the counts and of the shares', async () => {
    const day = (d: number): ConflictEvent => ({
      id: `day-${d}`,
      start: `2015-03-${pad(d)}`,
      title: { en: `Day ${d}` },
      category: 'armed-clash',
    });
    const events: ConflictEvent[] = [
      { id: 'war', start: '2010', end: '2020', title: { en: 'A war' }, category: 'armed-clash' },
      ...[2, 3].map(day),
      ...[9, 9, 10, 10, 11, 11, 12, 12, 13, 13].map((d, i) => ({ ...day(d), id: `day-${d}-${i}` })),
    ];
    // Twelve items over six week-buckets (aligned to 1970, from 26 February): one for the war,
    // then a share of 11 ÷ 6 = 1 per bucket, so the first bucket's two days are counted, not
    // listed (with the war's item left in the share, 12 ÷ 6 = 2, they would be listed).
    const start = Date.UTC(2015, 2, 1);
    const query = { start, end: start + 35 * DAY_MS, margin: 0, maxItems: 12, resolution: 7 * DAY_MS, hidden: [] };
    await expectIndexAnswers(folder, 'covering span', events, [query]);
    const { store } = await loadedStore([{ path: join(folder, 'covering span.json') }]);
    try {
      const answer = await store.answer(query, 10_000);
      assert.deepEqual(
        answer.events.map((event) => (event as ConflictEvent).id),
        ['war'],
      );
      assert.equal(answer.total, 13);
    } finally {
      store.close();
    }
  });

  it('list the sparse buckets’ events, and only events that reach into the range', async () => {
    const day = (month: number, d: number, i = 0): ConflictEvent => ({
      id: `d-${month}-${d}-${i}`,
      start: `2015-${pad(month)}-${pad(d)}`,
      title: { en: `Day ${d}` },
      category: 'peaceful-protest',
    });
    const events = [
      ...Array.from({ length: 10 }, (_, i) => day(1, i + 1)),
      ...Array.from({ length: 40 }, (_, i) => day(2, 1, i)),
    ];
    // Weeks aligned to 1970 begin on Thursdays: the first bucket holds 1–7 January, but the
    // range starts on the 5th, so the 1st to the 4th are not in it.
    const start = Date.UTC(2015, 0, 5);
    const query = { start, end: Date.UTC(2015, 2, 5), margin: 0, maxItems: 40, resolution: 7 * DAY_MS, hidden: [] };
    await expectIndexAnswers(folder, 'sparse buckets', events, [query]);
  });
});

describe('bucketRanges', () => {
  it('groups consecutive buckets', () => {
    assert.deepEqual(bucketRanges([5, 1, 2, 3, 7, 8], 8), [
      [1, 3],
      [5, 5],
      [7, 8],
    ]);
  });

  it('merges the runs with the shortest gaps when there are too many', () => {
    assert.deepEqual(bucketRanges([0, 10, 11, 30, 31, 33], 2), [
      [0, 11],
      [30, 33],
    ]);
    assert.deepEqual(bucketRanges([0, 2, 100], 1), [[0, 100]]);
  });
});

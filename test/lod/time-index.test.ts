import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { prepareEvents } from '../../src/model/prepared.js';
import type { ConflictEvent } from '../../src/model/types.js';
import { TimeIndex, toWindowAnswer, MAX_BUCKETS } from '../../src/timeline/lod/time-index.js';
import { TimeIndexBuild } from '../../src/timeline/lod/time-index-build.js';
import { MemoryQueryProvider } from '../../src/timeline/lod/memory-provider.js';
import {
  isAggregateId,
  abortError,
  isAbortError,
  type WindowAnswer,
  type WindowQuery,
} from '../../src/timeline/lod/query.js';
import { DAY, answeredRange, eventsArbitrary, ids, overlapping, preparedEvent, queryArbitrary } from './helpers.js';
import type { PreparedEvent } from '../../src/model/prepared.js';

function answer(events: readonly PreparedEvent[], q: WindowQuery): WindowAnswer {
  return toWindowAnswer(TimeIndex.fromEvents(events).query(q), events);
}

/** Brute-force aggregate counts of the events not drawn: key `bucketStart:type`. */
function expectedCounts(hidden: readonly PreparedEvent[], lo: number, resolution: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of hidden) {
    const bucketStart = Math.floor(Math.max(e.startTime, lo) / resolution) * resolution;
    const key = `${bucketStart}:${e.eventType}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe('TimeIndex', () => {
  it('returns exactly the events a brute-force filter finds, in start order, when they fit', () => {
    fc.assert(
      fc.property(eventsArbitrary(), queryArbitrary, (events, q) => {
        const expected = overlapping(events, q);
        const got = answer(events, { ...q, maxItems: expected.length });
        expect(got.aggregates).to.deep.equal([]);
        expect(got.total).to.equal(expected.length);
        expect(ids(got.events)).to.deep.equal(ids(expected));
        const starts = got.events.map((e) => e.startTime);
        expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
        // Built from the same events in another order, the index finds the same ones.
        const reversed = [...events].reverse();
        expect(ids(answer(reversed, { ...q, maxItems: expected.length }).events)).to.deep.equal(ids(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('aggregates the rest: every event in the range is drawn or counted exactly once, in its bucket and type', () => {
    fc.assert(
      fc.property(eventsArbitrary(), queryArbitrary, (events, q) => {
        const expected = overlapping(events, q);
        const got = answer(events, q);
        const counted = got.aggregates.reduce((sum, aggregate) => sum + aggregate.count, 0);
        expect(got.total).to.equal(expected.length);
        expect(got.events.length + counted).to.equal(expected.length);
        expect(got.events.length).to.be.at.most(
          Math.max(q.maxItems, expected.length <= q.maxItems ? expected.length : 0),
        );
        const drawn = new Set(got.events.map((e) => e.event.id));
        expect(drawn.size).to.equal(got.events.length);
        for (const e of got.events) expect(expected).to.include(e);
        if (!got.aggregates.length) return;
        const resolution = (got.aggregates[0]?.end ?? 0) - (got.aggregates[0]?.start ?? 0);
        const { lo, hi } = answeredRange(q);
        expect(Math.ceil((hi - lo) / resolution)).to.be.at.most(MAX_BUCKETS + 1);
        const counts = new Map(got.aggregates.map((a) => [`${a.start}:${a.eventType}`, a.count]));
        expect(counts).to.deep.equal(
          expectedCounts(
            expected.filter((e) => !drawn.has(e.event.id)),
            lo,
            resolution,
          ),
        );
        for (const aggregate of got.aggregates) {
          expect(isAggregateId(aggregate.id)).to.equal(true);
          expect(aggregate.end - aggregate.start).to.equal(resolution);
          expect(q.hiddenTypes ?? []).not.to.include(aggregate.eventType);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds spans that cross the left edge, the right edge, or both', () => {
    const w0 = new Date(2020, 0, 1).getTime();
    const w1 = new Date(2020, 1, 1).getTime();
    const events = [
      preparedEvent('before', w0 - 20 * DAY, w0 - 10 * DAY),
      preparedEvent('left', w0 - 400 * DAY, w0 + DAY),
      preparedEvent('right', w1 - DAY, w1 + 400 * DAY),
      preparedEvent('both', w0 - 3000 * DAY, w1 + 3000 * DAY),
      preparedEvent('inside', w0 + 5 * DAY, w0 + 6 * DAY),
      preparedEvent('ends-at-start', w0 - 5 * DAY, w0),
      preparedEvent('starts-at-end', w1, w1 + DAY),
      preparedEvent('after', w1 + 10 * DAY, w1 + 11 * DAY),
    ].sort((a, b) => a.startTime - b.startTime);
    const got = answer(events, { start: w0, end: w1, margin: 0, maxItems: 100, resolution: DAY });
    expect(ids(got.events)).to.deep.equal(['both', 'inside', 'left', 'right']);
  });

  it('indexes events in any order and answers with positions in the original array', () => {
    const events = [
      preparedEvent('late', 300 * DAY, 301 * DAY),
      preparedEvent('early', 100 * DAY, 101 * DAY),
      preparedEvent('mid', 200 * DAY, 250 * DAY),
    ];
    const index = TimeIndex.fromEvents(events);
    expect([
      ...index.query({ start: 0, end: 400 * DAY, margin: 0, maxItems: 10, resolution: DAY }).indices,
    ]).to.deep.equal([1, 2, 0]);
  });

  it('gives the first start and the last end as its extent, the same however often its reader changes one', () => {
    const index = TimeIndex.fromEvents([
      preparedEvent('late', 300 * DAY, 301 * DAY),
      preparedEvent('long', 100 * DAY, 400 * DAY),
      preparedEvent('early', 50 * DAY, 51 * DAY),
    ]);
    const extent = index.extent!;
    expect(extent).to.deep.equal({ start: 50 * DAY, end: 400 * DAY });
    extent.start = 0;
    expect(index.extent).to.deep.equal({ start: 50 * DAY, end: 400 * DAY });
    expect(TimeIndex.fromEvents([]).extent).to.equal(null);
  });

  it('answers every query as the index built at once does when built in steps of any size, in any event order', () => {
    const shuffled = eventsArbitrary(200).chain((events) => fc.shuffledSubarray(events, { minLength: events.length }));
    fc.assert(
      fc.property(
        fc.oneof(eventsArbitrary(200), shuffled),
        fc.integer({ min: 1, max: 40 }),
        queryArbitrary,
        (events, count, q) => {
          const build = new TimeIndexBuild(events);
          while (!build.done) build.step(count);
          const { columns, parts } = build.result();
          expect(new TimeIndex(columns, parts).query(q)).to.deep.equal(TimeIndex.fromEvents(events).query(q));
        },
      ),
    );
  });

  it('leaves hidden types out of events, aggregates and the total', () => {
    const events = Array.from({ length: 50 }, (_, i) =>
      preparedEvent(`e${i}`, i * DAY, (i + 1) * DAY, i % 2 ? 'riots' : 'protests'),
    );
    const q = { start: 0, end: 50 * DAY, margin: 0, resolution: 10 * DAY, hiddenTypes: ['riots' as const] };
    const shown = answer(events, { ...q, maxItems: 100 });
    expect(shown.total).to.equal(25);
    expect(shown.events.every((e) => e.eventType === 'protests')).to.equal(true);
    const aggregated = answer(events, { ...q, maxItems: 4 });
    expect(aggregated.aggregates.map((a) => [a.eventType, a.count])).to.deep.equal([
      ['protests', 5],
      ['protests', 5],
      ['protests', 5],
      ['protests', 5],
      ['protests', 5],
    ]);
  });

  it('keeps a few spans that cover the whole window as events while it aggregates the rest', () => {
    const war = preparedEvent('war', -1000 * DAY, 1000 * DAY, 'battles');
    const days = Array.from({ length: 500 }, (_, i) =>
      preparedEvent(`d${i}`, i * DAY * 0.1, i * DAY * 0.1 + DAY, 'riots'),
    );
    const events = [war, ...days].sort((a, b) => a.startTime - b.startTime);
    const got = answer(events, { start: 0, end: 50 * DAY, margin: 0, maxItems: 100, resolution: 5 * DAY });
    expect(got.events.map((e) => e.event.id)).to.deep.equal(['war']);
    expect(got.aggregates.reduce((sum, a) => sum + a.count, 0)).to.equal(500);
  });

  it('shows sparse buckets one by one and aggregates only the dense ones', () => {
    const lone = preparedEvent('lone', 95 * DAY, 96 * DAY, 'battles');
    const crowd = Array.from({ length: 300 }, (_, i) =>
      preparedEvent(`c${i}`, (i % 10) * DAY, (i % 10) * DAY + DAY, 'riots'),
    );
    const events = [...crowd, lone].sort((a, b) => a.startTime - b.startTime);
    const got = answer(events, { start: 0, end: 100 * DAY, margin: 0, maxItems: 100, resolution: 10 * DAY });
    expect(got.events.map((e) => e.event.id)).to.deep.equal(['lone']);
    expect(got.aggregates).to.have.length(1);
    expect(got.aggregates[0]).to.include({ eventType: 'riots', count: 300, start: 0, end: 10 * DAY });
  });

  it('gives the same aggregate ids after a pan at the same resolution', () => {
    const events = Array.from({ length: 2000 }, (_, i) => preparedEvent(`e${i}`, i * DAY, (i + 1) * DAY));
    const q = { margin: 0, maxItems: 10, resolution: 30 * DAY };
    const first = answer(events, { ...q, start: 300 * DAY, end: 900 * DAY });
    const panned = answer(events, { ...q, start: 330 * DAY, end: 930 * DAY });
    const shared = first.aggregates.filter((a) => panned.aggregates.some((b) => b.id === a.id && b.count === a.count));
    expect(shared.length).to.be.at.least(first.aggregates.length - 2);
  });

  it('answers an empty index and an empty window with nothing', () => {
    expect(answer([], { start: 0, end: DAY, maxItems: 10, resolution: DAY })).to.deep.equal({
      events: [],
      aggregates: [],
      total: 0,
    });
    const events = [preparedEvent('a', 0, DAY)];
    expect(answer(events, { start: DAY, end: 0, margin: 0, maxItems: 10, resolution: DAY }).total).to.equal(0);
  });

  it('indexes what prepareEvents returns: month and year spans overlap the days they cover', () => {
    const raw: ConflictEvent[] = [
      { id: 'year', start: '2015', title: { en: 'y' }, category: 'agreement' },
      { id: 'month', start: '2015-06', title: { en: 'm' }, category: 'air-strike' },
      { id: 'day', start: '2015-06-30', title: { en: 'd' }, category: 'armed-clash' },
      { id: 'range', start: '2014-12-30', end: '2015-01-02', title: { en: 'r' } },
    ];
    const events = prepareEvents(raw);
    const june30 = new Date(2015, 5, 30).getTime();
    const got = answer(events, { start: june30, end: june30 + DAY, margin: 0, maxItems: 10, resolution: DAY });
    expect(ids(got.events)).to.deep.equal(['day', 'month', 'year']);
    const newYear = new Date(2015, 0, 1).getTime();
    expect(
      ids(answer(events, { start: newYear - 1, end: newYear, margin: 0, maxItems: 10, resolution: DAY }).events),
    ).to.deep.equal(['range']);
  });
});

describe('MemoryQueryProvider', () => {
  it('answers with the caller’s own event objects', async () => {
    const events = [preparedEvent('a', 0, DAY), preparedEvent('b', DAY, 2 * DAY)];
    const provider = new MemoryQueryProvider(events);
    expect(provider.size).to.equal(2);
    const got = await provider.query({ start: 0, end: 2 * DAY, maxItems: 10, resolution: DAY });
    expect(got.events[0]).to.equal(events[0]);
    expect(got.events[1]).to.equal(events[1]);
  });

  it('answers from the index it is handed, built ahead (as ingestEvents does), instead of building one', () => {
    const events = [preparedEvent('a', 0, DAY), preparedEvent('b', 10 * DAY, 11 * DAY)];
    const index = TimeIndex.fromEvents(events);
    let queried = 0;
    const query = index.query.bind(index);
    index.query = (q) => (queried++, query(q));
    const provider = new MemoryQueryProvider(events, index);
    const got = provider.answerNow({ start: 10 * DAY, end: 11 * DAY, maxItems: 10, resolution: DAY, margin: 0 });
    expect(ids(got.events)).to.deep.equal(['b']);
    expect(queried).to.equal(1);
    expect(() => new MemoryQueryProvider(events.slice(1), index)).to.throw(RangeError);
  });

  it('rejects with an AbortError when the signal has aborted', async () => {
    const provider = new MemoryQueryProvider([preparedEvent('a', 0, DAY)]);
    const controller = new AbortController();
    controller.abort();
    const error = await provider
      .query({ start: 0, end: DAY, maxItems: 1, resolution: DAY }, controller.signal)
      .catch((e: unknown) => e);
    expect(isAbortError(error)).to.equal(true);
    expect(isAbortError(abortError())).to.equal(true);
    expect(isAbortError(new Error('x'))).to.equal(false);
  });
});

describe('TimeIndex: dense windows counted from the start counts', () => {
  it('gives the same answer as reading every event, for any events and window', () => {
    fc.assert(
      fc.property(eventsArbitrary(300), queryArbitrary, (events, q) => {
        const index = TimeIndex.fromEvents(events);
        const byScan = index.queryByScan(q);
        expect(index.queryByCounts(q)).to.deep.equal(byScan);
        expect(index.query(q)).to.deep.equal(byScan);
      }),
      { numRuns: 300 },
    );
  });

  it('counts a window of many events on few days (as real data has them) the same way', () => {
    const days = Array.from({ length: 4000 }, (_, i) => {
      const day = new Date(2015, 0, 1 + (i % 90)).getTime();
      return preparedEvent(`e${i}`, day, day + (i % 7 === 0 ? 40 * DAY : DAY), i % 3 ? 'battles' : 'protests');
    });
    const events = prepareSorted(days);
    const index = TimeIndex.fromEvents(events);
    for (const [start, end, maxItems] of [
      [new Date(2014, 11, 1), new Date(2015, 4, 1), 75],
      [new Date(2015, 1, 10), new Date(2015, 1, 20), 50],
      [new Date(2015, 0, 1), new Date(2015, 0, 2), 5000],
    ] as const) {
      const q = { start: start.getTime(), end: end.getTime(), maxItems, resolution: 7 * DAY };
      expect(index.queryByCounts(q)).to.deep.equal(index.queryByScan(q));
    }
  });

  it('puts an event that starts exactly on a bucket’s edge in that bucket, and one on the range’s start in the first', () => {
    const week = 7 * DAY;
    const first = Math.ceil(new Date(2016, 0, 1).getTime() / week) * week;
    // Two events on each of 60 bucket edges, and a sparse tail of one a week after them.
    const events = prepareSorted(
      Array.from({ length: 160 }, (_, i) =>
        i < 120
          ? preparedEvent(`edge${i}`, first + (i >> 1) * week, first + (i >> 1) * week + DAY)
          : preparedEvent(`tail${i}`, first + (i - 60) * week, first + (i - 60) * week + DAY),
      ),
    );
    const index = TimeIndex.fromEvents(events);
    for (const startWeek of [0, 3, 40, 58]) {
      const q = {
        start: first + startWeek * week,
        end: first + (startWeek + 40) * week,
        margin: 0,
        maxItems: 40,
        resolution: week,
      };
      expect(index.queryByCounts(q), `from week ${startWeek}`).to.deep.equal(index.queryByScan(q));
    }
  });
});

/** Events in the order prepareEvents gives them (start, then end). */
function prepareSorted(events: PreparedEvent[]): PreparedEvent[] {
  return [...events].sort((a, b) => a.startTime - b.startTime || a.endTime - b.endTime);
}

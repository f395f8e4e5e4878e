import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ingestEvents, ingestEventsNow, needsSlicing, SLICE_ABOVE } from '../../src/model/ingest.js';
import { TimeIndex } from '../../src/timeline/lod/time-index.js';
import { FULL_EVENT, MINIMAL_EVENT, eventLike, variant } from './event-samples.js';

/** A few thousand candidates: valid events on many dates, and every kind of problem, mixed. */
function mixedInput(count: number): unknown[] {
  const dates = ['2014', '2015-03', '2016-07-14', '2019-02-29', '2019-13-01', '2020-01-01~', '2018-05-05?', 'soon'];
  const input: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const day = `${2014 + (i % 11)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    switch (i % 9) {
      case 0:
        input.push(variant(FULL_EVENT, { id: `full-${i}`, start: day, end: undefined }));
        break;
      case 1:
        input.push({ ...MINIMAL_EVENT, id: `minimal-${i}`, start: dates[i % dates.length] });
        break;
      case 2:
        input.push({ ...MINIMAL_EVENT, id: `dup-${i % 50}`, start: day }); // duplicates after the first 50
        break;
      case 3:
        input.push({ ...MINIMAL_EVENT, id: `unknown-${i}`, start: day, colour: 'red' }); // a warning
        break;
      case 4:
        input.push({ id: `untitled-${i}`, start: day }); // an error
        break;
      case 5:
        input.push(i % 2 ? null : `event ${i}`);
        break;
      case 6:
        input.push({ ...MINIMAL_EVENT, id: `range-${i}`, start: day, end: `${2014 + (i % 11) + 1}` });
        break;
      case 7:
        input.push({ ...MINIMAL_EVENT, id: `reversed-${i}`, start: '2020', end: '2019' });
        break;
      default:
        input.push({ ...MINIMAL_EVENT, id: `long-${i}`, start: day, title: { en: 'x'.repeat(10_001) } });
    }
  }
  return input;
}

/** The parts that matter, compared by value and order (ids tell events apart). */
function summary(result: ReturnType<typeof ingestEventsNow>): unknown {
  return {
    events: result.events.map((prepared) => [prepared.event, prepared.startTime, prepared.endTime, prepared.isSpan]),
    issues: result.issues,
    summary: result.summary.state,
  };
}

describe('ingestEvents', () => {
  it('gives the same events, issues and order in slices as at once, for a mixed input of thousands', async () => {
    const input = mixedInput(4000);
    const now = ingestEventsNow(input);
    // sliceMs 0: it yields after every step, so the work is cut into many slices.
    const sliced = await ingestEvents(input, { sliceMs: 0 });
    expect(now.events.length).to.be.above(1000);
    expect(now.issues.some((issue) => issue.severity === 'error')).to.equal(true);
    expect(now.issues.some((issue) => issue.severity === 'warning')).to.equal(true);
    expect(summary(sliced)).to.deep.equal(summary(now));
  });

  it('hands back the time index it built in slices, the same as one built at once', async () => {
    const input = mixedInput(3000);
    const sliced = await ingestEvents(input, { sliceMs: 0 });
    expect(sliced.index?.size).to.equal(sliced.events.length);
    const atOnce = TimeIndex.fromEvents(sliced.events);
    for (const [start, end, maxItems] of [
      [Date.UTC(2015, 0, 1), Date.UTC(2016, 0, 1), 40],
      [Date.UTC(2013, 0, 1), Date.UTC(2026, 0, 1), 20_000],
      [Date.UTC(2019, 4, 1), Date.UTC(2019, 4, 8), 5],
    ] as const) {
      const q = { start, end, maxItems, resolution: 30 * 86_400_000 };
      expect(sliced.index!.query(q), `${start}–${end}`).to.deep.equal(atOnce.query(q));
    }
    expect((await ingestEvents(input, { sliceMs: 0, index: false })).index).to.equal(undefined);
  });

  it('gives the same order in slices as at once for unsorted events sharing start and end times', async () => {
    const starts = ['2016-05-01', '2014', '2015-03', '2014-01-01', '2015-03-01'];
    const ends = [undefined, '2016-12', '2017', undefined, '2016-05-02'];
    const input = Array.from({ length: 3000 }, (_, i) => ({
      ...MINIMAL_EVENT,
      id: `tie-${i}`,
      start: starts[(i * 7) % starts.length],
      ...(ends[i % ends.length] ? { end: ends[i % ends.length] } : {}),
    }));
    const now = ingestEventsNow(input);
    expect(now.events.length).to.equal(input.length);
    expect(summary(await ingestEvents(input, { sliceMs: 0 }))).to.deep.equal(summary(now));
  });

  it('gives the same result for random inputs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(eventLike, { maxLength: 700 }), async (input) => {
        const sliced = await ingestEvents(input, { sliceMs: 0, index: false });
        expect(summary(sliced)).to.deep.equal(summary(ingestEventsNow(input)));
      }),
      { numRuns: 15 },
    );
  });

  it('keeps what was read from a hostile array and reports it, as the synchronous path does', async () => {
    const input = new Proxy(mixedInput(3000), {
      get(target, key, receiver) {
        if (key === '2600') throw new Error('no access');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const now = ingestEventsNow(input);
    expect(now.issues.at(-1)?.message).to.contain('could not be read');
    expect(summary(await ingestEvents(input, { sliceMs: 0 }))).to.deep.equal(summary(now));
  });

  it('stops with an AbortError when its signal aborts', async () => {
    const abort = new AbortController();
    const ingesting = ingestEvents(mixedInput(3000), { signal: abort.signal, sliceMs: 0 });
    abort.abort();
    const error = await ingesting.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('slices only inputs above the threshold', () => {
    expect(needsSlicing(mixedInput(SLICE_ABOVE))).to.equal(false);
    expect(needsSlicing(mixedInput(SLICE_ABOVE + 1))).to.equal(true);
    expect(needsSlicing({ length: 1e6 })).to.equal(false);
  });
});

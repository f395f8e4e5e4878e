import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { extentOf, focusEvents, widestGap, type TimeSpan } from '../../src/layout/focus-window.js';

const span = (start: number, end = start + 1): TimeSpan => ({ start, end });

describe('widestGap', () => {
  it('finds the first event after the widest quiet stretch', () => {
    expect(widestGap([span(0), span(2), span(10), span(11)])).to.equal(2);
  });

  it('measures a gap from the latest end so far: events inside a long span leave no gap', () => {
    // The span 0–100 covers 5 and 50; the only gap is 100 → 120.
    expect(widestGap([span(0, 100), span(5), span(50), span(120)])).to.equal(3);
    expect(widestGap([span(0, 100), span(5), span(50)])).to.equal(-1);
  });
});

describe('focusEvents', () => {
  it('keeps every event when they all fit', () => {
    const events = [span(0), span(50), span(100)];
    expect(focusEvents(events, () => true)).to.equal(events);
  });

  it('cuts at the widest gap and keeps the busier side, until what is left fits', () => {
    // Three old events far apart, then a dense run of five; only runs of at most five fit.
    const events = [span(0), span(1000), span(2000), span(5000), span(5001), span(5002), span(5003), span(5004)];
    const chosen = focusEvents(events, (run) => run.length <= 5);
    expect(chosen.map((event) => event.start)).to.deep.equal([5000, 5001, 5002, 5003, 5004]);
  });

  it('keeps the later side when both sides are as busy', () => {
    const events = [span(0), span(1), span(100), span(101)];
    expect(focusEvents(events, (run) => run.length <= 2).map((event) => event.start)).to.deep.equal([100, 101]);
  });

  it('stops when the events cannot be cut (they all overlap), fitting or not', () => {
    const events = [span(0, 10), span(1, 10), span(2, 10)];
    expect(focusEvents(events, () => false)).to.equal(events);
  });

  it('returns a run of consecutive events that fits, or that no gap can cut', () => {
    const spans = fc
      .array(fc.record({ start: fc.integer({ min: 0, max: 10_000 }), length: fc.integer({ min: 1, max: 500 }) }), {
        minLength: 1,
        maxLength: 40,
      })
      .map((items) => items.map(({ start, length }) => span(start, start + length)).sort((a, b) => a.start - b.start));
    fc.assert(
      fc.property(spans, fc.integer({ min: 1, max: 10 }), (events, capacity) => {
        const fits = (run: readonly TimeSpan[]) => run.length <= capacity;
        const chosen = focusEvents(events, fits);
        const first = events.indexOf(chosen[0]!);
        expect(chosen).to.deep.equal(events.slice(first, first + chosen.length));
        expect(fits(chosen) || widestGap(chosen) < 0).to.equal(true);
      }),
    );
  });
});

describe('extentOf', () => {
  it('spans the first start to the latest end', () => {
    expect(extentOf([span(0, 100), span(5, 6), span(50, 60)])).to.deep.equal({ start: 0, end: 100 });
    expect(extentOf([])).to.equal(null);
  });
});

import { expect } from '@open-wc/testing';
import { densityLayout, scaleValues, type BucketCount } from '../../src/layout/density-bars.js';
import type { EventType } from '../../src/model/types.js';

const DAY = 86_400_000;
const count = (day: number, eventType: EventType, n: number, days = 1): BucketCount => ({
  start: day * DAY,
  end: (day + days) * DAY,
  eventType,
  count: n,
});
/** Ten days across 1000 px, 200 px tall: a day is 100 px. */
const frame = { start: 0, end: 10 * DAY, width: 1000, height: 200, rtl: false, gapPx: 0 };

describe('scaleValues: round gridlines for a count scale', () => {
  it('steps by 1, 2 or 5 × 10ⁿ, at most four lines, the top one at or above the maximum', () => {
    expect(scaleValues(3)).to.deep.equal([1, 2, 3]);
    expect(scaleValues(7)).to.deep.equal([2, 4, 6, 8]);
    expect(scaleValues(1234)).to.deep.equal([500, 1000, 1500]);
    expect(scaleValues(40_000)).to.deep.equal([10_000, 20_000, 30_000, 40_000]);
  });

  it('never counts fractions of an event, and has a line without counts', () => {
    expect(scaleValues(1)).to.deep.equal([1]);
    expect(scaleValues(0)).to.deep.equal([1]);
  });
});

describe('densityLayout: a stacked bar per bucket on the time axis', () => {
  it('puts each bucket on the axis, left to right, its height in proportion to its total', () => {
    const { bars, scale } = densityLayout([count(2, 'battles', 40), count(5, 'riots', 20)], frame);
    expect(bars.map((bar) => [bar.x, bar.width, bar.total])).to.deep.equal([
      [200, 100, 40],
      [500, 100, 20],
    ]);
    // Scale 10…40: 40 events reach the top.
    expect(scale.map((line) => [line.value, line.y])).to.deep.equal([
      [10, 150],
      [20, 100],
      [30, 50],
      [40, 0],
    ]);
    expect(bars[0]?.segments[0]).to.include({ y: 0, height: 200 });
    expect(bars[1]?.segments[0]).to.include({ y: 100, height: 100 });
  });

  it('mirrors the axis right to left, as vis-timeline does in Arabic', () => {
    const { bars } = densityLayout([count(2, 'battles', 30)], { ...frame, rtl: true });
    // Days 2–3 are 200–300 px from the right edge.
    expect(bars[0]).to.include({ x: 700, width: 100 });
  });

  it('stacks a bucket’s types bottom up in the legend’s order, whatever the order given', () => {
    const counts = [count(1, 'riots', 10), count(1, 'battles', 20), count(1, 'protests', 10)];
    const [bar] = densityLayout(counts, frame).bars;
    expect(bar?.total).to.equal(40);
    expect(bar?.segments.map((segment) => segment.count.eventType)).to.deep.equal(['battles', 'protests', 'riots']);
    // Scale 10…40 over 200 px: 5 px an event, battles at the bottom.
    expect(bar?.segments.map((segment) => [segment.y, segment.height])).to.deep.equal([
      [100, 100],
      [50, 50],
      [0, 50],
    ]);
  });

  it('follows the window: a pan moves the bars, leaves out those outside, keeps the scale', () => {
    const counts = [count(1, 'battles', 40), count(8, 'battles', 10)];
    const panned = densityLayout(counts, { ...frame, start: 5 * DAY, end: 15 * DAY });
    expect(panned.bars.map((bar) => bar.x)).to.deep.equal([300]);
    // The scale fits every count given (the answer's margin too), not only those in view.
    expect(panned.scale.at(-1)?.value).to.equal(40);
    const partly = densityLayout(counts, { ...frame, start: 8.5 * DAY, end: 18.5 * DAY });
    expect(partly.bars[0]).to.include({ x: -50, width: 100 });
  });

  it('leaves a gap between neighbouring bars, but not one wider than a thin bar', () => {
    const counts = [count(1, 'battles', 5), count(2, 'battles', 5)];
    const bars = densityLayout(counts, { ...frame, gapPx: 2 }).bars;
    expect(bars.map((bar) => [bar.x, bar.width])).to.deep.equal([
      [102, 96],
      [202, 96],
    ]);
    const thin = densityLayout([count(1, 'battles', 5)], { ...frame, end: 1000 * DAY, gapPx: 2 }).bars[0];
    expect(thin?.width).to.be.at.least(1);
  });

  it('keeps a pixel for a small count beside a large one, and ignores empty counts', () => {
    const { bars } = densityLayout([count(1, 'battles', 10_000), count(1, 'riots', 1), count(3, 'riots', 0)], frame);
    expect(bars).to.have.length(1);
    expect(bars[0]?.segments[1]?.height).to.equal(1);
  });
});

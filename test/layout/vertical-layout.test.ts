import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  localScale,
  roundedGap,
  verticalLayout,
  type VerticalEvent,
  type VerticalScale,
} from '../../src/layout/vertical-layout.js';

const DAY = 24 * 60 * 60 * 1000;
const day = (year: number, month: number, date: number): VerticalEvent => {
  const start = new Date(year, month - 1, date).getTime();
  return { start, end: new Date(year, month - 1, date + 1).getTime(), isSpan: false };
};
const month = (year: number, monthNumber: number): VerticalEvent => ({
  start: new Date(year, monthNumber - 1, 1).getTime(),
  end: new Date(year, monthNumber, 1).getTime(),
  isSpan: true,
});
const SCALE: VerticalScale = { pxPerDay: 2, maxGap: 28, minBar: 14, maxBar: 72 };

describe('verticalLayout', () => {
  it('gives each gap room in proportion to its time, and breaks a gap too long to draw', () => {
    const rows = verticalLayout([day(2024, 2, 1), day(2024, 2, 3), day(2024, 2, 10), day(2024, 6, 1)], SCALE);
    expect(rows.map((row) => row.gap)).to.deep.equal([0, 4, 14, 0]);
    expect(rows.map((row) => row.breakMs)).to.deep.equal([
      undefined,
      undefined,
      undefined,
      new Date(2024, 5, 1).getTime() - new Date(2024, 1, 10).getTime(),
    ]);
  });

  it('labels the year on the first row and on the first row of each new year (local time)', () => {
    const rows = verticalLayout([day(2023, 12, 31), day(2024, 1, 1), day(2024, 3, 1), day(2026, 1, 1)], SCALE);
    expect(rows.map((row) => row.year)).to.deep.equal([2023, 2024, undefined, 2026]);
  });

  it('draws a day as a dot and a span as a bar as long as its time, within the limits', () => {
    const year: VerticalEvent = {
      start: new Date(2021, 0, 1).getTime(),
      end: new Date(2022, 0, 1).getTime(),
      isSpan: true,
    };
    const [dot, monthBar, yearBar] = verticalLayout([day(2020, 1, 1), month(2020, 2), year], SCALE);
    expect(dot!.marker).to.deep.equal({ kind: 'dot' });
    expect(monthBar!.marker).to.deep.equal({ kind: 'bar', length: 58, cut: false });
    expect(yearBar!.marker).to.deep.equal({ kind: 'bar', length: 72, cut: true });
    const short = verticalLayout([{ ...day(2020, 1, 1), isSpan: true }], SCALE)[0]!;
    expect(short.marker).to.deep.equal({ kind: 'bar', length: 14, cut: false });
  });

  it('keeps its invariants for any events in time order', () => {
    const events = fc
      .array(
        fc.record({
          start: fc.integer({ min: 0, max: 3650 }),
          days: fc.integer({ min: 1, max: 1000 }),
          isSpan: fc.boolean(),
        }),
        { minLength: 1, maxLength: 40 },
      )
      .map((items) =>
        items
          .map(({ start, days, isSpan }) => {
            const from = new Date(2000, 0, 1 + start).getTime();
            return { start: from, end: from + (isSpan ? days : 1) * DAY, isSpan };
          })
          .sort((a, b) => a.start - b.start),
      );
    fc.assert(
      fc.property(events, (input) => {
        const scale = localScale(input);
        const rows = verticalLayout(input, scale);
        expect(rows.map((row) => row.index)).to.deep.equal(input.map((_, index) => index));
        rows.forEach((row, index) => {
          const since = index === 0 ? 0 : input[index]!.start - input[index - 1]!.start;
          // A gap is its time at the scale, never more than the cap; beyond the cap, a break.
          if (row.breakMs === undefined) expect(row.gap).to.be.closeTo((since / DAY) * scale.pxPerDay, 1e-9);
          else expect(row.breakMs).to.equal(since);
          expect(row.gap).to.be.at.most(scale.maxGap);
          expect(row.breakMs === undefined).to.equal((since / DAY) * scale.pxPerDay <= scale.maxGap);
          expect(row.marker.kind).to.equal(input[index]!.isSpan ? 'bar' : 'dot');
          if (row.marker.kind === 'bar') {
            expect(row.marker.length).to.be.within(scale.minBar, scale.maxBar);
          }
        });
        // The longer of two spans never gets the shorter bar.
        const bars = rows.flatMap((row) =>
          row.marker.kind === 'bar'
            ? [{ time: input[row.index]!.end - input[row.index]!.start, length: row.marker.length }]
            : [],
        );
        for (const a of bars) for (const b of bars) if (a.time > b.time) expect(a.length).to.be.at.least(b.length);
      }),
    );
  });
});

describe('localScale', () => {
  it('gives the median gap a small visible room: a daily run reads at a few px a day', () => {
    const daily = [day(2024, 2, 1), day(2024, 2, 3), day(2024, 2, 5), day(2024, 2, 7)];
    expect(localScale(daily).pxPerDay).to.equal(4);
    const monthly = [month(2024, 1), month(2024, 2), month(2024, 3), month(2024, 4)];
    expect(localScale(monthly).pxPerDay).to.be.closeTo(8 / 31, 0.02);
  });

  it('makes a gap of a year or more a break, whatever the data', () => {
    const yearly = [day(2000, 1, 1), day(2010, 1, 1), day(2020, 1, 1)];
    const scale = localScale(yearly);
    expect((366 * scale.pxPerDay) / scale.maxGap).to.be.above(1);
  });
});

describe('roundedGap', () => {
  it('rounds a break to days, months or years as a reader would', () => {
    expect(roundedGap(10 * DAY)).to.deep.equal({ unit: 'day', count: 10 });
    expect(roundedGap(75 * DAY)).to.deep.equal({ unit: 'month', count: 2 });
    expect(roundedGap(320 * DAY)).to.deep.equal({ unit: 'month', count: 11 });
    expect(roundedGap(360 * DAY)).to.deep.equal({ unit: 'year', count: 1 });
    expect(roundedGap(700 * DAY)).to.deep.equal({ unit: 'year', count: 2 });
    expect(roundedGap(800 * DAY)).to.deep.equal({ unit: 'year', count: 2 });
    expect(roundedGap(0.2 * DAY)).to.deep.equal({ unit: 'day', count: 1 });
  });
});

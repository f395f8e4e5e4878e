import { expect } from '@open-wc/testing';
import { layoutOverview, MIN_MARK, type OverviewEvent } from '../../src/layout/overview-layout.js';

const YEAR = 1000;
const event = (key: string, start: number, end = start + 1): OverviewEvent => ({ key, start, end });

/** A 10-"year" axis 1000 px long: 100 px a year. Titles 150 × 30, group summaries 60 × 20, 110 px of room. */
function layout(events: OverviewEvent[], focus: { start: number; end: number } | null = null, labelRoom = 110) {
  return layoutOverview({
    events,
    span: { start: 0, end: 10 * YEAR },
    focus,
    width: 1000,
    labelRoom,
    labelSize: () => ({ width: 150, height: 30 }),
    groupSize: () => ({ width: 60, height: 20 }),
    gap: 0,
  });
}

describe('layoutOverview', () => {
  it('marks every event where it is on the axis, a single day at least MIN_MARK wide', () => {
    const { marks } = layout([event('a', 0, 2 * YEAR), event('b', 5 * YEAR)]);
    expect(marks.map((mark) => [mark.event.key, mark.start, mark.end])).to.deep.equal([
      ['a', 0, 200],
      ['b', 500, 500 + MIN_MARK],
    ]);
  });

  it('titles the events outside the detailed view, and marks its window with the brush', () => {
    const events = [event('old', 1 * YEAR), event('new1', 9 * YEAR), event('new2', 9.5 * YEAR)];
    const result = layout(events, { start: 8.5 * YEAR, end: 10 * YEAR });
    expect([...result.labels.keys()]).to.deep.equal(['old']);
    expect(result.brush).to.deep.equal({ start: 850, end: 1000 });
    expect(result.marks).to.have.length(3);
  });

  it('gathers the titles that find no room into a group that says what it holds', () => {
    // Five events at the same place, room for three titles (30 px each in 110 px): the others
    // form a group, whose summary (20 px) fits in the room left above them.
    const crowded = [0, 1, 2, 3, 4].map((i) => event(`e${i}`, 2 * YEAR + i));
    const result = layout(crowded);
    expect([...result.labels.keys()]).to.deep.equal(['e0', 'e1', 'e2']);
    expect(result.groups).to.have.length(1);
    expect(result.groups[0]!.events.map((e) => e.key)).to.deep.equal(['e3', 'e4']);
    expect(result.groups[0]!.span).to.deep.equal({ start: 2 * YEAR + 3, end: 2 * YEAR + 5 });
    expect(result.untitled).to.deep.equal([]);
  });

  it('leaves untitled (marked only) what not even a group has room for', () => {
    const crowded = [0, 1, 2, 3, 4].map((i) => event(`e${i}`, 2 * YEAR + i));
    const result = layout(crowded, null, 30);
    expect([...result.labels.keys()]).to.deep.equal(['e0']);
    // The group summary (20 px) does not fit over the same stretch either.
    expect(result.groups).to.deep.equal([]);
    expect(result.untitled.map((e) => e.key)).to.deep.equal(['e1', 'e2', 'e3', 'e4']);
  });

  it('starts a new group where the crowd ends', () => {
    const crowds = [
      ...[0, 1, 2, 3].map((i) => event(`a${i}`, 1 * YEAR + i)),
      ...[0, 1, 2, 3].map((i) => event(`b${i}`, 7 * YEAR + i)),
    ];
    const result = layout(crowds);
    expect(result.groups.map((group) => group.events.map((e) => e.key))).to.deep.equal([['a3'], ['b3']]);
  });
});

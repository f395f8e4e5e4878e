import { expect } from '@open-wc/testing';
import { cardsFit, detailFocus, type FocusInput } from '../../src/layout/detail-focus.js';
import { paddedWindow } from '../../src/layout/padded-window.js';

const DAY = 24 * 3600 * 1000;
type Event = { start: number; end: number; lane?: string };
const day = (n: number, lane?: string): Event => ({ start: n * DAY, end: n * DAY, lane });

/** Cards 200 px wide, 40 px high; spans titled when 50 px or wider. */
function input(events: Event[], height = 200): FocusInput<Event> {
  return {
    events,
    width: 1000,
    height,
    labelRoomPx: 100,
    gap: 4,
    cardSize: (event, spanPx) =>
      event.end > event.start && spanPx < 50
        ? { width: 0, height: 10, titled: false }
        : { width: 200, height: 40, titled: true },
    lane: (event) => event.lane ?? '',
    minLaneHeight: 30,
  };
}

describe('paddedWindow', () => {
  it('keeps the events in at least half the width, with a card’s room after them', () => {
    const window = paddedWindow({ start: 0, end: 100 * DAY }, 1000, 100);
    const scale = 1000 / (window.end - window.start);
    expect(100 * DAY * scale).to.be.at.least(500);
    expect((window.end - 100 * DAY) * scale).to.be.at.least(100);
    expect(window.start).to.be.below(0);
  });
});

describe('detailFocus', () => {
  it('shows everything when every card fits', () => {
    const events = [day(0), day(100), day(200)];
    expect(detailFocus(input(events))?.all).to.equal(true);
  });

  it('opens on the denser run when a cluster’s cards would not stack in the height', () => {
    // Four cards on consecutive days overlap and need four rows (172 px and the margins) at the whole span’s
    // scale: too high for 170 px.
    const cluster = [3650, 3651, 3652, 3653].map((n) => day(n));
    const events = [day(0), ...cluster];
    const focus = detailFocus(input(events, 170))!;
    expect(focus.all).to.equal(false);
    expect(focus.window.start).to.be.above(day(0).start);
    expect(focus.window.end).to.be.above(day(3653).start);
  });

  it('counts a span too narrow for its title as not fitting', () => {
    const narrowSpan = { start: 0, end: DAY };
    const far = day(3650);
    expect(cardsFit([narrowSpan, far], [narrowSpan, far], input([narrowSpan, far]))).to.equal(false);
    expect(cardsFit([narrowSpan], [narrowSpan, far], input([narrowSpan, far]))).to.equal(true);
  });

  it('stacks each lane on its own and adds the lanes’ heights', () => {
    const together = [day(0, 'a'), day(1, 'a'), day(2, 'a')];
    const apart = [day(0, 'a'), day(1, 'b'), day(2, 'c')];
    // Three overlapping cards: three rows (132 px) in one lane; one row each in three (3 × 48).
    expect(cardsFit(together, together, input(together, 140))).to.equal(true);
    expect(cardsFit(apart, apart, input(apart, 140))).to.equal(false);
    expect(cardsFit(apart, apart, input(apart, 150))).to.equal(true);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { VisTimelineAdapter, type AdapterOptions } from '../../src/timeline/vis-adapter.js';
import type { TimelineItem } from '../../src/timeline/timeline-items.js';
import { visTimelineStyles } from '../../src/generated/vis-timeline.styles.js';
import { axisLabelFormatter } from '../../src/i18n/format-date.js';
import { nextFrames } from '../element/helpers.js';
import { Timeline } from 'vis-timeline/esnext/esm/vis-timeline-graph2d.js';

const OPTIONS: AdapterOptions = {
  rtl: false,
  minorLabel: axisLabelFormatter('en', 'minor'),
  majorLabel: axisLabelFormatter('en', 'major'),
  reducedMotion: true,
  maxHeight: 400,
};
const WINDOW = { start: new Date(Date.UTC(2024, 0, 1)), end: new Date(Date.UTC(2024, 2, 1)) };

function item(id: string, day: number, end?: number): TimelineItem {
  return {
    id,
    domId: `ct-item-${id}`,
    start: new Date(Date.UTC(2024, 0, day)),
    ...(end === undefined ? {} : { end: new Date(Date.UTC(2024, 0, end)) }),
    type: end === undefined ? 'box' : 'range',
    label: `Event ${id}, with a title long enough to wrap onto a second line in a card`,
    labelLang: 'en',
    dateLabel: end === undefined ? `${day} January 2024` : '',
    ariaLabel: `Event ${id}`,
    className: 'ct-item',
    eventType: 'strategic-developments',
  };
}

/** An adapter in a shadow root (vis-timeline's styles adopted, as in the element), counting its draws. */
async function adapterWith(items: readonly TimelineItem[]) {
  const host = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [visTimelineStyles.styleSheet!];
  const box = document.createElement('div');
  root.append(box);
  let draws = 0;
  const adapter = new VisTimelineAdapter(
    box,
    items,
    OPTIONS,
    { onSelect: () => {}, onRangeChange: () => {}, onRangeChanged: () => {}, onRendered: () => draws++ },
    WINDOW,
  );
  await nextFrames(3);
  return { adapter, box, draws: () => draws };
}

/** Counts vis-timeline's full draws (its Core's `_redraw`, each instance binds at creation) while `run` runs. */
async function countingDraws<T>(run: () => Promise<T>): Promise<{ result: T; draws: number }> {
  const core = Object.getPrototypeOf(Timeline.prototype) as { _redraw(this: unknown): void };
  const redraw = core._redraw;
  let draws = 0;
  core._redraw = function (this: unknown) {
    draws++;
    redraw.call(this);
  };
  try {
    return { result: await run(), draws };
  } finally {
    core._redraw = redraw;
  }
}

describe('VisTimelineAdapter', () => {
  it('first draws the window it is given, with its items: no fit to them before, only the spans measured again after', async () => {
    const items = [item('a', 5), item('b', 9), item('c', 12, 20), item('d', 15), item('e', 22)];
    const { result, draws } = await countingDraws(() => adapterWith(items));
    const { start, end } = result.adapter.getWindow();
    expect([start.getTime(), end.getTime()]).to.deep.equal([WINDOW.start.getTime(), WINDOW.end.getTime()]);
    expect(result.box.querySelectorAll('.vis-item-content')).to.have.length(items.length);
    // The first draw and the passes it takes to settle, then the spans' second measure and its
    // pass. vis-timeline's fit to the items (created with them) adds a draw of its own and a
    // measure of every item; measuring every item again adds more.
    expect(draws, 'full draws from creation until settled').to.be.at.most(5);
  });

  it('setItems says whether anything changed: equal items are left alone, and vis-timeline draws nothing for them', async () => {
    const items = [item('a', 5), item('b', 9), item('c', 12, 20)];
    const { adapter, draws } = await adapterWith(items);
    const before = draws();
    expect(adapter.setItems(items.map((entry) => ({ ...entry }))), 'the same items, new objects').to.equal(false);
    await nextFrames(3);
    expect(draws(), 'no draw for nothing changed').to.equal(before);
    expect(adapter.setItems([...items, item('d', 15)]), 'one added').to.equal(true);
    expect(adapter.setItems([item('a', 5)]), 'some removed').to.equal(true);
    adapter.destroy();
  });

  it('grows with its stack but does not shrink back once the window moves; new data may be short again', async () => {
    const crowded = Array.from({ length: 10 }, (_, index) => item(`x${index}`, 10 + (index % 3)));
    const { adapter, box } = await adapterWith(crowded);
    const height = () => box.querySelector<HTMLElement>('.vis-timeline')!.offsetHeight;
    const grown = height();
    expect(grown, 'a stack of ten cards').to.be.greaterThan(250);
    adapter.setWindow(new Date(Date.UTC(2024, 1, 1)), new Date(Date.UTC(2024, 1, 10)), { animate: false });
    await nextFrames(3);
    expect(height(), 'an empty window, the same height').to.be.closeTo(grown, 1);
    adapter.resetHeight();
    adapter.setItems([item('a', 5)]);
    await nextFrames(3);
    expect(height(), 'new data: as short as its items').to.be.lessThan(grown - 50);
    adapter.destroy();
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { VisTimelineAdapter, type AdapterOptions } from '../../src/timeline/vis-adapter.js';
import type { TimelineItem } from '../../src/timeline/timeline-items.js';
import { visTimelineStyles } from '../../src/generated/vis-timeline.styles.js';
import { axisLabelFormatter } from '../../src/i18n/format-date.js';
import { nextFrames } from '../element/helpers.js';

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

describe('VisTimelineAdapter', () => {
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

import { expect, fixture, html } from '@open-wc/testing';
import { TimelineView, type TimelineViewOptions } from '../../src/timeline/timeline-view.js';
import { axisLabelFormatter } from '../../src/i18n/format-date.js';
import { preparedEvent, DAY } from './helpers.js';

const options: TimelineViewOptions = {
  adapter: {
    rtl: false,
    minorLabel: axisLabelFormatter('en', 'minor'),
    majorLabel: axisLabelFormatter('en', 'major'),
    reducedMotion: true,
    maxHeight: 400,
  },
  items: {
    lang: 'en',
    groupBy: 'none',
    formatDate: () => 'a date',
    aggregateText: { label: (a) => String(a.count), ariaLabel: (a) => `${a.count} events` },
  },
  hiddenTypes: new Set(),
};

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Two events a year apart; the view starts on the first one's month. */
async function view(): Promise<{ view: TimelineView; rendered: number[] }> {
  const container = await fixture<HTMLElement>(html`<div style="width: 800px"></div>`);
  const jan = new Date(2019, 0, 10).getTime();
  const nextJan = new Date(2020, 0, 10).getTime();
  const events = [preparedEvent('first', jan, jan + DAY), preparedEvent('second', nextJan, nextJan + DAY)];
  const rendered: number[] = [];
  const timelineView = new TimelineView(
    container,
    events,
    undefined,
    options,
    { start: new Date(2019, 0, 1), end: new Date(2019, 1, 1) },
    {
      onSelect: () => {},
      onRangeChanged: () => {},
      onRendered: (count) => rendered.push(count),
      onQueryError: (error) => {
        throw error;
      },
    },
  );
  return { view: timelineView, rendered };
}

describe('TimelineView', () => {
  it('answers a window set by code before the next frame, so one redraw shows its items', async () => {
    const { view: timelineView } = await view();
    await frame();
    expect(timelineView.answeredEvent('second')).to.equal(undefined);
    timelineView.setWindow(new Date(2020, 0, 1), new Date(2020, 1, 1), false);
    expect(timelineView.answeredEvent('second')?.event.id).to.equal('second');
    timelineView.destroy();
  });
});

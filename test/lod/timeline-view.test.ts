import { expect, fixture, html } from '@open-wc/testing';
import { TimelineView, type TimelineViewOptions } from '../../src/timeline/timeline-view.js';
import { axisLabelFormatter } from '../../src/i18n/format-date.js';
import { preparedEvent, DAY } from './helpers.js';
import type { EventQueryProvider, WindowAnswer, WindowQuery } from '../../src/timeline/lod/query.js';

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

  it('asks a provider that answers later for a window set by code before vis-timeline redraws for it', async () => {
    const container = await fixture<HTMLElement>(html`<div style="width: 800px"></div>`);
    const drawing: { view?: TimelineView } = {};
    /** The query's window, and the drawing's window when it was asked. */
    const asked: { query: number; drawing: number | undefined }[] = [];
    const provider: EventQueryProvider = {
      size: 0,
      query(query: WindowQuery): Promise<WindowAnswer> {
        asked.push({ query: query.start, drawing: drawing.view?.getWindow().start.getTime() });
        return new Promise(() => {});
      },
    };
    const timelineView = new TimelineView(
      container,
      [],
      provider,
      options,
      {
        start: new Date(2019, 0, 1),
        end: new Date(2019, 1, 1),
      },
      {
        onSelect: () => {},
        onRangeChanged: () => {},
        onRendered: () => {},
        onQueryError: (error) => {
          throw error;
        },
      },
    );
    drawing.view = timelineView;
    await frame();
    await frame();
    asked.length = 0;
    const next = new Date(2020, 0, 1);
    timelineView.setWindow(next, new Date(2020, 1, 1), false);
    expect(asked.length).to.equal(1);
    expect(asked[0]!.query).to.equal(next.getTime());
    // Asked while the drawing still showed the old window: before vis-timeline's redraw for the new one.
    expect(asked[0]!.drawing).to.equal(new Date(2019, 0, 1).getTime());
    timelineView.destroy();
  });
});

import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type * as VisTimeline from 'vis-timeline/esnext/esm/vis-timeline-graph2d.js';
import type * as VisData from 'vis-data/esnext/esm/vis-data.js';
import type * as Adapter from '../../src/timeline/vis-adapter.js';
import type { TimelineItem } from '../../src/timeline/timeline-items.js';
import type { AxisLabelFormatter } from '../../src/i18n/format-date.js';
import { made, missing } from './strict-moment.js';
import { visTimelineStyles } from '../../src/generated/vis-timeline.styles.js';

// vis-timeline run as the bundle links it: `moment` is the stand-in (behind the Proxy of
// strict-moment.ts, which fails on any member the stand-in lacks) and `xss` its substitute, for
// every importer, vis-timeline's own module-level uses included. It is driven through what the
// element does (creation, zoom from an hour to a millennium, mouse pan and wheel, selection, new
// items, lanes, right to left) and through the options the stand-in claims to cover beyond that
// (current time, custom time, week numbers, hidden dates, string dates, drag tooltips).

/** A module as the bundle links it (test/plugins/bundle-substitutes.js reads the query). */
const asBundled = <T>(path: string): Promise<T> =>
  import(new URL(`${path}?bundle-substitutes`, location.origin).href) as Promise<T>;

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const at = (y: number, m: number, d = 1, h = 0): Date => new Date(y, m, d, h);

/** From an hour to a millennium, around 4 July 2024 noon. */
const ZOOM_LADDER: [number, number][] = [
  HOUR,
  6 * HOUR,
  DAY,
  7 * DAY,
  31 * DAY,
  365 * DAY,
  3650 * DAY,
  36500 * DAY,
  365000 * DAY,
].map((span) => [at(2024, 6, 4, 12).getTime() - span / 2, at(2024, 6, 4, 12).getTime() + span / 2]);

const frames = async (count = 2): Promise<void> => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

function item(id: string, start: Date, end?: Date, group?: string): TimelineItem {
  return {
    id,
    domId: `ct-item-${id}`,
    start,
    ...(end ? { end } : {}),
    type: end ? 'range' : 'box',
    label: `Event ${id}`,
    labelLang: 'en',
    dateLabel: '1 January 2024',
    ariaLabel: `Event ${id}`,
    className: 'ct-item',
    eventType: 'battles',
    ...(group ? { group } : {}),
  };
}

/** Events from minutes to centuries apart, points and spans. */
const ITEMS: TimelineItem[] = [
  item('a', at(2024, 6, 4, 11)),
  item('b', at(2024, 6, 4, 12), at(2024, 6, 4, 15)),
  item('c', at(2024, 6, 6), at(2024, 6, 20)),
  item('d', at(2024, 1, 29)),
  item('e', at(2023, 11, 31, 23), at(2024, 0, 2)),
  item('f', at(2021, 2, 14, 1)),
  item('g', at(2014, 5, 1), at(2016, 0, 1)),
  item('h', at(1950, 0, 1)),
  item('i', at(2100, 11, 31)),
];

// vis-timeline hands the axis formatters its moments (here the stand-in's), as the element's do.
const label: AxisLabelFormatter = (date) =>
  (typeof date === 'number' ? new Date(date) : date instanceof Date ? date : date.toDate()).toISOString();

async function centerOf(element: Element): Promise<[number, number]> {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  await frames();
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

/** A mouse drag by `dx` px from the middle of `element`, in steps as a hand moves. */
async function drag(element: Element, dx: number): Promise<void> {
  const [x, y] = await centerOf(element);
  await sendMouse({ type: 'move', position: [x, y] });
  await sendMouse({ type: 'down' });
  for (let step = 1; step <= 5; step++) {
    await sendMouse({ type: 'move', position: [x + Math.round((dx * step) / 5), y] });
    await frames(1);
  }
  await sendMouse({ type: 'up' });
  await frames();
}

function wheel(element: Element, deltaY: number): void {
  const box = element.getBoundingClientRect();
  const init = { deltaY, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, bubbles: true };
  element.dispatchEvent(new WheelEvent('wheel', { ...init, cancelable: true }));
}

describe('vis-timeline with the moment stand-in (as bundled), behind a Proxy that fails on anything it lacks', () => {
  let sheets: CSSStyleSheet[] = [];
  const containers: HTMLElement[] = [];

  before(() => {
    sheets = document.adoptedStyleSheets;
    document.adoptedStyleSheets = [...sheets, visTimelineStyles.styleSheet!];
  });

  afterEach(async () => {
    await resetMouse();
    for (const container of containers.splice(0)) container.remove();
  });

  after(() => {
    document.adoptedStyleSheets = sheets;
  });

  function container(): HTMLElement {
    const element = document.createElement('div');
    element.style.cssText = 'width: 900px; font: 14px sans-serif';
    document.body.append(element);
    containers.push(element);
    return element;
  }

  /** No member missing, and vis-timeline really used the stand-in (it prefers a page's `window.moment`). */
  function expectNothingMissing(before: number): void {
    expect(missing, `members of moment vis-timeline read and the stand-in lacks: ${missing.join(', ')}`).to.deep.equal(
      [],
    );
    expect(made.count, 'moments made through the stand-in').to.be.greaterThan(before);
    expect('moment' in window, 'a global moment vis-timeline would prefer').to.be.false;
  }

  for (const rtl of [false, true]) {
    it(`runs the element's adapter ${rtl ? 'right to left' : 'left to right'}, with lanes: create, zoom, pan, wheel, select, new items`, async () => {
      const { VisTimelineAdapter } = await asBundled<typeof Adapter>('/src/timeline/vis-adapter.ts');
      const before = made.count;
      const selected: (string | null)[] = [];
      const moves: boolean[] = [];
      const host = container();
      const groups = [
        { id: 'one', label: 'One' },
        { id: 'two', label: 'Two' },
      ];
      const options = { rtl, minorLabel: label, majorLabel: label, reducedMotion: true, maxHeight: 400 };
      const adapter = new VisTimelineAdapter(
        host,
        ITEMS.map((entry, i) => ({ ...entry, group: groups[i % 2]!.id })),
        { ...options, groups },
        {
          onSelect: (id) => selected.push(id),
          onRangeChange: (_start, _end, byUser) => moves.push(byUser),
          onRangeChanged: () => {},
          onRendered: () => {},
        },
        { start: at(2024, 0, 1), end: at(2025, 0, 1) },
      );
      try {
        await frames(3);
        expect(host.querySelectorAll('.vis-item-content').length, 'items drawn').to.be.greaterThan(2);
        for (const [start, end] of ZOOM_LADDER) {
          adapter.setWindow(new Date(start), new Date(end), { animate: false });
          await frames();
          expect(
            host.querySelectorAll('.vis-time-axis .vis-text').length,
            `axis at ${end - start} ms`,
          ).to.be.greaterThan(0);
        }
        adapter.setWindow(at(2024, 6, 1), at(2024, 6, 8), { animate: false });
        adapter.zoom(0.25);
        adapter.zoom(8);
        await frames();
        const center = host.querySelector('.vis-panel.vis-center')!;
        const { start } = adapter.getWindow();
        await drag(center, 200);
        expect(adapter.getWindow().start.getTime(), 'the drag panned').not.to.equal(start.getTime());
        expect(moves, 'range changes by the user').to.include(true);
        wheel(center, -300);
        wheel(center, 600);
        await frames(3);
        adapter.setWindow(at(2024, 6, 3), at(2024, 6, 8), { animate: false });
        await frames(3);
        const box = host.querySelector('#ct-item-a')!.closest('.vis-item')!;
        await sendMouse({ type: 'click', position: await centerOf(box) });
        await frames();
        expect(selected, 'a click selected the item').to.include('a');
        adapter.setItems([
          ...ITEMS.slice(1),
          item('j', at(2024, 6, 5, 9), undefined, 'two'),
          item('k', at(2024, 6, 5), at(2024, 6, 9), 'one'),
        ]);
        adapter.setSelection('k');
        adapter.reveal(at(2024, 6, 5, 9).getTime(), at(2024, 6, 5, 9).getTime(), 'j');
        await frames(3);
        expect(host.querySelector('#ct-item-j'), 'a new item drawn').to.exist;
        expectNothingMissing(before);
      } finally {
        adapter.destroy();
      }
    });
  }

  it('draws its other moment-using options: current and custom time, week numbers, hidden dates, string dates, drag tooltips', async () => {
    const { Timeline } = await asBundled<typeof VisTimeline>(
      '/node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.js',
    );
    const { DataSet } = await asBundled<typeof VisData>('/node_modules/vis-data/esnext/esm/vis-data.js');
    const before = made.count;
    const host = container();
    const items = new DataSet([
      { id: 1, content: 'string date', start: '2024-07-03' },
      { id: 2, content: 'string date and time', start: '2024-07-04T10:30', end: '2024-07-05 18:00' },
      { id: 3, content: 'a number', start: at(2024, 6, 4, 15).getTime() },
      { id: 4, content: 'a Date', start: at(2024, 6, 2), end: at(2024, 6, 4) },
    ]);
    const options = {
      autoResize: false,
      locale: 'en',
      showCurrentTime: true,
      alignCurrentTime: 'minute',
      showWeekScale: true,
      editable: true,
      tooltipOnItemUpdateTime: true,
      hiddenDates: [
        { start: '2024-07-06 00:00:00', end: '2024-07-07 00:00:00', repeat: 'weekly' },
        { start: '2024-07-01 22:00:00', end: '2024-07-02 06:00:00', repeat: 'daily' },
      ],
    };
    // `alignCurrentTime` (a unit for `startOf`) is missing from vis-timeline's typings.
    const timeline = new Timeline(host, items, options as VisTimeline.TimelineOptions);
    try {
      timeline.addCustomTime(at(2024, 6, 4, 12), 'custom');
      timeline.setWindow(at(2024, 5, 28), at(2024, 6, 12), { animation: false });
      await frames(3);
      expect(host.querySelectorAll('.vis-item-content').length, 'items drawn').to.equal(4);
      expect(host.querySelector<HTMLElement>('.vis-custom-time')?.title, 'custom time title').to.contain(
        'July 4th 2024',
      );
      // Dragging an item shows its new time in a tooltip (vis-timeline's module-level moment).
      const target = [...host.querySelectorAll('.vis-item')].find((node) => node.textContent === 'a number')!;
      timeline.setSelection([3]);
      await frames();
      await drag(target, 60);
      expect(items.get(3)!.start, 'the drag moved the item').not.to.equal(at(2024, 6, 4, 15).getTime());
      timeline.setOptions({ hiddenDates: [] });
      for (const [start, end] of ZOOM_LADDER.slice(0, -1)) {
        timeline.setWindow(new Date(start), new Date(end), { animation: false });
        await frames();
      }
      // Three months: the week scale (week numbers, weeks starting on the locale's weekday).
      timeline.setWindow(at(2022, 10, 20), at(2023, 1, 20), { animation: false });
      await frames();
      expect(host.querySelector('.vis-time-axis [class*="vis-week"]'), 'a week on the axis').to.exist;
      timeline.setCurrentTime(at(2024, 6, 4, 12));
      timeline.moveTo(at(2030, 0, 1), { animation: false });
      timeline.fit({ animation: false });
      await frames(3);
      expectNothingMissing(before);
    } finally {
      timeline.destroy();
    }
  });
});

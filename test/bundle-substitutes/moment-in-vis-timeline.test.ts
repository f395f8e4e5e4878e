import { expect } from '@open-wc/testing';
import moment from 'moment';
import { Timeline } from 'vis-timeline/esnext/esm/vis-timeline-graph2d.js';
import type { TimelineOptions } from 'vis-timeline/esnext/esm/vis-timeline-graph2d.js';
import { DataSet } from 'vis-data/esnext/esm/vis-data.js';
import shim from '../../src/bundle-substitutes/moment.js';
import { visTimelineStyles } from '../../src/generated/vis-timeline.styles.js';

/**
 * Draws two real vis-timelines side by side, one given `moment: shim`, one real moment, and
 * compares what they draw. vis-timeline also calls its own module-level moment in places this
 * option does not reach (TimeStep.snap, Range's default window, DateUtil's hidden dates via
 * `convert`, the item drag tooltip, `moment.locale`), so those still run on real moment here;
 * moment-surface.test.ts runs vis-timeline with the stand-in in place of that one too, and the
 * consumer test compares the whole bundle's axis with the npm build's.
 */
describe('vis-moment inside vis-timeline', () => {
  const containers: HTMLElement[] = [];
  const timelines: Timeline[] = [];
  let sheets: CSSStyleSheet[] = [];

  before(() => {
    sheets = document.adoptedStyleSheets;
    document.adoptedStyleSheets = [...sheets, visTimelineStyles.styleSheet!];
  });

  after(() => {
    for (const timeline of timelines) timeline.destroy();
    for (const container of containers) container.remove();
    document.adoptedStyleSheets = sheets;
  });

  const frames = async (count: number): Promise<void> => {
    for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  };

  /** Text and class of each axis label, items' left edges and the custom time's title. */
  const drawn = (container: HTMLElement) => {
    const left = container.getBoundingClientRect().left;
    const labels = (selector: string): string[] =>
      [...container.querySelectorAll<HTMLElement>(selector)].map(
        (label) => `${label.textContent} @${label.style.transform} .${label.className}`,
      );
    return {
      minor: labels('.vis-text.vis-minor'),
      major: labels('.vis-text.vis-major'),
      items: [...container.querySelectorAll<HTMLElement>('.vis-item')].map(
        (item) => `${item.textContent} ${(item.getBoundingClientRect().left - left).toFixed(2)}`,
      ),
      customTime: container.querySelector<HTMLElement>('.vis-custom-time')?.title,
    };
  };

  const WINDOWS: [string, Date, Date][] = [
    ['an hour across the spring DST gap', new Date(2021, 2, 14, 1, 20), new Date(2021, 2, 14, 3, 20)],
    ['an hour', new Date(2024, 6, 4, 11, 47), new Date(2024, 6, 4, 12, 47)],
    ['a day with a repeated hour', new Date(2021, 10, 6, 18), new Date(2021, 10, 7, 18)],
    ['five days (weekday scale)', new Date(2021, 10, 4, 6), new Date(2021, 10, 9, 6)],
    ['a month with a leap day', new Date(2024, 1, 10), new Date(2024, 2, 10)],
    ['three months over a new year on a Sunday (week scale when shown)', new Date(2022, 10, 20), new Date(2023, 1, 20)],
    ['a year', new Date(2023, 0, 1), new Date(2024, 0, 1)],
    ['10 years', new Date(2001, 5, 1), new Date(2011, 5, 1)],
    ['100 years', new Date(1920, 0, 1), new Date(2020, 0, 1)],
    ['a minute', new Date(2024, 6, 4, 11, 47), new Date(2024, 6, 4, 11, 48)],
    ['a second', new Date(2024, 6, 4, 11, 47, 59, 500), new Date(2024, 6, 4, 11, 48, 0, 500)],
  ];

  it('draws the same axis labels, item positions and time titles with the shim as with moment', async () => {
    const items = WINDOWS.flatMap(([name, start, end], i) => {
      const at = (f: number): Date => new Date(start.getTime() + (end.getTime() - start.getTime()) * f);
      return [
        { id: `p${i}`, content: `point ${name}`, start: at(0.3), type: 'point' },
        { id: `r${i}`, content: `range ${name}`, start: at(0.45), end: at(0.8), type: 'range' },
      ];
    });
    const make = (momentOption: unknown): [HTMLElement, Timeline] => {
      const container = document.createElement('div');
      container.style.cssText = 'width: 1000px; height: 300px; font: 14px sans-serif';
      document.body.append(container);
      const options = { width: '1000px', height: '300px', showCurrentTime: false, moment: momentOption };
      const timeline = new Timeline(container, new DataSet(items), options as TimelineOptions);
      timeline.addCustomTime(new Date(2000, 0, 1), 'custom');
      containers.push(container);
      timelines.push(timeline);
      return [container, timeline];
    };
    const [mineContainer, mine] = make(shim);
    const [theirsContainer, theirs] = make(moment);

    let compared = 0;
    for (const showWeekScale of [false, true]) {
      mine.setOptions({ showWeekScale });
      theirs.setOptions({ showWeekScale });
      for (const [name, start, end] of WINDOWS) {
        const custom = new Date(start.getTime() + (end.getTime() - start.getTime()) * 0.6);
        for (const timeline of [mine, theirs]) {
          timeline.setWindow(start, end, { animation: false });
          timeline.setCustomTime(custom, 'custom');
        }
        await frames(3);
        const expected = drawn(theirsContainer);
        const actual = drawn(mineContainer);
        const what = `${name}${showWeekScale ? ', week scale' : ''}`;
        expect(expected.minor.length, `${what}: moment draws minor labels`).to.be.greaterThan(2);
        expect(expected.items.length, `${what}: items in view`).to.be.greaterThan(0);
        expect(actual, what).to.deep.equal(expected);
        compared++;
      }
    }
    expect(compared).to.equal(WINDOWS.length * 2);
  });
});

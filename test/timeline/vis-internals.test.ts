import { expect } from '@open-wc/testing';
import { Timeline } from 'vis-timeline/esnext/esm/vis-timeline-graph2d.js';
import type { DataItem, TimelineOptions } from 'vis-timeline/esnext/esm/vis-timeline-graph2d.js';
import { DataSet } from 'vis-data/esnext/esm/vis-data.js';
import {
  deferItemDrawing,
  scrollStack,
  skipInitialFit,
  visInternalProblems,
  withOneRedraw,
} from '../../src/timeline/vis-internals.js';
import { visTimelineStyles } from '../../src/generated/vis-timeline.styles.js';

// The contract between src/timeline/vis-internals.ts and the vis-timeline the adapter imports (the
// esnext build): every private member the module relies on is there with the shape it expects, and
// each patch still has its effect. An upgrade that breaks one fails here, naming the internal,
// instead of silently making the element slower.

const DAY = 24 * 60 * 60 * 1000;
const WINDOW = { start: new Date(2024, 0, 1), end: new Date(2024, 1, 1) };

const frames = async (count = 2): Promise<void> => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** `count` items in the window, `type` boxes or ranges, all near one date so that they stack. */
function itemsInView(count: number, prefix: string, type: 'box' | 'range' = 'box'): DataItem[] {
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(WINDOW.start.getTime() + 10 * DAY + (i % 5) * DAY);
    return {
      id: `${prefix}${i}`,
      content: `${prefix}${i}`,
      start,
      ...(type === 'range' ? { end: new Date(start.getTime() + 3 * DAY) } : {}),
      type,
    };
  });
}

/**
 * Reads of layout (sizes, positions, computed style) made while it counts: a read after a DOM
 * change forces the browser to lay out the page.
 */
class LayoutReads {
  count = 0;
  private restores: (() => void)[] = [];

  start(): this {
    const spy = (prototype: object, name: string): void => {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
      const counted = { ...descriptor };
      if (descriptor.get) {
        const get = descriptor.get;
        counted.get = function (this: unknown) {
          reads.count++;
          return get.call(this);
        };
      } else {
        const method = descriptor.value as (...args: unknown[]) => unknown;
        counted.value = function (this: unknown, ...args: unknown[]) {
          reads.count++;
          return method.apply(this, args);
        };
      }
      Object.defineProperty(prototype, name, counted);
      this.restores.push(() => Object.defineProperty(prototype, name, descriptor));
    };
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const reads = this;
    for (const name of ['offsetWidth', 'offsetHeight', 'offsetLeft', 'offsetTop']) spy(HTMLElement.prototype, name);
    for (const name of ['clientWidth', 'clientHeight', 'scrollWidth', 'scrollHeight', 'getBoundingClientRect'])
      spy(Element.prototype, name);
    spy(window, 'getComputedStyle');
    return this;
  }

  stop(): number {
    for (const restore of this.restores.splice(0).reverse()) restore();
    return this.count;
  }
}

function readsDuring(run: () => void): number {
  const reads = new LayoutReads().start();
  try {
    run();
  } finally {
    reads.stop();
  }
  return reads.count;
}

describe('vis-timeline internals (src/timeline/vis-internals.ts)', () => {
  let sheets: CSSStyleSheet[] = [];
  const made: { container: HTMLElement; timeline: Timeline }[] = [];

  before(() => {
    sheets = document.adoptedStyleSheets;
    document.adoptedStyleSheets = [...sheets, visTimelineStyles.styleSheet!];
  });

  afterEach(() => {
    for (const { container, timeline } of made.splice(0)) {
      timeline.destroy();
      container.remove();
    }
  });

  after(() => {
    document.adoptedStyleSheets = sheets;
  });

  /** A timeline as the adapter makes it (stacked, scrolling past `maxHeight`), drawn and settled. */
  async function create(items: DataItem[] = [], options: TimelineOptions = {}) {
    const container = document.createElement('div');
    container.style.cssText = 'width: 800px; font: 14px sans-serif';
    document.body.append(container);
    const data = new DataSet<DataItem>(items);
    const timeline = new Timeline(container, data, {
      autoResize: false,
      stack: true,
      minHeight: 200,
      maxHeight: 300,
      verticalScroll: true,
      showCurrentTime: false,
      orientation: { axis: 'bottom', item: 'bottom' },
      ...options,
    });
    made.push({ container, timeline });
    timeline.setWindow(WINDOW.start, WINDOW.end, { animation: false });
    await frames(3);
    const drawn = (): number => container.querySelectorAll('.vis-item-content').length;
    /** Resolves at vis-timeline's next `changed` (the end of a redraw). */
    const changed = (): Promise<void> =>
      new Promise((resolve) => {
        const done = (): void => {
          timeline.off('changed', done);
          resolve();
        };
        timeline.on('changed', done);
      });
    return { container, timeline, data, drawn, changed };
  }

  it('finds every internal it relies on, with the shape it expects', async () => {
    const { timeline } = await create(itemsInView(3, 'a'));
    const problems = visInternalProblems(timeline);
    expect(problems, `vis-timeline internals missing or changed: ${problems.join('; ')}`).to.deep.equal([]);
  });

  it('names an internal that is missing or has another shape', async () => {
    const { timeline } = await create();
    const internals = timeline as unknown as Record<string, unknown> & { itemSet: Record<string, unknown> };
    internals.itemSet._addItem = () => {};
    delete internals._redraw; // leaves the class's unthrottled method
    internals._getScrollTop = () => 'top';
    expect(visInternalProblems(timeline)).to.deep.equal([
      'itemSet._addItem: not a method taking one item',
      '_redraw: not set on the instance (expected the per-instance throttled redraw)',
      '_getScrollTop: does not return a number',
    ]);
    const bare = Object.create(Timeline.prototype) as Timeline;
    expect(visInternalProblems(bare).map((line) => line.split(':')[0])).to.deep.equal([
      'itemSet',
      'itemSet._addItem',
      'itemSet.redraw',
      'ItemSet.types',
      'Item#show',
      'Item#repositionX',
      '_redraw',
      '_getScrollTop',
      'initialFitDone',
    ]);
  });

  it('falls back (scrolling: not at all), once warning which internal is missing, when one has changed', async () => {
    const { timeline } = await create(itemsInView(3, 'a'));
    delete (timeline as unknown as Record<string, unknown>)._redraw;
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      scrollStack(timeline, 10);
      scrollStack(timeline, 10);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain("vis-timeline's _redraw is not set on the instance");
  });

  it('deferItemDrawing + withOneRedraw: added items are not drawn one by one, but all at the next redraw', async () => {
    const count = 40;
    const { timeline, data, drawn, changed } = await create();
    deferItemDrawing(timeline);
    const redrawn = changed();
    const reads = readsDuring(() => withOneRedraw(timeline, () => data.add(itemsInView(count, 'new'))));
    expect(drawn(), 'deferItemDrawing (itemSet._addItem, Item#show): items drawn while being added').to.equal(0);
    expect(reads, 'deferItemDrawing and withOneRedraw: layout reads while adding').to.be.at.most(2);
    await redrawn;
    expect(drawn(), 'items drawn by the next redraw').to.equal(count);
  });

  it('without deferItemDrawing, vis-timeline still draws and measures each added item at once (what it spares)', async () => {
    const count = 40;
    const { timeline, data, drawn } = await create();
    const reads = readsDuring(() => withOneRedraw(timeline, () => data.add(itemsInView(count, 'new'))));
    expect(drawn(), 'vis-timeline draws added items at once').to.equal(count);
    expect(reads, 'layout reads, at least one per item').to.be.at.least(count);
  });

  it('withOneRedraw (itemSet.redraw): a remove and an add lay nothing out until the next redraw', async () => {
    const { timeline, data, drawn, changed, container } = await create(itemsInView(20, 'old'));
    deferItemDrawing(timeline);
    expect(drawn()).to.equal(20);
    const change = (prefix: string): void => {
      data.remove(data.getIds().slice(0, 10));
      data.add(itemsInView(10, prefix, 'range'));
    };
    const redrawn = changed();
    const reads = readsDuring(() => withOneRedraw(timeline, () => change('new')));
    expect(reads, 'withOneRedraw (itemSet.redraw): layout reads during the change').to.equal(0);
    await redrawn;
    expect(drawn()).to.equal(20);
    expect(container.querySelectorAll('.vis-item.vis-range')).to.have.length(10);
    // The same change without it: vis-timeline lays out everything after the remove and the add.
    expect(readsDuring(() => change('newer'))).to.be.greaterThan(0);
  });

  /**
   * A timeline created as the adapter creates it: without data, then given a window (another
   * month than its items span) and then its items, which its first draw shows.
   */
  async function createThenFill(skip: boolean) {
    const container = document.createElement('div');
    container.style.cssText = 'width: 800px; font: 14px sans-serif';
    document.body.append(container);
    const timeline = new Timeline(container, null as unknown as DataSet<DataItem>, {
      autoResize: false,
      showCurrentTime: false,
    });
    made.push({ container, timeline });
    const skipped = skip && skipInitialFit(timeline);
    const wanted = { start: new Date(2024, 5, 1), end: new Date(2024, 6, 1) };
    timeline.setWindow(wanted.start, wanted.end, { animation: false });
    timeline.setItems(new DataSet<DataItem>(itemsInView(5, 'a')));
    await frames(3);
    const { start, end } = timeline.getWindow();
    return { skipped, wanted, shown: { start: start.getTime(), end: end.getTime() } };
  }

  it('skipInitialFit (initialFitDone): the first draw keeps the window set before it', async () => {
    const { skipped, wanted, shown } = await createThenFill(true);
    expect(skipped).to.equal(true);
    expect(shown).to.deep.equal({ start: wanted.start.getTime(), end: wanted.end.getTime() });
  });

  it('without skipInitialFit, the first draw fits the window to the items (what it spares)', async () => {
    const { wanted, shown } = await createThenFill(false);
    expect(shown.start, 'fitted to the items, in January').to.be.below(wanted.start.getTime() - 60 * DAY);
  });

  it('scrollStack (_getScrollTop, _setScrollTop, _redraw): moves a tall stack by the amount asked', async () => {
    const { timeline, container } = await create(itemsInView(40, 'a'));
    const internals = timeline as unknown as { _getScrollTop(): number };
    const panel = container.querySelector('.vis-panel.vis-center')!;
    const content = (): HTMLElement => container.querySelector<HTMLElement>('.vis-item.vis-box')!;
    expect(panel.scrollHeight, 'the stack is taller than its panel').to.be.greaterThan(panel.clientHeight + 200);
    const top = content().getBoundingClientRect().top;
    // With the items at the bottom, a stack at rest shows its bottom: scrolled as far as it goes.
    const scrolled = internals._getScrollTop();
    expect(scrolled, '_getScrollTop at rest').to.be.a('number').and.below(-150);
    scrollStack(timeline, 150);
    await frames(2);
    expect(internals._getScrollTop(), '_getScrollTop after scrolling').to.equal(scrolled + 150);
    expect(content().getBoundingClientRect().top, 'an item moved down by 150 px').to.be.closeTo(top + 150, 1);
    scrollStack(timeline, -150);
    await frames(2);
    expect(content().getBoundingClientRect().top, 'and back').to.be.closeTo(top, 1);
  });
});

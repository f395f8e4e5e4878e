import { expect, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { renderTimeline, sampleEvents, shadow, nextFrames, until } from '../element/helpers.js';
import type { ConflictEvent } from '../../src/model/types.js';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';

// Time order of sampleEvents: range (2014-09), month (2017-12), year (2021), day (2024-02-07).

/** The event list: the reading order and the keyboard's one tab stop, in both views. */
function list(element: ConflictTimeline): HTMLElement {
  return shadow(element).querySelector<HTMLElement>('[part="list"]')!;
}

/** The list entry (a button) that has the keyboard focus, if the focus is in the list. */
function focusedEntry(element: ConflictTimeline): HTMLElement | null {
  const active = shadow(element).activeElement as HTMLElement | null;
  return active && list(element).contains(active) ? active : null;
}

/** The title of the event the keyboard is on. */
function activeTitle(element: ConflictTimeline): string | undefined {
  return focusedEntry(element)?.querySelector('.title')?.textContent ?? undefined;
}

/** The drawn item with the focus ring (vis-timeline item with ct-focused). */
function ringedItemText(element: ConflictTimeline): string | undefined {
  return shadow(element).querySelector('.vis-item.ct-focused .ct-item-label')?.textContent ?? undefined;
}

async function settle(element: ConflictTimeline): Promise<void> {
  await element.updateComplete;
  await nextFrames(3);
}

async function press(element: ConflictTimeline, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(element);
}

async function shiftTab(element: ConflictTimeline): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
  await settle(element);
}

/** Tabs from a button placed before the element into its timeline region. */
async function tabIntoTimeline(element: ConflictTimeline): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  element.before(before);
  before.focus();
  // Legend buttons and controls come first in the toolbar; tab until an event has focus.
  for (let i = 0; i < 20 && !focusedEntry(element); i++) await sendKeys({ press: 'Tab' });
  await settle(element);
}

describe('keyboard', () => {
  it('Tab enters the timeline once and the next Tab leaves it', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    await tabIntoTimeline(element);
    expect(activeTitle(element)).to.equal('A range');
    // One tab stop: every other entry is out of the tab order.
    const tabbable = [...list(element).querySelectorAll('button')].filter((button) => button.tabIndex === 0);
    expect(tabbable).to.have.length(1);
    await press(element, 'Tab');
    expect(focusedEntry(element)).to.equal(null);
  });

  it('shows the focus on the drawn event, and keeps it in view', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    await tabIntoTimeline(element);
    expect(ringedItemText(element)).to.equal('A range');
    await press(element, 'End');
    expect(ringedItemText(element)).to.equal('A day event');
    const window = element.getWindow()!;
    expect(window.start.getTime()).to.be.at.most(new Date(2024, 1, 7).getTime());
    expect(window.end.getTime()).to.be.at.least(new Date(2024, 1, 8).getTime());
  });

  it('arrow keys move in time order in English, Home and End jump to the ends', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    await tabIntoTimeline(element);
    await press(element, 'ArrowRight');
    expect(activeTitle(element)).to.equal('A month event');
    await press(element, 'End');
    expect(activeTitle(element)).to.equal('A day event');
    await press(element, 'ArrowLeft');
    expect(activeTitle(element)).to.equal('A year event');
    await press(element, 'Home');
    expect(activeTitle(element)).to.equal('A range');
  });

  it('mirrors the arrows in Arabic: the left arrow goes forward in time', async () => {
    const element = await renderTimeline(sampleEvents, 'ar');
    await tabIntoTimeline(element);
    expect(activeTitle(element)).to.equal('مدة');
    await press(element, 'ArrowLeft');
    expect(activeTitle(element)).to.equal('حدث شهر');
    await press(element, 'ArrowRight');
    expect(activeTitle(element)).to.equal('مدة');
  });

  it('Enter opens the details and fires ct-select; Escape closes them and keeps focus on the event', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    await tabIntoTimeline(element);
    await press(element, 'ArrowRight');
    const selected = oneEvent(element, 'ct-select');
    await press(element, 'Enter');
    expect((await selected).detail.id).to.equal('month');
    expect(shadow(element).querySelector('[part="details"] h2')?.textContent).to.equal('A month event');
    expect(focusedEntry(element)?.getAttribute('aria-expanded')).to.equal('true');
    expect(focusedEntry(element)?.getAttribute('aria-controls')).to.equal('ct-details');
    await press(element, 'Escape');
    expect(shadow(element).querySelector('[part="details"]')).to.equal(null);
    expect(activeTitle(element)).to.equal('A month event');
    expect(focusedEntry(element)?.getAttribute('aria-expanded')).to.equal('false');
  });

  it('plus and minus zoom the window', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    await tabIntoTimeline(element);
    const span = () => {
      const window = element.getWindow()!;
      return window.end.getTime() - window.start.getTime();
    };
    const before = span();
    await press(element, '+');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(span()).to.be.lessThan(before * 0.75);
    await press(element, '-');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(span()).to.be.greaterThan(before * 0.75);
  });

  it('names each event with its title and its date as the source phrases it', async () => {
    const nameOf = (element: ConflictTimeline, title: string) =>
      [...list(element).querySelectorAll('button')]
        .find((button) => button.querySelector('.title')?.textContent === title)
        ?.textContent?.trim();
    const element = await renderTimeline(sampleEvents, 'en');
    expect(nameOf(element, 'A month event')).to.equal('A month event, December 2017');
    const arabic = await renderTimeline(sampleEvents, 'ar');
    expect(nameOf(arabic, 'حدث يوم')).to.equal('حدث يوم، 7 فبراير/ شباط 2024');
  });

  it('announces the event the keyboard moves to, in the element language', async () => {
    const element = await renderTimeline(sampleEvents, 'ar');
    await tabIntoTimeline(element);
    await press(element, 'ArrowLeft');
    const live = shadow(element).querySelector('[aria-live="polite"]')!;
    expect(live.textContent).to.equal('حدث شهر، ديسمبر/ كانون الأول 2017. الحدث 2 من 4.');
  });
});

describe('long lists', () => {
  /** Day events one day apart from 1 January 2020, titled by their number. */
  const manyEvents = (count: number): ConflictEvent[] =>
    Array.from({ length: count }, (_, index) => {
      const day = new Date(Date.UTC(2020, 0, 1 + index)).toISOString().slice(0, 10);
      return { id: `e${index}`, start: day, title: { en: `Event ${index + 1}` } };
    });

  it('grows the hidden list to a full page in idle time, and Show more adds the next page', async () => {
    const element = await renderTimeline(manyEvents(1200), 'en');
    const entries = () => list(element).querySelectorAll('li > button').length;
    expect(entries()).to.be.at.least(20);
    await until(() => entries() === 500, 'the page of 500 entries');
    const more = shadow(element).querySelector<HTMLButtonElement>('.events > button.more')!;
    expect(more.textContent?.trim()).to.equal('Show 500 more');
    more.click();
    await settle(element);
    expect(entries()).to.equal(1000);
  });

  it('scrolls a tall stack so that the event the keyboard is on is in view, ring included', async () => {
    // 40 days in a row in 2024 and one event in 2014: at the fitted decade they stack far higher
    // than the timeline, which then scrolls vertically.
    const events: ConflictEvent[] = [
      { id: 'early', start: '2014-09-10', title: { en: 'The first event, long ago' } },
      ...Array.from({ length: 40 }, (_, index) => ({
        id: `d${index}`,
        start: new Date(Date.UTC(2024, 0, 1 + index)).toISOString().slice(0, 10),
        title: { en: `A rather long title for day ${index + 1} of the cluster` },
      })),
    ];
    const element = await renderTimeline(events, 'en');
    await tabIntoTimeline(element);
    const panel = shadow(element).querySelector('.vis-panel.vis-center')!;
    const ringInView = () => {
      const ring = shadow(element).querySelector('.vis-item.vis-box.ct-focused');
      if (!ring) return false;
      const box = ring.getBoundingClientRect();
      const view = panel.getBoundingClientRect();
      return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
    };
    for (const key of ['End', 'ArrowLeft', 'ArrowLeft', 'Home', 'ArrowRight', 'ArrowRight']) {
      await press(element, key);
      await until(ringInView, `the ring on "${activeTitle(element)}" in view after ${key}`, 3000);
    }
  });

  it('rings the bar an event is part of when the data is too dense to draw it, and tells its count', async () => {
    // 3,000 events in 2020: at the fitted year they are drawn as a density histogram.
    const events = manyEvents(3000).map((event, index) => ({
      ...event,
      start: new Date(Date.UTC(2020, 0, 1 + (index % 360))).toISOString().slice(0, 10),
    }));
    const element = await renderTimeline(events, 'en');
    await tabIntoTimeline(element);
    const ringed = () => shadow(element).querySelector<HTMLElement>('.ct-density-segment.ct-focused');
    const tip = () => shadow(element).querySelector<HTMLElement>('.ct-density-tip:not([hidden])')?.textContent;
    await until(() => ringed() !== null, 'a ringed bar');
    expect(tip()).to.match(/^\d[\d,]* events \(Strategic developments\), .*2020\. Activate to zoom in\.$/);
    await press(element, 'End');
    await until(() => ringed() !== null, 'a ringed bar after End');
    // The last bar holds the last event (26 December 2020, the latest day).
    const bars = [...shadow(element).querySelectorAll<HTMLElement>('.ct-density-bar')];
    const rightmost = bars.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)[0];
    expect(ringed()?.parentElement).to.equal(rightmost);
    expect(tip()).to.contain('December 2020');
    // Enter opens the event's details and zooms the drawing to its bar.
    const before = element.getWindow()!;
    const moved = oneEvent(element, 'ct-range-change');
    await press(element, 'Enter');
    await moved;
    const after = element.getWindow()!;
    expect(after.end.getTime() - after.start.getTime()).to.be.lessThan(
      (before.end.getTime() - before.start.getTime()) / 4,
    );
    expect(after.start.getTime()).to.be.at.most(new Date(2020, 11, 26).getTime());
    expect(after.end.getTime()).to.be.greaterThan(new Date(2020, 11, 26).getTime());
    expect(shadow(element).querySelector('[part="details"]')).to.exist;
    // Still one tab stop: the bars are not focusable.
    expect(shadow(element).querySelectorAll('.ct-density [tabindex], .ct-density button')).to.have.length(0);
  });

  it('End goes to the last of 1,200 events: the list renders the page around it', async () => {
    const element = await renderTimeline(manyEvents(1200), 'en');
    await tabIntoTimeline(element);
    await press(element, 'End');
    expect(activeTitle(element)).to.equal('Event 1200');
    const earlier = shadow(element).querySelector<HTMLButtonElement>('.events > button.more')!;
    expect(earlier.textContent?.trim()).to.equal('Show 500 earlier');
    expect(list(element).querySelectorAll('li > button').length).to.be.at.most(500);
    await press(element, 'Home');
    expect(activeTitle(element)).to.equal('Event 1');
  });
});

describe('toolbar', () => {
  /** The toolbar's button that has the focus, by its text or label. */
  const focusedTool = (element: ConflictTimeline) => {
    const active = shadow(element).activeElement as HTMLElement | null;
    return active?.closest('[role="toolbar"]')
      ? (active.getAttribute('aria-label') ?? active.textContent?.trim())
      : null;
  };

  it('is one tab stop before the events; arrows move along it in reading direction', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    const before = document.createElement('button');
    element.before(before);
    before.focus();
    await press(element, 'Tab');
    expect(focusedTool(element)).to.equal('Explosions/remote violence');
    await press(element, 'ArrowRight');
    expect(focusedTool(element)).to.equal('Strategic developments');
    await press(element, 'End');
    expect(focusedTool(element)).to.equal('List view');
    await press(element, 'ArrowLeft');
    expect(focusedTool(element)).to.equal('Show all');
    await press(element, 'Home');
    expect(focusedTool(element)).to.equal('Explosions/remote violence');
    // The next Tab goes to the events, the one after leaves the element.
    await press(element, 'Tab');
    expect(activeTitle(element)).to.equal('A range');
    await shiftTab(element);
    expect(focusedTool(element)).to.equal('Explosions/remote violence');
  });

  it('mirrors the arrows in Arabic and keeps the tab stop on the last button used', async () => {
    const element = await renderTimeline(sampleEvents, 'ar');
    const before = document.createElement('button');
    element.before(before);
    before.focus();
    await press(element, 'Tab');
    expect(focusedTool(element)).to.equal('انفجارات وعنف عن بُعد');
    await press(element, 'ArrowLeft');
    expect(focusedTool(element)).to.equal('تطورات استراتيجية');
    await press(element, 'ArrowRight');
    await press(element, 'ArrowRight');
    expect(focusedTool(element)).to.equal('انفجارات وعنف عن بُعد');
    await press(element, 'ArrowLeft');
    await press(element, 'Tab');
    await shiftTab(element);
    expect(focusedTool(element)).to.equal('تطورات استراتيجية');
    const tabbable = [...shadow(element).querySelectorAll('[role="toolbar"] button')].filter(
      (button) => (button as HTMLElement).tabIndex === 0,
    );
    expect(tabbable).to.have.length(1);
  });
});

describe('window announcements', () => {
  it('says which period is shown after the user zooms, in the element language', async () => {
    const element = await renderTimeline(sampleEvents, 'ar');
    await tabIntoTimeline(element);
    await press(element, '+');
    const live = shadow(element).querySelector('[aria-live="polite"]')!;
    const deadline = performance.now() + 3000;
    while (!live.textContent?.startsWith('المعروض من') && performance.now() < deadline) await nextFrames(2);
    expect(live.textContent).to.match(/^المعروض من \S.* إلى \S.*\.$/);
  });
});

describe('reading order', () => {
  interface AxNode {
    role: string;
    name?: string;
    expanded?: boolean;
    children?: AxNode[];
  }
  const flatten = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flatten)];

  for (const view of ['timeline', 'list'] as const) {
    it(`assistive technology reads the events once, as a list in time order (${view} view)`, async () => {
      const element = await renderTimeline(sampleEvents, 'en');
      element.view = view;
      await settle(element);
      const list = shadow(element).querySelector('ol[part="list"]')!;
      expect(list.getAttribute('aria-label')).to.equal('Timeline of events');
      expect(list.querySelectorAll('li > button')).to.have.length(4);
      // The accessibility tree (the interesting nodes, as a screen reader gets them), in order.
      const nodes = flatten((await a11ySnapshot({})) as unknown as AxNode);
      const entries = nodes.filter((node) => node.role === 'button' && node.expanded !== undefined);
      expect(entries.map((node) => node.name)).to.deep.equal([
        'A range, September 2014 – December 2017',
        'A month event, December 2017',
        'A year event, 2021',
        'A day event, 7 February 2024',
      ]);
      // The drawing is not read a second time: no other node carries an event's title.
      const titled = nodes.filter((node) => node.name?.includes('A month event'));
      expect(titled.map((node) => node.role)).to.deep.equal(['button']);
    });
  }
});

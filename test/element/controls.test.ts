import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse } from '@web/test-runner-commands';
import {
  clickCenterOf,
  control,
  drawnLabels,
  mountTimeline,
  renderTimeline,
  sampleEvents,
  shadow,
  until,
} from './helpers.js';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';

function legendButton(element: ConflictTimeline, name: string): HTMLButtonElement {
  const found = [...shadow(element).querySelectorAll<HTMLButtonElement>('[part="legend"] button')].find(
    (node) => node.textContent?.trim() === name,
  );
  if (!found) throw new Error(`no legend entry ${name}`);
  return found;
}

const span = (element: ConflictTimeline) => {
  const window = element.getWindow()!;
  return window.end.getTime() - window.start.getTime();
};

/** Waits for the window to settle after a control (animated unless the reader asks for less motion). */
async function afterRangeChange(element: ConflictTimeline, action: () => Promise<void>): Promise<void> {
  const before = element.getWindow()!;
  await action();
  await until(() => {
    const now = element.getWindow()!;
    return now.start.getTime() !== before.start.getTime() || now.end.getTime() !== before.end.getTime();
  }, 'the window to move');
  // Let an animation finish: the window stops changing.
  let last = span(element);
  for (let i = 0; i < 60; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (span(element) === last) break;
    last = span(element);
  }
}

const ALL_EN = ['A day event', 'A month event', 'A range', 'A year event'];

describe('controls', () => {
  afterEach(() => resetMouse());

  it('a legend entry toggles its category off and on', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    expect(drawnLabels(element).sort()).to.deep.equal(ALL_EN);
    const entry = legendButton(element, 'Explosions/remote violence');
    expect(entry.getAttribute('aria-pressed')).to.equal('true');
    await clickCenterOf(entry);
    await until(() => drawnLabels(element).length === 2, 'the air strikes to disappear');
    expect(drawnLabels(element).sort()).to.deep.equal(['A month event', 'A year event']);
    expect(legendButton(element, 'Explosions/remote violence').getAttribute('aria-pressed')).to.equal('false');
    await clickCenterOf(legendButton(element, 'Explosions/remote violence'));
    await until(() => drawnLabels(element).length === 4, 'the air strikes to come back');
    expect(drawnLabels(element).sort()).to.deep.equal(ALL_EN);
    expect(legendButton(element, 'Explosions/remote violence').getAttribute('aria-pressed')).to.equal('true');
  });

  it('the legend names only the categories present', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    const names = [...shadow(element).querySelectorAll('[part="legend"] button')].map((node) =>
      node.textContent?.trim(),
    );
    expect(names).to.deep.equal(['Explosions/remote violence', 'Strategic developments']);
  });

  it('group-by="category" draws one lane per category present, named in the element language', async () => {
    const plain = await renderTimeline(sampleEvents, 'en');
    // Without lanes vis-timeline keeps one empty, unnamed label row.
    expect(
      [...shadow(plain).querySelectorAll('.vis-labelset .vis-label')].filter((label) => label.textContent?.trim()),
    ).to.deep.equal([]);
    for (const [lang, names] of [
      ['en', ['Explosions/remote violence', 'Strategic developments']],
      ['ar', ['انفجارات وعنف عن بُعد', 'تطورات استراتيجية']],
    ] as const) {
      const element = await mountTimeline((element) => {
        element.lang = lang;
        element.events = sampleEvents;
        element.setAttribute('group-by', 'category');
      });
      const labels = [...shadow(element).querySelectorAll('.vis-labelset .vis-label')];
      expect(labels.map((label) => label.textContent?.trim()).sort()).to.deep.equal([...names].sort());
      expect(drawnLabels(element)).to.have.length(4);
    }
  });

  it('group-by set at run time adds the lanes', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    element.groupBy = 'category';
    await until(
      () =>
        [...shadow(element).querySelectorAll('.vis-labelset .vis-label')].filter((label) => label.textContent?.trim())
          .length === 2,
      'two named lanes',
    );
  });

  it('the start and end attributes set the window', async () => {
    const element = await mountTimeline((element) => {
      element.events = sampleEvents;
      element.setAttribute('start', '2016-01-01');
      element.setAttribute('end', '2019-01-01');
    });
    const window = element.getWindow()!;
    const DAY = 86_400_000;
    expect(window.start.getTime()).to.be.closeTo(new Date(2016, 0, 1).getTime(), DAY);
    expect(window.end.getTime()).to.be.closeTo(new Date(2019, 0, 1).getTime(), DAY);
    // Only the events in that window are drawn (the level of detail draws what the window shows).
    expect(drawnLabels(element)).to.include('A month event');
    expect(drawnLabels(element)).to.not.include('A day event');
  });

  it('start and end are calendar dates: the window starts at local midnight of that day', async () => {
    const element = await mountTimeline((element) => {
      element.events = sampleEvents;
      element.setAttribute('start', '2016-01-01');
      element.setAttribute('end', '2019-01-01');
    });
    const window = element.getWindow()!;
    expect(window.start.toString()).to.equal(new Date(2016, 0, 1).toString());
    expect(window.end.toString()).to.equal(new Date(2019, 0, 1).toString());
  });

  it('changing start and end later moves the window', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    element.start = '2020-06-01';
    element.end = '2021-06-01';
    await element.updateComplete;
    await until(
      () => Math.abs(element.getWindow()!.start.getTime() - new Date(2020, 5, 1).getTime()) < 86_400_000,
      'the new window',
    );
  });

  it('zoom in halves the window, zoom out doubles it, fit shows every event again', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    const fitted = span(element);
    await afterRangeChange(element, () => clickCenterOf(control(element, 'Zoom in')));
    expect(span(element) / fitted).to.be.closeTo(0.5, 0.05);
    await afterRangeChange(element, () => clickCenterOf(control(element, 'Zoom in')));
    expect(span(element) / fitted).to.be.closeTo(0.25, 0.03);
    await until(() => drawnLabels(element).length < 4, 'some events out of view');
    await afterRangeChange(element, () => clickCenterOf(control(element, 'Zoom out')));
    expect(span(element) / fitted).to.be.closeTo(0.5, 0.05);
    await afterRangeChange(element, () => clickCenterOf(control(element, 'Show all')));
    expect(span(element) / fitted).to.be.closeTo(1, 0.05);
    await until(() => drawnLabels(element).length === 4, 'every event drawn again');
  });

  it('the details close button closes the panel and fires ct-select with id null', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    element.focusEvent('month');
    await element.updateComplete;
    const details = shadow(element).querySelector('[part="details"]');
    expect(details?.querySelector('h2')?.textContent).to.equal('A month event');
    const close = details!.querySelector<HTMLButtonElement>('button.close')!;
    expect(close.getAttribute('aria-label')).to.equal('Close');
    const selected = oneEvent(element, 'ct-select');
    await clickCenterOf(close);
    expect((await selected).detail).to.deep.equal({ id: null, event: null });
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="details"]') === null, 'no [part="details"]').to.equal(true);
    expect(shadow(element).querySelector('.vis-item.vis-selected') === null, 'no .vis-item.vis-selected').to.equal(
      true,
    );
  });

  it('view="list" renders an ordered list in time order with the same titles', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    const drawn = drawnLabels(element).sort();
    element.view = 'list';
    await element.updateComplete;
    const list = shadow(element).querySelector('[part="list"]');
    expect(list?.tagName).to.equal('OL');
    const titles = [...list!.querySelectorAll(':scope > li')].map(
      (item) => item.querySelector('span[dir="auto"]')?.textContent,
    );
    // Time order: the range starts 2014-09, then 2017-12, 2021, 2024-02-07.
    expect(titles).to.deep.equal(['A range', 'A month event', 'A year event', 'A day event']);
    expect([...titles].sort()).to.deep.equal(drawn);
    expect(shadow(element).querySelector<HTMLElement>('[part="timeline"]')!.hidden).to.equal(true);
    const dates = [...list!.querySelectorAll(':scope > li .date')].map((node) => node.textContent);
    expect(dates).to.deep.equal(['September 2014 – December 2017', 'December 2017', '2021', '7 February 2024']);
  });

  it('the list view button switches views (aria-pressed follows)', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    const toggle = control(element, 'List view');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    await clickCenterOf(toggle);
    await element.updateComplete;
    expect(element.view).to.equal('list');
    expect(control(element, 'List view').getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(element).querySelector('[part="list"]')).to.exist;
  });

  it('theme="dark" changes the computed background (and light stays light under a dark system scheme)', async () => {
    await emulateMedia({ colorScheme: 'light' });
    try {
      const element = await renderTimeline(sampleEvents, 'en');
      const light = getComputedStyle(element).backgroundColor;
      expect(light).to.equal('rgb(255, 255, 255)');
      element.theme = 'dark';
      await element.updateComplete;
      const dark = getComputedStyle(element).backgroundColor;
      expect(dark).to.not.equal(light);
      expect(luminance(dark)).to.be.lessThan(0.1);
      expect(luminance(getComputedStyle(element).color)).to.be.greaterThan(0.7);
      // The controls follow the theme too.
      expect(luminance(getComputedStyle(control(element, 'Zoom in')).backgroundColor)).to.be.lessThan(0.1);
      await emulateMedia({ colorScheme: 'dark' });
      element.theme = 'light';
      await element.updateComplete;
      expect(getComputedStyle(element).backgroundColor).to.equal('rgb(255, 255, 255)');
      element.theme = 'auto';
      await element.updateComplete;
      expect(luminance(getComputedStyle(element).backgroundColor)).to.be.lessThan(0.1);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});

/** Relative luminance (0–1) of an `rgb()` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? [])
    .slice(0, 3)
    .map(Number)
    .map((value) => {
      const channel = value / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

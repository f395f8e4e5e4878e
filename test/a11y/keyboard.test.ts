import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { renderTimeline, sampleEvents, shadow, nextFrames } from '../element/helpers.js';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';

// Time order of sampleEvents: range (2014-09), month (2017-12), year (2021), day (2024-02-07).

function region(element: ConflictTimeline): HTMLElement {
  return shadow(element).querySelector<HTMLElement>('.timeline')!;
}

function activeLabel(element: ConflictTimeline): HTMLElement | null {
  const id = region(element).getAttribute('aria-activedescendant');
  return id ? shadow(element).getElementById(id) : null;
}

async function settle(element: ConflictTimeline): Promise<void> {
  await element.updateComplete;
  await nextFrames(3);
}

async function press(element: ConflictTimeline, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(element);
}

/** Tabs from a button placed before the element into its timeline region. */
async function tabIntoTimeline(element: ConflictTimeline): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  element.before(before);
  before.focus();
  // Legend buttons and controls come first in the toolbar; tab until the region has focus.
  for (let i = 0; i < 20 && shadow(element).activeElement !== region(element); i++) await sendKeys({ press: 'Tab' });
  await settle(element);
}

describe('keyboard', () => {
  it('Tab enters the timeline once and the next Tab leaves it', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    await tabIntoTimeline(element);
    expect(shadow(element).activeElement).to.equal(region(element));
    expect(activeLabel(element)?.textContent).to.equal('A range');
    await press(element, 'Tab');
    expect(shadow(element).activeElement).to.not.equal(region(element));
  });

  it('arrow keys move in time order in English, Home and End jump to the ends', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    await tabIntoTimeline(element);
    await press(element, 'ArrowRight');
    expect(activeLabel(element)?.textContent).to.equal('A month event');
    await press(element, 'End');
    expect(activeLabel(element)?.textContent).to.equal('A day event');
    await press(element, 'ArrowLeft');
    expect(activeLabel(element)?.textContent).to.equal('A year event');
    await press(element, 'Home');
    expect(activeLabel(element)?.textContent).to.equal('A range');
  });

  it('mirrors the arrows in Arabic: the left arrow goes forward in time', async () => {
    const element = await renderTimeline(sampleEvents, 'ar');
    await tabIntoTimeline(element);
    expect(activeLabel(element)?.textContent).to.equal('مدة');
    await press(element, 'ArrowLeft');
    expect(activeLabel(element)?.textContent).to.equal('حدث شهر');
    await press(element, 'ArrowRight');
    expect(activeLabel(element)?.textContent).to.equal('مدة');
  });

  it('Enter opens the details and fires ct-select; Escape closes them and keeps focus on the event', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    await tabIntoTimeline(element);
    await press(element, 'ArrowRight');
    const selected = oneEvent(element, 'ct-select');
    await press(element, 'Enter');
    expect((await selected).detail.id).to.equal('month');
    expect(shadow(element).querySelector('[part="details"] h2')?.textContent).to.equal('A month event');
    expect(activeLabel(element)?.getAttribute('aria-selected')).to.equal('true');
    await press(element, 'Escape');
    expect(shadow(element).querySelector('[part="details"]')).to.equal(null);
    expect(shadow(element).activeElement).to.equal(region(element));
    expect(activeLabel(element)?.textContent).to.equal('A month event');
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
    const element = await renderTimeline(sampleEvents, 'en');
    const month = [...shadow(element).querySelectorAll('[role="option"]')].find(
      (node) => node.textContent === 'A month event',
    );
    expect(month?.getAttribute('aria-label')).to.equal('A month event, December 2017');
    const arabic = await renderTimeline(sampleEvents, 'ar');
    const day = [...shadow(arabic).querySelectorAll('[role="option"]')].find((node) => node.textContent === 'حدث يوم');
    expect(day?.getAttribute('aria-label')).to.equal('حدث يوم، 7 فبراير/ شباط 2024');
  });

  it('announces the event the keyboard moves to, in the element language', async () => {
    const element = await renderTimeline(sampleEvents, 'ar');
    await tabIntoTimeline(element);
    await press(element, 'ArrowLeft');
    const live = shadow(element).querySelector('[aria-live="polite"]')!;
    expect(live.textContent).to.equal('حدث شهر، ديسمبر/ كانون الأول 2017. الحدث 2 من 4.');
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

import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { iraqCoalitionEvents } from '../../events/iraq-coalition.js';
import { layoutModeFor } from '../../src/element/controllers/layout-mode-controller.js';
import { pickText, type PreparedEvent } from '../../src/model/prepared.js';
import { MemoryQueryProvider } from '../../src/timeline/lod/memory-provider.js';
import { nextFrames, sampleEvents, shadow, until } from './helpers.js';
import { renderNarrow, verticalDrawing, verticalEntry, verticalTitles } from './narrow-helpers.js';

// Time order of sampleEvents: range (2014-09 – 2017-12), month (2017-12), year (2021), day (2024-02-07).

async function settle(element: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await element.updateComplete;
  await nextFrames(3);
}

describe('layoutModeFor', () => {
  it('is narrow at 480 px or less, and wide again only clear of a scroll bar’s width above it', () => {
    expect(layoutModeFor(480, 'wide')).to.equal('narrow');
    expect(layoutModeFor(481, 'wide')).to.equal('wide');
    expect(layoutModeFor(495, 'narrow')).to.equal('narrow');
    expect(layoutModeFor(520, 'narrow')).to.equal('wide');
  });
});

describe('narrow (vertical) layout', () => {
  it('draws every event down a rail at 390 px, in time order, with no vis-timeline', async () => {
    const { element } = await renderNarrow(sampleEvents);
    expect(verticalDrawing(element)).to.exist;
    expect(verticalDrawing(element)!.getAttribute('aria-hidden')).to.equal('true');
    expect(verticalTitles(element)).to.deep.equal(['A range', 'A month event', 'A year event', 'A day event']);
    expect(shadow(element).querySelector('.vis-timeline')).to.equal(null);
    // A day is a dot, a month, a year and a range are bars.
    const markers = ['range', 'month', 'year', 'day'].map((id) =>
      verticalEntry(element, id)!.querySelector('.v-marker')!.classList.contains('v-bar') ? 'bar' : 'dot',
    );
    expect(markers).to.deep.equal(['bar', 'bar', 'bar', 'dot']);
  });

  it('writes each date as the source phrases it, over the whole title', async () => {
    const { element } = await renderNarrow(iraqCoalitionEvents);
    const entry = verticalEntry(element, 'army-spokesman-on-talks-timetable')!;
    expect(entry.querySelector('.v-date')!.textContent).to.equal('11 February 2024 (?)');
    expect(entry.classList.contains('ct-uncertain')).to.equal(true);
    const title = entry.querySelector<HTMLElement>('.v-title')!;
    expect(title.textContent).to.equal(
      pickText(iraqCoalitionEvents.find((event) => event.id === 'army-spokesman-on-talks-timetable')!.title, 'en'),
    );
    // Whole: wrapped, not cut.
    expect(title.scrollWidth).to.be.at.most(title.clientWidth + 1);
    expect(getComputedStyle(title).textOverflow).to.not.equal('ellipsis');
  });

  it('shows a long gap as a break that says how long, in Arabic with the element’s digits', async () => {
    const { element } = await renderNarrow(sampleEvents, 'ar');
    element.numerals = 'arab';
    await settle(element);
    const breaks = [...shadow(element).querySelectorAll('.v-break')].map((node) => node.textContent?.trim());
    // 2014-09 → 2017-12 → 2021 → 2024-02-07.
    expect(breaks).to.deep.equal(['نحو ٣ سنوات', 'نحو ٣ سنوات', 'نحو ٣ سنوات']);
    const years = [...shadow(element).querySelectorAll('.v-year')].map((node) => node.textContent);
    expect(years).to.deep.equal(['٢٠١٤', '٢٠١٧', '٢٠٢١', '٢٠٢٤']);
  });

  it('puts the rail on the start side: right in Arabic, left in English', async () => {
    for (const lang of ['ar', 'en']) {
      const { element } = await renderNarrow(sampleEvents, lang);
      const entry = verticalEntry(element, 'day')!.getBoundingClientRect();
      const marker = verticalEntry(element, 'day')!.querySelector('.v-marker')!.getBoundingClientRect();
      const title = verticalEntry(element, 'day')!.querySelector('.v-title')!.getBoundingClientRect();
      if (lang === 'ar') expect(marker.left, lang).to.be.above(title.right);
      else expect(marker.right, lang).to.be.below(title.left);
      expect(marker.left).to.be.within(entry.left, entry.right);
    }
  });

  it('selects an event on click as the wide drawing does: ct-select and the details', async () => {
    const { element } = await renderNarrow(sampleEvents);
    const entry = verticalEntry(element, 'year')!;
    const box = entry.getBoundingClientRect();
    const selected = oneEvent(element, 'ct-select');
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + 8)] });
    expect((await selected).detail.id).to.equal('year');
    await settle(element);
    expect(shadow(element).querySelector('[part="details"] h2')?.textContent).to.equal('A year event');
    expect(verticalEntry(element, 'year')!.classList.contains('selected')).to.equal(true);
  });

  it('rings the event the keyboard is on; the list keeps the one tab stop', async () => {
    const { element } = await renderNarrow(sampleEvents);
    const before = document.createElement('button');
    element.before(before);
    before.focus();
    const inList = () => (shadow(element).activeElement as HTMLElement | null)?.closest('[part="list"]');
    for (let i = 0; i < 10 && !inList(); i++) await sendKeys({ press: 'Tab' });
    await settle(element);
    expect(shadow(element).querySelector('.v-entry.ct-focused')?.getAttribute('data-event-id')).to.equal('range');
    await sendKeys({ press: 'End' });
    await settle(element);
    expect(shadow(element).querySelector('.v-entry.ct-focused')?.getAttribute('data-event-id')).to.equal('day');
    // Nothing in the drawing is focusable.
    expect(verticalDrawing(element)!.querySelectorAll('[tabindex], button, a')).to.have.length(0);
  });

  it('has no window controls; the legend filters the drawing and the list view replaces it', async () => {
    const { element } = await renderNarrow(sampleEvents);
    expect(shadow(element).querySelector('[data-key="zoom-in"]')).to.equal(null);
    shadow(element).querySelector<HTMLButtonElement>('[data-key="explosions-remote-violence"]')!.click();
    await settle(element);
    expect(verticalTitles(element)).to.deep.equal(['A month event', 'A year event']);
    shadow(element).querySelector<HTMLButtonElement>('[data-key="view"]')!.click();
    await settle(element);
    expect(verticalDrawing(element)).to.equal(null);
    expect(shadow(element).querySelector('.events')!.classList.contains('sr-only')).to.equal(false);
  });

  it('follows its own width: wide again with vis-timeline, narrow again without', async () => {
    const { element, wrapper } = await renderNarrow(sampleEvents);
    const rendered = oneEvent(element, 'ct-render');
    wrapper.style.width = '780px';
    await rendered;
    await until(() => shadow(element).querySelector('.vis-timeline') !== null, 'vis-timeline drawn');
    expect(verticalDrawing(element)).to.equal(null);
    expect(shadow(element).querySelector('[data-key="zoom-in"]')).to.exist;
    wrapper.style.width = '400px';
    // (The wide drawing may report a redraw for the new width before it gives way.)
    await until(() => verticalDrawing(element) !== null, 'the vertical drawing');
    expect(shadow(element).querySelector('.vis-timeline')).to.equal(null);
  });

  it('keeps the wide drawing (its counts) for data drawn through a query provider', async () => {
    const { element } = await renderNarrow(sampleEvents);
    const rendered = oneEvent(element, 'ct-render');
    element.queryProvider = (events: readonly PreparedEvent[]) => new MemoryQueryProvider(events);
    await rendered;
    expect(shadow(element).querySelector('.vis-timeline')).to.exist;
    expect(verticalDrawing(element)).to.equal(null);
  });
});

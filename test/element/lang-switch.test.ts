import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  drawnLabels,
  mountTimeline,
  nextFrames,
  renderTimeline,
  requireItem,
  sampleEvents,
  shadow,
  until,
} from './helpers.js';

describe('switching lang at run time', () => {
  it('en → ar: Arabic labels, a right-to-left vis-timeline, and the same window and selection', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    // A window that is not the fitted one, so that "kept" cannot be "fitted again".
    element.setWindow(new Date(2016, 0, 1), new Date(2022, 0, 1));
    element.focusEvent('year');
    await element.updateComplete;
    await nextFrames();
    const before = element.getWindow()!;
    expect(shadow(element).querySelector('.vis-timeline.vis-ltr')).to.exist;
    expect(drawnLabels(element)).to.include('A year event');

    const rendered = oneEvent(element, 'ct-render');
    element.lang = 'ar';
    await rendered;
    await nextFrames();

    expect(shadow(element).querySelector('.vis-timeline.vis-rtl')).to.exist;
    expect(shadow(element).querySelectorAll('.vis-timeline')).to.have.length(1);
    expect(shadow(element).querySelector('[part="base"]')?.getAttribute('dir')).to.equal('rtl');
    const labels = drawnLabels(element);
    expect(labels).to.include('حدث سنة');
    expect(labels).to.not.include('A year event');
    expect(
      labels.some((label) => /[A-Za-z]/.test(label)),
      JSON.stringify(labels),
    ).to.equal(false);

    // Mirrored for real, not just a class: later is further left, and the axis reads right to left.
    const x = (id: string) => requireItem(element, id).getBoundingClientRect().left;
    expect(x('year'), 'the 2021 event left of the 2017 event').to.be.lessThan(x('month'));
    const years = [...shadow(element).querySelectorAll('.vis-time-axis .vis-text.vis-minor')]
      .filter((label) => /^\d{4}$/.test(label.textContent ?? ''))
      .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)
      .map((label) => Number(label.textContent));
    expect(years.length).to.be.greaterThan(2);
    expect(years, 'axis years from left to right').to.deep.equal([...years].sort((a, b) => b - a));

    const after = element.getWindow()!;
    expect(after.start.getTime()).to.be.closeTo(before.start.getTime(), 60_000);
    expect(after.end.getTime()).to.be.closeTo(before.end.getTime(), 60_000);

    // The selection survives: the item is still selected and its details are open, in Arabic.
    await until(() => shadow(element).querySelector('.vis-item.vis-selected') !== null, 'a selected item');
    const selected = shadow(element).querySelector('.vis-item.vis-selected .ct-item-label');
    expect(selected?.textContent).to.equal('حدث سنة');
    // …and the event list says so too (the drawing is hidden from assistive technology).
    expect(shadow(element).querySelector('#ct-entry-year')?.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(element).querySelector('[part="details"] h2')?.textContent).to.equal('حدث سنة');
    expect(shadow(element).querySelector('[part="details"] .date')?.textContent).to.equal('2021');
  });

  it('ar → en goes back to left-to-right English', async () => {
    const element = await renderTimeline(sampleEvents, 'ar');
    const rendered = oneEvent(element, 'ct-render');
    element.lang = 'en';
    await rendered;
    await nextFrames();
    expect(shadow(element).querySelector('.vis-timeline.vis-ltr')).to.exist;
    expect(shadow(element).querySelector('.vis-timeline.vis-rtl') === null, 'no .vis-timeline.vis-rtl').to.equal(true);
    expect(drawnLabels(element).sort()).to.deep.equal(['A day event', 'A month event', 'A range', 'A year event']);
  });

  it('without a lang of its own, follows a change of its lang ancestor made after it connected', async () => {
    const section = await fixture<HTMLElement>(html`<section lang="en"></section>`);
    const element = await mountTimeline((element) => (element.events = sampleEvents), { parent: section });
    expect(shadow(element).querySelector('.vis-timeline.vis-ltr')).to.exist;
    const rendered = oneEvent(element, 'ct-render');
    section.lang = 'ar';
    await rendered;
    await nextFrames();
    expect(shadow(element).querySelector('.vis-timeline.vis-rtl')).to.exist;
    expect(shadow(element).querySelector('[part="base"]')?.getAttribute('lang')).to.equal('ar');
    expect(drawnLabels(element)).to.include('حدث يوم');
    expect(shadow(element).querySelector('[part="list"]')?.getAttribute('aria-label')).to.equal('الخط الزمني للأحداث');
  });

  it('without a lang of its own or on an ancestor, follows the document’s lang', async () => {
    const pageLang = document.documentElement.lang;
    try {
      document.documentElement.lang = 'en';
      const element = await mountTimeline((element) => (element.events = sampleEvents));
      const rendered = oneEvent(element, 'ct-render');
      document.documentElement.lang = 'ar';
      await rendered;
      await until(() => shadow(element).querySelector('.vis-timeline.vis-rtl') !== null, 'a right-to-left drawing');
      expect(shadow(element).querySelector('[part="base"]')?.getAttribute('dir')).to.equal('rtl');
    } finally {
      document.documentElement.lang = pageLang;
    }
  });
});

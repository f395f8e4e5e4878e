import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import {
  clickCenterOf,
  control,
  drawnLabels,
  mountTimeline,
  nextFrames,
  recordEvents,
  renderTimeline,
  requireItem,
  sampleEvents,
  shadow,
  until,
} from './helpers.js';
import type { CtErrorDetail, CtRangeChangeDetail, CtRenderDetail } from '../../src/dom-events/events.js';
import type { ConflictEvent } from '../../src/model/types.js';

/** Two valid events, one without a title, one with an impossible date. */
const mixedEvents = [
  sampleEvents[0]!,
  { id: 'no-title', start: '2019-03-01', title: {} },
  { id: 'bad-date', start: '2019-13-45', title: { en: 'Bad date', ar: 'تاريخ خاطئ' } },
  sampleEvents[1]!,
] as unknown as ConflictEvent[];

describe('events', () => {
  afterEach(() => resetMouse());

  it('nothing covers the drawing: the point at an item’s centre is that item (pointer input reaches vis-timeline)', async () => {
    for (const lang of ['en', 'ar']) {
      const element = await renderTimeline(sampleEvents, lang);
      const item = requireItem(element, 'day');
      item.scrollIntoView({ block: 'center', inline: 'center' });
      await nextFrames();
      const box = item.getBoundingClientRect();
      const hit = shadow(element).elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      // (Booleans, not elements: a failing comparison of DOM nodes makes the runner serialise them.)
      expect(hit !== null && item.contains(hit), `${lang}: the point hits ${hit?.className}`).to.equal(true);
      expect(
        shadow(element).querySelectorAll('.vis-loading-screen').length,
        `${lang}: leftover loading screens`,
      ).to.equal(0);
    }
  });

  it('a real click on an item fires ct-select with its id and opens the details', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    const selected = oneEvent(element, 'ct-select');
    await clickCenterOf(requireItem(element, 'month'));
    const event = await Promise.race([selected, new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000))]);
    expect(event, 'ct-select within 3 s of the click').to.not.equal(null);
    expect(event!.detail.id).to.equal('month');
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="details"] h2')?.textContent).to.equal('A month event');
  });

  it('ct-range-change with byUser true after a real click on the zoom-in button', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    const before = element.getWindow()!;
    const span = (detail: CtRangeChangeDetail) => detail.end.getTime() - detail.start.getTime();
    const recorder = recordEvents(element, ['ct-range-change']);
    await clickCenterOf(control(element, 'Zoom in'));
    // The change that ends the zoom (an animated zoom may report steps, and a change from the
    // first layout may still be on its way).
    const zoomed = () =>
      recorder.events.find((event) => span(event.detail) < (before.end.getTime() - before.start.getTime()) * 0.75);
    await until(() => zoomed() !== undefined, 'a ct-range-change with a narrower window');
    recorder.stop();
    const event = zoomed()!;
    const detail = event.detail as CtRangeChangeDetail;
    expect(detail.start).to.be.instanceOf(Date);
    expect(detail.byUser, 'a click on a zoom button is the user’s doing').to.equal(true);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('ct-range-change after setWindow() says byUser false', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    const changed = oneEvent(element, 'ct-range-change');
    element.setWindow(new Date(2016, 0, 1), new Date(2020, 0, 1));
    expect(((await changed).detail as CtRangeChangeDetail).byUser).to.equal(false);
  });

  for (const lang of ['en', 'ar']) {
    it(`ct-error lists the issues of a mixed list; the notice shows in ${lang} and the valid events are drawn`, async () => {
      let recorder!: ReturnType<typeof recordEvents>;
      const element = await mountTimeline((element) => {
        recorder = recordEvents(element, ['ct-error', 'ct-load']);
        element.lang = lang;
        element.events = mixedEvents;
      });
      const errors = recorder.events.filter((event) => event.type === 'ct-error');
      expect(errors).to.have.length(1);
      const detail = errors[0]!.detail as CtErrorDetail;
      expect(detail.message).to.be.a('string').and.not.equal('');
      const errorIssues = detail.issues.filter((issue) => issue.severity === 'error');
      expect(errorIssues.length).to.be.at.least(2);
      expect(
        errorIssues.some((issue) => issue.index === 1 && issue.field === 'title'),
        JSON.stringify(detail.issues),
      ).to.equal(true);
      expect(
        errorIssues.some((issue) => issue.index === 2 && issue.field === 'start'),
        JSON.stringify(detail.issues),
      ).to.equal(true);
      expect(recorder.events.find((event) => event.type === 'ct-load')?.detail).to.deep.equal({
        count: 2,
        source: 'property',
      });

      const notice = shadow(element).querySelector<HTMLElement>('[part="notice"]');
      expect(notice).to.exist;
      expect(notice!.getAttribute('role')).to.equal('alert');
      expect(notice!.offsetHeight, 'the notice is visible').to.be.greaterThan(0);
      expect(getComputedStyle(notice!).display).to.not.equal('none');
      if (lang === 'ar') {
        expect(notice!.textContent).to.contain('في بيانات الخط الزمني أخطاء');
        expect(notice!.textContent).to.contain('الأحداث الصالحة المعروضة: 2');
      } else {
        expect(notice!.textContent).to.contain('2 errors and 0 warnings in the timeline data; 2 valid events shown.');
      }
      expect(drawnLabels(element).sort()).to.deep.equal(
        lang === 'ar' ? ['حدث شهر', 'حدث يوم'] : ['A day event', 'A month event'],
      );
    });
  }

  it('ct-render reports the number of items drawn', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 780px"></div>`);
    const element = document.createElement('conflict-timeline');
    element.events = sampleEvents;
    const rendered = oneEvent(element, 'ct-render');
    wrapper.append(element);
    await rendered;
    await nextFrames();
    // The drawing opens on the part of the events whose cards can all be read (overview.test.ts): show them all.
    const next = oneEvent(element, 'ct-render');
    element.fit({ animate: false });
    const detail = (await next).detail as CtRenderDetail;
    expect(detail.itemCount).to.equal(4);
    await nextFrames();
    expect(drawnLabels(element)).to.have.length(4);
  });

  it('every event bubbles and is composed: each reaches a listener outside an enclosing shadow root', async () => {
    const names = ['ct-load', 'ct-render', 'ct-error', 'ct-select', 'ct-range-change'];
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    root.append(inner);
    const outside = recordEvents(document, names);
    try {
      const element = await mountTimeline(
        (element) => {
          element.lang = 'en';
          element.events = mixedEvents;
        },
        { parent: inner },
      );
      element.focusEvent('day');
      await element.updateComplete;
      // ct-select comes from the user: click the details' close button.
      await clickCenterOf(shadow(element).querySelector('[part="details"] .close')!);
      const changed = oneEvent(element, 'ct-range-change');
      await clickCenterOf(control(element, 'Zoom out'));
      await changed;
      const seen = new Set(outside.events.map((event) => event.type));
      for (const name of names) expect(seen.has(name), `${name} reached the document`).to.equal(true);
      for (const event of outside.events) {
        expect(event.bubbles, `${event.type} bubbles`).to.equal(true);
        expect(event.composed, `${event.type} composed`).to.equal(true);
        // Retargeted to the outer host, as a composed event is.
        expect(event.target === host, `${event.type} retargeted to the outer host`).to.equal(true);
      }
    } finally {
      outside.stop();
    }
  });
});

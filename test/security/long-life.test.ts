// First: the counters wrap the globals before the element's modules run.
import { snapshot, visTimelines } from './instrument.js';
import { expect, fixture, html } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import {
  drawnLabels,
  eventsNumbered,
  mountTimeline,
  nextFrames,
  recordEvents,
  sampleEvents,
  shadow,
  until,
} from '../element/helpers.js';

// A page that lives for hours: elements moved around, data replaced over and over, many
// timelines side by side. Nothing may pile up. (The heap is measured in memory.test.ts, without
// these counters, which hold on to what they count.)

const CYCLES = 1000;

describe('long life', function () {
  this.timeout(120000);

  // Code compiled and caches filled by a first timeline are not a leak: warm up before measuring.
  before(async () => {
    const element = await mountTimeline((element) => (element.events = sampleEvents));
    element.focusEvent('day');
    await element.updateComplete;
    element.remove();
    await nextFrames();
  });

  it(`${CYCLES} disconnect/reconnect cycles leave no listener, interval, observer or vis-timeline behind`, async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 780px"></div>`);
    const before = snapshot();
    let elapsed = 0;
    // In a function of its own, so that nothing of this test holds the element once it is gone.
    await (async () => {
      const element = await mountTimeline((element) => (element.events = sampleEvents), { parent: wrapper });
      const mounted = snapshot();
      expect(mounted.liveVisTimelines).to.equal(before.liveVisTimelines + 1);
      const started = performance.now();
      const createdBefore = visTimelines.created;
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        element.remove();
        wrapper.append(element);
        await element.updateComplete;
        // Let some cycles draw, as a real page would between moves.
        if (cycle % 50 === 0) await nextFrames(1);
      }
      await element.updateComplete;
      await nextFrames();
      elapsed = performance.now() - started;
      expect(visTimelines.created - createdBefore, 'a vis-timeline per reconnect').to.equal(CYCLES);
      expect(snapshot(), 'after the cycles, the element still connected').to.deep.equal(mounted);
      // It still works.
      expect(drawnLabels(element).sort()).to.deep.equal(['A day event', 'A month event', 'A range', 'A year event']);
      element.remove();
    })();
    await nextFrames();
    expect(snapshot(), 'after the element left for good').to.deep.equal(before);
    console.log(`${CYCLES} reconnects: ${Math.round(elapsed)} ms`);
  });

  it(`${CYCLES} replacements of the events property: only the latest data, nothing piles up`, async () => {
    const before = snapshot();
    let elapsed = 0;
    await (async () => {
      const element = await mountTimeline((element) => (element.events = eventsNumbered(0)));
      const mounted = snapshot();
      const recorder = recordEvents(element, ['ct-load', 'ct-error']);
      const started = performance.now();
      for (let round = 1; round <= CYCLES; round++) {
        element.events = eventsNumbered(round);
        await element.updateComplete;
        if (round % 50 === 0) await nextFrames(1);
      }
      const lastRound = () =>
        drawnLabels(element).length === 8 &&
        drawnLabels(element).every((label) => label.startsWith(`Round ${CYCLES} `));
      await until(lastRound, 'the last round drawn');
      elapsed = performance.now() - started;
      recorder.stop();
      expect(recorder.events.filter((event) => event.type === 'ct-load')).to.have.length(CYCLES);
      expect(recorder.events.filter((event) => event.type === 'ct-error')).to.have.length(0);
      expect(snapshot()).to.deep.equal(mounted);
      // vis-timeline's DOM holds only the current items.
      expect(shadow(element).querySelectorAll('.vis-item-content').length).to.equal(8);
      element.remove();
    })();
    await nextFrames();
    expect(snapshot(), 'after the element left').to.deep.equal(before);
    console.log(`${CYCLES} replacements: ${Math.round(elapsed)} ms`);
  });

  it('20 timelines on one page do not interfere', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width: 780px"></div>`);
    // A page style that would hide vis-timeline items, were styles not scoped both ways.
    const pageStyle = document.createElement('style');
    pageStyle.textContent = '.vis-item, .ct-item-label { display: none !important; } p { color: rgb(1, 2, 3); }';
    document.head.append(pageStyle);
    const before = snapshot();
    try {
      const elements: ConflictTimeline[] = [];
      for (let index = 0; index < 20; index++) {
        elements.push(
          await mountTimeline(
            (element) =>
              (element.events = [
                { id: 'shared-id', start: '2014-06-10', title: { en: `Timeline ${index}: shared id` } },
                { id: `own-${index}`, start: `${2015 + (index % 5)}`, title: { en: `Timeline ${index}: own` } },
              ]),
            { parent: page },
          ),
        );
      }
      expect(snapshot().liveVisTimelines).to.equal(before.liveVisTimelines + 20);
      const selections = elements.map((element) => recordEvents(element, ['ct-select']));
      elements[7]!.focusEvent('shared-id');
      await elements[7]!.updateComplete;
      await nextFrames();
      elements.forEach((element, index) => {
        expect(drawnLabels(element).sort(), `timeline ${index} draws its own events`).to.deep.equal([
          `Timeline ${index}: own`,
          `Timeline ${index}: shared id`,
        ]);
        const details = shadow(element).querySelector('[part="details"]');
        expect(details !== null, `timeline ${index} details open`).to.equal(index === 7);
        expect(
          shadow(element).querySelectorAll('.vis-selected .vis-item-content').length,
          `timeline ${index} selection`,
        ).to.equal(index === 7 ? 1 : 0);
        // focusEvent fires ct-select on its own element only.
        expect(selections[index]!.events, `timeline ${index} ct-select`).to.have.length(index === 7 ? 1 : 0);
        // Page styles do not reach in: the labels are displayed.
        const label = shadow(element).querySelector<HTMLElement>('.ct-item-label')!;
        expect(getComputedStyle(label).display, `timeline ${index} label display`).not.to.equal('none');
      });
      // Element styles do not leak out: a page paragraph keeps the page colour, and a light-DOM
      // `.vis-item` is untouched by vis-timeline's sheet.
      const probe = document.createElement('div');
      probe.className = 'vis-item';
      page.append(probe);
      expect(getComputedStyle(probe).position).to.equal('static');
      probe.remove();
      elements.forEach((element) => element.remove());
      await nextFrames();
      expect(snapshot(), 'all 20 gone').to.deep.equal(before);
    } finally {
      pageStyle.remove();
    }
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import {
  drawnLabels,
  loadedAndRendered,
  mountTimeline,
  nextFrames,
  recordEvents,
  requireItem,
  sampleEvents,
  shadow,
  until,
} from './helpers.js';
import { showAll } from './helpers.js';
import { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { CtLoadDetail } from '../../src/dom-events/events.js';
import { iraqCoalitionEvents } from '../../events/iraq-coalition.js';

// Every way data reaches the element, through the element itself: each ends in one `ct-load`
// naming its source and the number of valid events, and in those events being drawn.

const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

/** Mounts an element configured by `setup`, recording ct-load and ct-error from the start. */
async function load(setup: (element: ConflictTimeline) => void) {
  let recorder!: ReturnType<typeof recordEvents>;
  const element = await mountTimeline((element) => {
    recorder = recordEvents(element, ['ct-load', 'ct-error']);
    setup(element);
  });
  const loads = () =>
    recorder.events.filter((event) => event.type === 'ct-load').map((event) => event.detail as CtLoadDetail);
  const errors = () => recorder.events.filter((event) => event.type === 'ct-error');
  return { element, loads, errors };
}

describe('data sources', () => {
  it('the events property: ct-load { source: "property" } and its events drawn', async () => {
    const { element, loads, errors } = await load((element) => (element.events = sampleEvents));
    expect(loads()).to.deep.equal([{ count: 4, source: 'property' }]);
    expect(errors()).to.have.length(0);
    expect(drawnLabels(element).sort()).to.deep.equal(['A day event', 'A month event', 'A range', 'A year event']);
  });

  describe('no data of its own', () => {
    afterEach(() => (ConflictTimeline.defaultEvents = undefined));

    it('the default events, when chosen (the article): source "default"', async () => {
      ConflictTimeline.defaultEvents = iraqCoalitionEvents;
      const { element, loads } = await load(() => undefined);
      expect(loads()).to.deep.equal([{ count: iraqCoalitionEvents.length, source: 'default' }]);
      expect(drawnLabels(element)).to.have.length(iraqCoalitionEvents.length);
      expect(shadow(element).querySelector('[part="empty"]')).to.equal(null);
    });

    for (const [lang, words] of [
      ['en', /^No events to show\. .*events property.*src.*inside the element\.$/],
      ['ar', /^لا توجد أحداث لعرضها\. .*events.*src.*داخل العنصر\.$/],
    ] as const) {
      it(`no default either: nothing drawn, and a short note (${lang}) saying how to give it data`, async () => {
        const { element, loads, errors } = await load((element) => (element.lang = lang));
        expect(loads()).to.deep.equal([{ count: 0, source: 'default' }]);
        expect(errors()).to.have.length(0);
        expect(drawnLabels(element)).to.deep.equal([]);
        const note = shadow(element).querySelector('[part="empty"]');
        expect(note?.textContent).to.match(words);
        expect(getComputedStyle(note!).display).to.not.equal('none');
      });
    }

    it('a default chosen after the element connected is shown, and the note goes', async () => {
      const { element, loads } = await load(() => undefined);
      expect(shadow(element).querySelector('[part="empty"]')).to.exist;
      const drawn = loadedAndRendered(element);
      ConflictTimeline.defaultEvents = sampleEvents;
      await drawn;
      await element.updateComplete;
      await showAll(element);
      expect(loads().at(-1)).to.deep.equal({ count: sampleEvents.length, source: 'default' });
      expect(drawnLabels(element).sort()).to.deep.equal(['A day event', 'A month event', 'A range', 'A year event']);
      expect(shadow(element).querySelector('[part="empty"]')).to.equal(null);
    });

    it('an element with data of its own ignores the default', async () => {
      ConflictTimeline.defaultEvents = iraqCoalitionEvents;
      const { element, loads } = await load((element) => (element.events = [sampleEvents[0]!]));
      ConflictTimeline.defaultEvents = sampleEvents;
      await element.updateComplete;
      expect(loads()).to.deep.equal([{ count: 1, source: 'property' }]);
      expect(drawnLabels(element)).to.deep.equal(['A day event']);
    });
  });

  it("leaves the page's own event objects as they were: the events property's and the default events are copied, never frozen", async () => {
    const small = sampleEvents.map((event) => structuredClone(event));
    const { element } = await load((element) => (element.events = small));
    await until(() => element.validEvents.length === 4, 'the events');
    // Large enough for the sliced ingest.
    const large = Array.from({ length: 2500 }, (_, i) => ({ ...structuredClone(sampleEvents[0]!), id: `e${i}` }));
    const sliced = await load((element) => (element.events = large));
    await until(() => sliced.element.validEvents.length === 2500, 'the sliced events');
    const defaults = sampleEvents.map((event) => structuredClone(event));
    ConflictTimeline.defaultEvents = defaults;
    try {
      const fallback = await load(() => undefined);
      await until(() => fallback.element.validEvents.length === 4, 'the default events');
    } finally {
      ConflictTimeline.defaultEvents = undefined;
    }
    for (const [name, input] of [
      ['small', small],
      ['sliced', large],
      ['default', defaults],
    ] as const) {
      expect(
        input.some((event) => Object.isFrozen(event) || Object.isFrozen(event.title)),
        name,
      ).to.equal(false);
    }
    expect(element.validEvents[0]).to.not.equal(small[0]);
  });

  it('src with this library’s JSON', async () => {
    const { element, loads, errors } = await load((element) => (element.src = fixtureUrl('events.json')));
    expect(loads()).to.deep.equal([{ count: 3, source: 'src' }]);
    expect(errors()).to.have.length(0);
    expect(drawnLabels(element).sort()).to.deep.equal([
      'Iraq declares victory',
      'Obama announces the coalition',
      'Talks begin',
    ]);
    // Precision survives loading: the month is a month.
    expect(requireItem(element, 'victory').classList.contains('ct-precision-month')).to.equal(true);
  });

  it('src with TimelineJS JSON (format detected from the content)', async () => {
    const { element, loads } = await load((element) => (element.src = fixtureUrl('timelinejs.json')));
    expect(loads()).to.deep.equal([{ count: 4, source: 'src' }]);
    expect(drawnLabels(element).sort()).to.deep.equal([
      'Mosul falls',
      'Parliament votes',
      'The coalition is announced',
      'Victory declared',
    ]);
  });

  it('src with a TimelineJS CSV sheet (format detected from the content)', async () => {
    const { element, loads } = await load((element) => (element.src = fixtureUrl('timelinejs.csv')));
    expect(loads()).to.deep.equal([{ count: 3, source: 'src' }]);
    expect(drawnLabels(element).sort()).to.deep.equal(['Mosul falls', 'Talks begin', 'The battle of Mosul']);
  });

  it('a src change aborts the previous request, and only the new data is loaded', async () => {
    const realFetch = window.fetch;
    const signals = new Map<string, AbortSignal | undefined>();
    // The first file answers slowly, so that without the abort its late answer would win.
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      signals.set(url.replace(/^.*\//, ''), init?.signal ?? undefined);
      if (url.endsWith('events.json') && !url.endsWith('other-events.json'))
        await new Promise((resolve) => setTimeout(resolve, 400));
      return realFetch(input, init);
    };
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 780px"></div>`);
      const element = document.createElement('conflict-timeline');
      const recorder = recordEvents(element, ['ct-load', 'ct-error']);
      element.lang = 'en';
      element.src = fixtureUrl('events.json');
      wrapper.append(element);
      await element.updateComplete;
      await until(() => signals.has('events.json'), 'the first request');
      element.src = fixtureUrl('other-events.json');
      await element.updateComplete;
      await until(() => recorder.events.some((event) => event.type === 'ct-load'), 'ct-load');
      expect(signals.get('events.json')?.aborted, 'the first request’s signal').to.equal(true);
      expect(signals.get('other-events.json')?.aborted).to.equal(false);
      // Long enough for the slow first answer to have arrived.
      await new Promise((resolve) => setTimeout(resolve, 800));
      await nextFrames();
      const loads = recorder.events.filter((event) => event.type === 'ct-load').map((event) => event.detail);
      expect(loads).to.deep.equal([{ count: 2, source: 'src' }]);
      expect(recorder.events.filter((event) => event.type === 'ct-error')).to.have.length(0);
      expect(drawnLabels(element).sort()).to.deep.equal(['Air strike in Baghdad', 'Parliament votes']);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('an inline <script type="application/json"> child', async () => {
    const { element, loads } = await load((element) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify([
        { id: 'a', start: '2015-03-01', title: { en: 'Inline one' } },
        { id: 'b', start: '2016-10', title: { en: 'Inline two' } },
      ]);
      element.append(script);
    });
    expect(loads()).to.deep.equal([{ count: 2, source: 'inline-json' }]);
    expect(drawnLabels(element).sort()).to.deep.equal(['Inline one', 'Inline two']);
    // The script stays data: it is not shown as text.
    expect(element.querySelector('script')).to.exist;
  });

  it('light-DOM <ol><li><time datetime> markup', async () => {
    const { element, loads } = await load((element) => {
      const list = document.createElement('ol');
      for (const [id, datetime, title] of [
        ['coalition', '2014-09-10', 'Obama announces the coalition'],
        ['victory', '2017-12', 'Iraq declares victory'],
        ['talks', '2024-01', 'Talks begin'],
      ] as const) {
        const item = document.createElement('li');
        item.dataset.id = id;
        const time = document.createElement('time');
        time.dateTime = datetime;
        time.textContent = datetime;
        item.append(time, ` ${title}`);
        list.append(item);
      }
      element.append(list);
    });
    expect(loads()).to.deep.equal([{ count: 3, source: 'markup' }]);
    expect(drawnLabels(element).sort()).to.deep.equal([
      'Iraq declares victory',
      'Obama announces the coalition',
      'Talks begin',
    ]);
    expect(requireItem(element, 'victory').classList.contains('ct-precision-month')).to.equal(true);
    expect(requireItem(element, 'coalition').classList.contains('vis-box')).to.equal(true);
  });

  it('markup in Arabic is read under the element language', async () => {
    const { element, loads } = await load((element) => {
      element.lang = 'ar';
      const list = document.createElement('ul');
      const item = document.createElement('li');
      const time = document.createElement('time');
      time.dateTime = '2014-09-10';
      time.textContent = '10 أيلول 2014';
      item.append(time, ' أوباما يعلن التحالف');
      list.append(item);
      element.append(list);
    });
    expect(loads()).to.deep.equal([{ count: 1, source: 'markup' }]);
    expect(drawnLabels(element)).to.deep.equal(['أوباما يعلن التحالف']);
    expect(shadow(element).querySelector('.ct-item-label')?.getAttribute('lang')).to.equal('ar');
  });
});

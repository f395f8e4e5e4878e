import { expect } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import { htmlToText } from '../../src/loaders/html-text.js';
import { drawnLabels, mountTimeline, shadow } from '../element/helpers.js';
import {
  BIDI_CONTROLS,
  PAYLOADS,
  PAYLOAD_TEXTS,
  dangerousMarkup,
  dayOf,
  payloadEvents,
  pwned,
  refusedEvents,
  resetTrap,
  settle,
  watchForInjectedElements,
} from './payloads.js';

// Hostile text through every input of the element. Each payload, if it ran, would set
// `window.__pwned` or add an element; shown, it must read back as the literal text.

const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

const sorted = (texts: readonly string[]) => [...texts].sort();

interface Mounted {
  element: ConflictTimeline;
  /** Everything that went wrong: the flag, injected elements, handler attributes, script URLs. */
  injections(): Promise<{ pwned: unknown; added: string[]; shadow: string[]; light: string[] }>;
}

/** Mounts an element (1000 px wide) set up by `setup`, watching the document and then its shadow root. */
async function mount(setup: (element: ConflictTimeline) => void): Promise<Mounted> {
  resetTrap();
  // The page's own light-DOM data is not an injection; the element changing it is (checked below).
  const watcher = watchForInjectedElements(
    (node) => node.getRootNode() === document && node.closest('conflict-timeline') !== null,
  );
  const element = await mountTimeline(
    (element) => {
      element.lang = 'en';
      setup(element);
    },
    { width: 1000 },
  );
  watcher.observe(shadow(element));
  const lightBefore = element.innerHTML;
  return {
    element,
    async injections() {
      await settle();
      return {
        pwned: pwned(),
        added: watcher.stop(),
        shadow: dangerousMarkup(shadow(element)),
        // The light DOM is the page's: the element never adds to it.
        light: element.innerHTML === lightBefore ? [] : ['the light DOM changed'],
      };
    },
  };
}

const CLEAN = { pwned: undefined, added: [], shadow: [], light: [] };

describe('injection: the events property', function () {
  this.timeout(60000);

  it('shows every payload as literal text in the item labels, and runs none', async () => {
    const { element, injections } = await mount((element) => (element.events = payloadEvents()));
    expect(sorted(drawnLabels(element))).to.deep.equal(sorted(PAYLOAD_TEXTS));
    expect(await injections()).to.deep.equal(CLEAN);
  });

  it('shows every payload as literal text in the details panel (title, summary, quote, actors, place, outlet)', async () => {
    const { element, injections } = await mount((element) => (element.events = payloadEvents()));
    for (const [index, { name, text }] of PAYLOADS.entries()) {
      element.focusEvent(`p${index}`);
      await element.updateComplete;
      const details = shadow(element).querySelector('[part="details"]');
      expect(details, name).to.exist;
      expect(details!.querySelector('h2')!.textContent, `${name}: title`).to.equal(text);
      expect(details!.querySelector('blockquote')!.textContent, `${name}: quote`).to.equal(text);
      const paragraphs = [...details!.querySelectorAll('p')].map((node) => node.textContent);
      expect(paragraphs, `${name}: summary`).to.include(text);
      const values = [...details!.querySelectorAll('dd')].map((node) => node.textContent);
      expect(values, `${name}: place and outlet`).to.include(text);
      expect(values, `${name}: actors`).to.include([text, text, text].join(', '));
    }
    expect(await injections()).to.deep.equal(CLEAN);
  });

  it('shows every payload as literal text in the list view', async () => {
    const { element, injections } = await mount((element) => (element.events = payloadEvents()));
    element.view = 'list';
    await element.updateComplete;
    const list = shadow(element).querySelector('[part="list"]')!;
    // The payloads are in time order already (one a year).
    expect([...list.querySelectorAll('li .title')].map((node) => node.textContent)).to.deep.equal(PAYLOAD_TEXTS);
    // (Lit's template whitespace around the summary is not part of it.)
    expect([...list.querySelectorAll('li > p')].map((node) => node.textContent?.trim())).to.deep.equal(PAYLOAD_TEXTS);
    expect(await injections()).to.deep.equal(CLEAN);
  });

  it('shows hostile actor names as literal lane labels (group-by="actor")', async () => {
    const { element, injections } = await mount((element) => {
      element.events = payloadEvents().slice(0, 12);
      element.groupBy = 'actor';
    });
    await settle(100);
    const lanes = [...shadow(element).querySelectorAll('.vis-labelset .vis-label .vis-inner')].map(
      (node) => node.textContent,
    );
    for (const text of PAYLOAD_TEXTS.slice(0, 12)) expect(lanes, 'lane labels').to.include(text);
    expect(await injections()).to.deep.equal(CLEAN);
  });

  it('refuses hostile categories, language keys and links; echoes them only as text; never as href', async () => {
    const errors: CustomEvent[] = [];
    const { element, injections } = await mount((element) => {
      element.addEventListener('ct-error', (event) => errors.push(event as CustomEvent));
      element.events = [...payloadEvents().slice(0, 3), ...refusedEvents()] as never;
    });
    const labels = drawnLabels(element);
    expect(labels).to.include('Hostile id').and.to.include('Hostile language key').and.not.to.include('Bad category');
    expect(errors).to.have.length(1);
    const fields = errors[0]!.detail.issues.map((issue: { field: string }) => issue.field);
    expect(fields).to.include('category').and.to.include('source.url').and.to.include('source.language');
    // The notice quotes the refused values, as text.
    const notice = shadow(element).querySelector('[part="notice"]')!;
    expect(notice.textContent).to.include('<img src=x onerror=');
    expect(notice.textContent).to.include('javascript:');
    // An id full of markup still gives plain DOM ids, to the drawn label and to the list entry.
    element.focusEvent(`"><img src=x onerror="window.__pwned='id'">`);
    await element.updateComplete;
    const entry = shadow(element).querySelector<HTMLElement>('[part="list"] button[tabindex="0"]')!;
    expect(entry.id).to.match(/^ct-entry-[A-Za-z0-9_.-]+$/);
    expect(entry.querySelector('.title')?.textContent).to.equal('Hostile id');
    expect(shadow(element).getElementById(entry.id.replace('ct-entry-', 'ct-item-'))?.textContent).to.equal(
      'Hostile id',
    );
    expect(shadow(element).querySelectorAll('[href], [src]')).to.have.length(0);
    expect(await injections()).to.deep.equal(CLEAN);
  });
});

describe('injection: src, inline JSON and markup', function () {
  this.timeout(60000);

  it('src JSON (the fixture holds the same corpus)', async () => {
    const served = await (await fetch(fixtureUrl('payloads.json'))).json();
    expect(served, 'fixtures/payloads.json is out of date: regenerate it from payloads.ts').to.deep.equal({
      events: payloadEvents(),
    });
    const { element, injections } = await mount((element) => (element.src = fixtureUrl('payloads.json')));
    expect(sorted(drawnLabels(element))).to.deep.equal(sorted(PAYLOAD_TEXTS));
    element.focusEvent('p2');
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="details"] h2')!.textContent).to.equal(PAYLOADS[2]!.text);
    expect(await injections()).to.deep.equal(CLEAN);
  });

  it('an inline <script type="application/json"> child', async () => {
    const { element, injections } = await mount((element) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      // `</script>` inside a string stays data: the script is built with DOM APIs, never parsed as HTML.
      script.textContent = JSON.stringify(payloadEvents());
      element.append(script);
    });
    expect(sorted(drawnLabels(element))).to.deep.equal(sorted(PAYLOAD_TEXTS));
    expect(await injections()).to.deep.equal(CLEAN);
  });

  it('light-DOM <ol><li><time> markup whose text is the payloads', async () => {
    const { element, injections } = await mount((element) => {
      const list = document.createElement('ol');
      PAYLOADS.forEach(({ text }, index) => {
        const item = document.createElement('li');
        item.dataset.id = `m${index}`;
        const time = document.createElement('time');
        time.dateTime = dayOf(index);
        time.textContent = dayOf(index);
        const summary = document.createElement('p');
        summary.textContent = text;
        item.append(time, ` ${text}`, summary);
        list.append(item);
      });
      element.append(list);
    });
    expect(sorted(drawnLabels(element))).to.deep.equal(sorted(PAYLOAD_TEXTS));
    element.focusEvent('m4');
    await element.updateComplete;
    expect([...shadow(element).querySelectorAll('[part="details"] p')].map((node) => node.textContent)).to.include(
      PAYLOADS[4]!.text,
    );
    expect(await injections()).to.deep.equal(CLEAN);
  });

  for (const file of ['timelinejs-payloads.json', 'timelinejs-payloads.csv']) {
    it(`TimelineJS through src (${file}): HTML is reduced to its text, which is shown literally`, async () => {
      const { element, injections } = await mount((element) => (element.src = fixtureUrl(file)));
      // TimelineJS headlines are HTML: the importer keeps their text (entities decoded once).
      const expected = PAYLOAD_TEXTS.map(htmlToText).filter(Boolean);
      expect(sorted(drawnLabels(element))).to.deep.equal(sorted(expected));
      // `&lt;img …&gt;` is decoded to the text `<img …>` once, and stays text.
      expect(drawnLabels(element)).to.include(`<img src=x onerror="window.__pwned='entities'">`);
      element.view = 'list';
      await element.updateComplete;
      expect(await injections()).to.deep.equal(CLEAN);
    });
  }
});

describe('bidirectional text cannot reorder the interface', function () {
  this.timeout(60000);
  const ISOLATED = ['isolate', 'isolate-override', 'plaintext'];

  it('item labels, details and list entries are isolated', async () => {
    const { element } = await mount((element) => (element.events = payloadEvents()));
    const root = shadow(element);
    const bidiOf = (node: Element) => getComputedStyle(node).unicodeBidi;
    const labels = [...root.querySelectorAll('.ct-item-label')];
    expect(labels.length).to.equal(PAYLOADS.length);
    for (const label of labels) expect(bidiOf(label), `label ${label.textContent}`).to.be.oneOf(ISOLATED);
    element.focusEvent('p22');
    await element.updateComplete;
    const details = root.querySelector('[part="details"]')!;
    for (const node of details.querySelectorAll('h2, blockquote, dd, p[dir]')) {
      expect(bidiOf(node), `details <${node.localName}>`).to.be.oneOf(ISOLATED);
    }
    element.view = 'list';
    await element.updateComplete;
    for (const node of root.querySelectorAll('[part="list"] li > span[dir], [part="list"] li > p')) {
      expect(bidiOf(node), `list <${node.localName}>`).to.be.oneOf(ISOLATED);
    }
  });

  it('the notice quotes refused values without raw bidi controls (they would reorder the message)', async () => {
    const { element } = await mount((element) => {
      element.events = [
        { id: 'ok', start: '2020-01-01', title: { en: 'Fine' } },
        { id: 'rlo', start: '2020-02-01', title: { en: 'Bad' }, category: '\u202Ekcirts-ria' },
        { id: 'rli', start: '2020-03-01\u2067', title: { en: 'Bad date' } },
      ] as never;
    });
    const messages = [...shadow(element).querySelectorAll('[part="notice"] li')].map((node) => node.textContent ?? '');
    expect(messages.length).to.be.greaterThan(0);
    expect(
      messages.filter((message) => BIDI_CONTROLS.test(message)),
      'messages with raw bidi controls',
    ).to.deep.equal([]);
  });
});

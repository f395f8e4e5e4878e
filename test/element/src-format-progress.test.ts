import { expect } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { CtErrorDetail, CtProgressDetail } from '../../src/dom-events/events.js';
import { drawnLabels, mountTimeline, recordEvents, shadow, until } from './helpers.js';

// The element's side of a `src` load: the `format` attribute that overrides detection, the
// `ct-progress` event and the progress indicator of a long load. The long loads are ACLED files
// the test server generates and sends slowly (test/plugins/generated-csv.js).

const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;

/** A generated ACLED export of `rows` rows, sent in `chunks` pieces `delay` ms apart. */
const generatedUrl = (rows: number, chunks = 1, delay = 0) =>
  new URL(`/__generated__/acled.csv?rows=${rows}&chunks=${chunks}&delay=${delay}`, location.href).href;

/** Mounts an element with `src` (and `setup`), recording its events from the start; resolves once it has drawn. */
async function loadSrc(src: string, setup: (element: ConflictTimeline) => void = () => undefined) {
  let recorder!: ReturnType<typeof recordEvents>;
  const element = await mountTimeline((element) => {
    recorder = recordEvents(element, ['ct-load', 'ct-error', 'ct-progress']);
    element.lang = 'en';
    setup(element);
    element.src = src;
  });
  const details = <T>(type: string) =>
    recorder.events.filter((event) => event.type === type).map((event) => event.detail as T);
  return { element, recorder, details };
}

/** Whether the indicator appears at any moment while `element` loads (watched on every change of its shadow root). */
function watchIndicator(element: ConflictTimeline): { seen: () => HTMLElement[] } {
  const seen: HTMLElement[] = [];
  const look = () => {
    const indicator = element.shadowRoot?.querySelector<HTMLElement>('[part="progress"]');
    if (indicator && !seen.includes(indicator)) seen.push(indicator);
  };
  const start = () => {
    if (!element.shadowRoot) return requestAnimationFrame(start);
    new MutationObserver(look).observe(element.shadowRoot, { childList: true, subtree: true, characterData: true });
  };
  start();
  return { seen: () => seen };
}

describe('src: the format attribute', () => {
  it('reads a file as the format it names, whatever its header suggests', async () => {
    // An editor's TimelineJS sheet that kept ACLED's columns: its header looks like an ACLED export.
    const detected = await loadSrc(fixtureUrl('timelinejs-with-acled-columns.csv'));
    expect(drawnLabels(detected.element)).to.deep.equal([]);
    expect(detected.details<CtErrorDetail>('ct-error').flatMap((error) => error.issues)).to.not.be.empty;

    const named = await loadSrc(fixtureUrl('timelinejs-with-acled-columns.csv'), (element) =>
      element.setAttribute('format', 'timelinejs-csv'),
    );
    expect(named.element.format).to.equal('timelinejs-csv');
    expect(drawnLabels(named.element).sort()).to.deep.equal(['Mosul retaken', 'Tal Afar offensive begins']);
    expect(named.details('ct-error')).to.deep.equal([]);
  });

  it('reads the file again when format changes', async () => {
    const { element, details } = await loadSrc(fixtureUrl('timelinejs-with-acled-columns.csv'));
    expect(drawnLabels(element)).to.deep.equal([]);
    element.format = 'timelinejs-csv';
    await until(() => drawnLabels(element).length === 2, 'the sheet read again');
    expect(details('ct-load')).to.have.length(2);
  });

  it('an unknown format name is reported (ct-error and the notice) and the format detected', async () => {
    const { element, details } = await loadSrc(fixtureUrl('timelinejs.csv'), (element) =>
      element.setAttribute('format', 'acled'),
    );
    const issues = details<CtErrorDetail>('ct-error').flatMap((error) => error.issues);
    const issue = issues.find((candidate) => candidate.field === 'format');
    expect(issue?.severity).to.equal('warning');
    expect(issue?.message).to.contain('Unknown format "acled"').and.contain('acled-csv');
    expect(shadow(element).querySelector('[part="notice"]')?.textContent).to.contain('Unknown format "acled"');
    expect(element.validEvents.map((event) => event.title.en)).to.include('The battle of Mosul');
  });
});

describe('src: ct-progress and the progress indicator', () => {
  it('ct-progress fires with growing rows while a large CSV arrives, at most every 100 ms, the last before ct-load', async () => {
    // Rows are counted per batch of the CSV reader (5,000 rows or 1 MiB): 11,000 rows make several.
    const { recorder, details } = await loadSrc(generatedUrl(11_000, 30, 50));
    const progress = details<CtProgressDetail>('ct-progress');
    expect(progress.length).to.be.greaterThan(3);
    const rows = progress.map((detail) => detail.rows);
    expect(rows).to.deep.equal([...rows].sort((a, b) => a - b));
    expect(new Set(rows.filter((count) => count > 0 && count < 11_000)).size).to.be.greaterThan(1);
    const last = progress.at(-1) as CtProgressDetail;
    expect(last.rows).to.equal(11_000);
    expect(last.totalBytes).to.be.a('number').and.equal(last.bytes);
    const types = recorder.events.map((event) => event.type);
    expect(types.lastIndexOf('ct-progress')).to.be.lessThan(types.indexOf('ct-load'));
    const times = recorder.events.filter((event) => event.type === 'ct-progress').map((event) => event.timeStamp);
    // Every event but the final one (which comes when the body ends) keeps 100 ms from the one before.
    const gaps = times.slice(1, -1).map((time, index) => time - (times[index] as number));
    expect(Math.min(...gaps)).to.be.at.least(99);
  });

  it('the indicator appears during a long load (rows read, a bar), then goes and its end is announced', async () => {
    let watcher!: ReturnType<typeof watchIndicator>;
    const { element } = await loadSrc(generatedUrl(3000, 20, 80), (element) => (watcher = watchIndicator(element)));
    const [indicator] = watcher.seen();
    expect(indicator, 'the indicator appeared').to.exist;
    expect(indicator?.getAttribute('role')).to.equal('status');
    expect(indicator?.querySelector('progress')?.getAttribute('max')).to.equal('1');
    expect(shadow(element).querySelector('[part="progress"]'), 'the indicator has gone').to.equal(null);
    await until(
      () => shadow(element).querySelector('[role="status"][aria-live="polite"]')?.textContent !== '',
      'the end announced',
    );
    expect(shadow(element).querySelector('[role="status"][aria-live="polite"]')?.textContent).to.equal(
      'Events loaded: 3,000 rows read.',
    );
  });

  it('the indicator counts rows in the element’s language and digits, and speaks less often than it changes', async () => {
    const texts: string[] = [];
    const spoken = new Set<string>();
    let target: ConflictTimeline | undefined;
    const look = () => {
      const indicator = target?.shadowRoot?.querySelector('[part="progress"]');
      const visible = indicator?.querySelector('[aria-hidden="true"]')?.textContent?.trim();
      if (visible) texts.push(visible);
      const words = indicator?.querySelector('.sr-only')?.textContent?.trim();
      if (words) spoken.add(words);
    };
    const poll = setInterval(look, 20);
    await loadSrc(generatedUrl(11_000, 30, 60), (element) => {
      target = element;
      element.lang = 'ar';
      element.numerals = 'arab';
    }).finally(() => clearInterval(poll));
    // Grouped as LocaleFormat.count groups every count the element writes.
    const counted = texts.filter((text) => /^جارٍ تحميل الأحداث… الصفوف المقروءة: [٠-٩][٠-٩٬,]*$/.test(text));
    expect(counted.length, texts.join(' | ')).to.be.greaterThan(1);
    expect(new Set(counted).size).to.be.greaterThan(1);
    // A load of about two seconds is spoken once (at the start), however often its count changes.
    expect(spoken.size).to.equal(1);
  });

  it('no indicator for a small file that loads at once', async () => {
    let watcher!: ReturnType<typeof watchIndicator>;
    const { element, details } = await loadSrc(generatedUrl(20), (element) => (watcher = watchIndicator(element)));
    expect(drawnLabels(element)).to.have.length(20);
    expect(watcher.seen()).to.deep.equal([]);
    expect(details<CtProgressDetail>('ct-progress').at(-1)?.rows).to.equal(20);
  });

  it('a note with markup in a generated row is shown as text', async () => {
    const { element } = await loadSrc(generatedUrl(200, 4, 50));
    element.focusEvent('GEN7');
    await element.updateComplete;
    const details = shadow(element).querySelector('[part="details"]');
    expect(details?.textContent).to.contain('Witness: <img src=x onerror=alert(1)> <b>bold</b>');
    expect(shadow(element).querySelectorAll('img, b')).to.have.length(0);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/conflict-timeline.js';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { CtErrorDetail, CtLoadDetail } from '../../src/dom-events/events.js';
import { fixtureUrl } from './helpers.js';

// ACLED and UCDP GED files through the element's `src`, as a page uses them: detected, read,
// the bad rows reported, the good ones drawn at their precision, notes shown as text only.

interface Loaded {
  readonly element: ConflictTimeline;
  readonly load: CtLoadDetail;
  readonly errors: CtErrorDetail[];
}

/** Polls `check` every frame until it holds (or fails after `timeout` ms). */
async function until(check: () => boolean, timeout = 15_000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeout) throw new Error('timed out waiting');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** An English timeline with `src`, once it has loaded and drawn `drawn` events. */
async function loadSrc(name: string, drawn: number): Promise<Loaded> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 780px"></div>`);
  const element = document.createElement('conflict-timeline');
  const loads: CtLoadDetail[] = [];
  const errors: CtErrorDetail[] = [];
  element.addEventListener('ct-load', (event) => loads.push(event.detail));
  element.addEventListener('ct-error', (event) => errors.push(event.detail));
  element.lang = 'en';
  element.setAttribute('src', fixtureUrl(name));
  wrapper.append(element);
  await until(() => loads.length > 0 && items(element).length >= drawn);
  return { element, load: loads[0] as CtLoadDetail, errors };
}

function items(element: ConflictTimeline): HTMLElement[] {
  return [...(element.shadowRoot?.querySelectorAll<HTMLElement>('.vis-item-content') ?? [])];
}

/** The drawn item (box or range) of an event. */
function itemOf(element: ConflictTimeline, id: string): HTMLElement {
  const label = element.shadowRoot?.getElementById(`ct-item-${id}`);
  const item = label?.closest<HTMLElement>('.vis-item');
  if (!item) throw new Error(`${id} is not drawn`);
  return item;
}

describe('ACLED and UCDP GED through src', () => {
  it('draws the good ACLED rows at their precision and reports the bad ones by row', async () => {
    const { element, load, errors } = await loadSrc('acled.csv', 7);
    expect(load).to.deep.equal({ count: 7, source: 'src' });
    expect(itemOf(element, 'IRQ1001').classList.contains('ct-precision-day')).to.equal(true);
    // The week's middle day is drawn as an approximate day, the month's 15th as the month.
    expect(itemOf(element, 'IRQ1002').classList.contains('ct-approximate')).to.equal(true);
    expect(itemOf(element, 'IRQ1003').classList.contains('ct-precision-month')).to.equal(true);
    const issues = errors.flatMap((error) => error.issues);
    expect(issues.map((issue) => [issue.index + 1, issue.id, issue.field])).to.deep.include.members([
      [9, 'IRQ1008', 'event_date'],
      [10, 'IRQ1009', 'sub_event_type'],
      [11, 'IRQ1010', 'fatalities'],
    ]);
    expect(issues.filter((issue) => issue.severity === 'error')).to.have.length(6);
  });

  it('shows a hostile note as text, never as markup', async () => {
    const alerts: unknown[] = [];
    const realAlert = window.alert;
    window.alert = (message?: unknown) => alerts.push(message);
    try {
      const { element } = await loadSrc('acled.csv', 7);
      const root = element.shadowRoot as ShadowRoot;
      await until(() => [...root.querySelectorAll('p')].some((p) => p.textContent?.includes('A witness wrote')));
      const note = [...root.querySelectorAll('p')].find((p) => p.textContent?.includes('A witness wrote'));
      expect(note?.textContent).to.contain('<img src=x onerror="alert(\'acled\')"><script>alert(1)</script> & left.');
      expect(note?.children).to.have.length(0);
      expect(root.querySelectorAll('img, script')).to.have.length(0);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(alerts).to.deep.equal([]);
    } finally {
      window.alert = realAlert;
    }
  });

  it('draws UCDP GED spans as ranges and reports its bad rows', async () => {
    const { element, load, errors } = await loadSrc('ucdp-ged.csv', 10);
    expect(load).to.deep.equal({ count: 10, source: 'src' });
    // date_prec 3: the week from date_start to date_end, a range, never one day.
    expect(itemOf(element, '244004').classList.contains('vis-range')).to.equal(true);
    expect(itemOf(element, '244008').classList.contains('ct-precision-year')).to.equal(true);
    const fields = errors.flatMap((error) => error.issues).map((issue) => issue.field);
    expect(fields).to.include.members(['date_end', 'type_of_violence', 'best', 'date_prec', 'date_start']);
  });

  it('reads ACLED website dates (DD Month YYYY) through src, and reports the ambiguous one by row and id', async () => {
    const { element, load, errors } = await loadSrc('acled-website.csv', 5);
    expect(load).to.deep.equal({ count: 5, source: 'src' });
    expect(itemOf(element, 'SYR2001').classList.contains('ct-precision-day')).to.equal(true);
    expect(itemOf(element, 'SYR2001').textContent).to.contain('9 July 2017');
    expect(itemOf(element, 'SYR2002').classList.contains('ct-approximate')).to.equal(true);
    expect(itemOf(element, 'SYR2005').classList.contains('ct-precision-month')).to.equal(true);
    const issues = errors.flatMap((error) => error.issues);
    expect(issues.map((issue) => [issue.index + 1, issue.id, issue.field])).to.deep.equal([
      [7, 'SYR2006', 'event_date'],
    ]);
    const notice = element.shadowRoot?.querySelector('[part="notice"]');
    expect(notice?.textContent).to.contain('Row 7 (event_date): "09/07/2017" is not a date');
  });

  it('keeps a UCDP GED day with a time part (2017-07-09 00:00:00.000) on its day, in any time zone', async () => {
    const { element } = await loadSrc('ucdp-ged.csv', 10);
    const day = itemOf(element, '244001');
    expect(day.classList.contains('ct-precision-day')).to.equal(true);
    expect(day.textContent).to.contain('9 July 2017');
    // date_prec 4 with a time part: the month, drawn over its whole time.
    expect(itemOf(element, '244006').classList.contains('ct-precision-month')).to.equal(true);
  });

  it('reads a TimelineJS sheet through src: its slides drawn, its bad rows reported', async () => {
    const { element, load, errors } = await loadSrc('timelinejs.csv', 3);
    expect(load.source).to.equal('src');
    expect(load.count).to.be.greaterThanOrEqual(3);
    const labels = items(element).map((item) => item.textContent ?? '');
    expect(labels.some((label) => label.includes('Mosul falls to ISIS'))).to.equal(true);
    expect(labels.some((label) => label.includes('Obama announces the coalition'))).to.equal(true);
    // Markup in a headline is read as text: no <b> reaches the drawing.
    expect(element.shadowRoot?.querySelectorAll('.vis-item-content b')).to.have.length(0);
    expect(errors.flatMap((error) => error.issues).some((issue) => issue.message.startsWith('Row '))).to.equal(true);
  });
});

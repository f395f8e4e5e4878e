import { expect, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { ConflictEvent, EventCategory } from '../../src/model/types.js';
import { axisX, nextFrames, renderTimeline, shadow, until } from './helpers.js';

/**
 * 3,000 day events over 2020 (battles, protests and talks by turns): at the fitted year far too
 * many to draw one by one, so the drawing is a density histogram.
 */
const CATEGORIES: EventCategory[] = ['armed-clash', 'peaceful-protest', 'talks'];
const denseEvents: ConflictEvent[] = Array.from({ length: 3000 }, (_, index) => ({
  id: `e${index}`,
  start: new Date(Date.UTC(2020, 0, 1 + (index % 360))).toISOString().slice(0, 10),
  title: { en: `Event ${index + 1}`, ar: `حدث ${index + 1}` },
  category: CATEGORIES[index % CATEGORIES.length]!,
}));

const segments = (element: ConflictTimeline) => [
  ...shadow(element).querySelectorAll<HTMLElement>('.ct-density-segment'),
];
const bars = (element: ConflictTimeline) => [...shadow(element).querySelectorAll<HTMLElement>('.ct-density-bar')];
const tip = (element: ConflictTimeline) =>
  shadow(element).querySelector<HTMLElement>('.ct-density-tip:not([hidden])')?.textContent ?? null;
const table = (element: ConflictTimeline) => shadow(element).querySelector<HTMLTableElement>('[part="counts"]');

async function dense(lang = 'en', numerals?: 'arab'): Promise<ConflictTimeline> {
  const element = await renderTimeline(denseEvents, lang);
  if (numerals) element.numerals = numerals;
  await until(() => segments(element).length > 0 && table(element) !== null, 'the histogram and its table');
  return element;
}

/** The middle of a box, in the viewport, brought into it first. */
function centreOf(node: HTMLElement): [number, number] {
  node.scrollIntoView({ block: 'center' });
  const box = node.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

describe('density histogram: large data as a trend', () => {
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('draws a bar per bucket instead of count items, stacked by type in the category colours', async () => {
    const element = await dense();
    expect(shadow(element).querySelectorAll('.vis-item.ct-aggregate')).to.have.length(0);
    expect(bars(element).length).to.be.greaterThan(5);
    const [first] = bars(element);
    const types = [...first!.querySelectorAll('.ct-density-segment')].map((node) => node.className);
    expect(types).to.deep.equal([
      'ct-density-segment ct-type-battles',
      'ct-density-segment ct-type-protests',
      'ct-density-segment ct-type-strategic-developments',
    ]);
    // In the legend's colour: the computed colour of its swatch.
    const swatch = shadow(element).querySelector('.legend .ct-type-battles .swatch, .legend .swatch.ct-type-battles');
    const battles = first!.querySelector('.ct-type-battles')!;
    expect(swatch, 'the legend swatch of battles').to.exist;
    expect(getComputedStyle(battles).backgroundColor).to.equal(getComputedStyle(swatch!).backgroundColor);
    expect(getComputedStyle(battles).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
  });

  it('stands each bar on the time axis: its edges where vis-timeline puts its bucket, mirrored in Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      const element = await dense(lang);
      const all = bars(element);
      expect(all.length, lang).to.be.greaterThan(5);
      // Earlier buckets lie to the left in English, to the right in Arabic.
      const lefts = all.map((bar) => bar.getBoundingClientRect().left);
      expect(lefts[0]! < lefts[lefts.length - 1]!, lang).to.equal(lang === 'en');
      for (const bar of all) {
        const box = bar.getBoundingClientRect();
        const [from, to] = [axisX(element, Number(bar.dataset['start'])), axisX(element, Number(bar.dataset['end']))];
        // A pixel's gap on each side of the bucket.
        expect(box.left, `${lang} left`).to.be.closeTo(Math.min(from, to) + 1, 1.5);
        expect(box.right, `${lang} right`).to.be.closeTo(Math.max(from, to) - 1, 1.5);
      }
    }
  });

  it('tells the count and period of the bar under the pointer, in the element’s language and digits', async () => {
    const english = await dense();
    const target = segments(english).find((node) => node.classList.contains('ct-type-battles'))!;
    await sendMouse({ type: 'move', position: centreOf(target) });
    await until(() => tip(english) !== null, 'a tooltip');
    expect(tip(english)).to.match(/^\d[\d,]* events \(Battles\), .+ 2020\. Activate to zoom in\.$/);

    const arabic = await dense('ar', 'arab');
    await until(
      () =>
        shadow(arabic)
          .querySelector('.ct-density-value')
          ?.textContent?.match(/^[٠-٩٬]+$/) != null,
      'Arabic digits',
    );
    const arabicTarget = segments(arabic).find((node) => node.classList.contains('ct-type-protests'))!;
    await sendMouse({ type: 'move', position: centreOf(arabicTarget) });
    await until(() => tip(arabic) !== null, 'a tooltip in Arabic');
    expect(tip(arabic)).to.match(/^أحداث: [٠-٩٬]+ \(احتجاجات\)، .+٢٠٢٠\. فعّله للتكبير\.$/);
  });

  it('zooms to a bar’s bucket when it is clicked, as a count did', async () => {
    const element = await dense();
    const target = bars(element)[3]!.querySelector<HTMLElement>('.ct-density-segment')!;
    const before = element.getWindow()!;
    const changed = oneEvent(element, 'ct-range-change');
    // An open event stays open: vis-timeline sees the tap as a click on no item.
    element.focusEvent('e5');
    await element.updateComplete;
    const selected: unknown[] = [];
    element.addEventListener('ct-select', (event) => selected.push(event));
    await sendMouse({ type: 'click', position: centreOf(target) });
    const { detail } = await changed;
    expect(detail.byUser).to.equal(true);
    const span = detail.end.getTime() - detail.start.getTime();
    expect(span).to.be.lessThan((before.end.getTime() - before.start.getTime()) / 5);
    expect(selected).to.have.length(0);
    expect(shadow(element).querySelector('[part="details"]')).to.exist;
  });

  it('pans, not zooms, when a drag starts on a bar', async () => {
    const element = await dense();
    const target = bars(element)[4]!.querySelector<HTMLElement>('.ct-density-segment')!;
    const [x, y] = centreOf(target);
    const bucket = target.parentElement!.dataset['start'];
    const leftBefore = target.parentElement!.getBoundingClientRect().left;
    const before = element.getWindow()!;
    const changed = oneEvent(element, 'ct-range-change');
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    for (let step = 1; step <= 10; step++) {
      await sendMouse({ type: 'move', position: [x - step * 15, y] });
      await nextFrames(1);
    }
    await sendMouse({ type: 'up' });
    const { detail } = await changed;
    const span = (window: { start: Date; end: Date }) => window.end.getTime() - window.start.getTime();
    expect(Math.abs(span(detail) - span(before))).to.be.lessThan(span(before) / 100);
    expect(detail.start.getTime()).to.be.greaterThan(before.start.getTime());
    // The bars moved with the axis, by the drag's length.
    const barNow = () => bars(element).find((bar) => bar.dataset['start'] === bucket);
    await until(
      () => Math.abs((barNow()?.getBoundingClientRect().left ?? 0) - (leftBefore - 150)) < 3,
      'the bar moved',
    );
  });

  it('has a table of counts per period and type for assistive technology, the same counts as the bars', async () => {
    const element = await dense();
    const counts = table(element)!;
    expect(counts.closest('[aria-hidden="true"]')).to.equal(null);
    expect(counts.caption?.textContent?.trim()).to.equal('Number of events in the timeline’s bars, by period and type');
    const headers = [...counts.querySelectorAll('thead th')].map((node) => node.textContent);
    expect(headers).to.deep.equal(['Period', 'Battles', 'Protests', 'Strategic developments', 'Total']);
    const rows = [...counts.querySelectorAll('tbody tr')];
    expect(rows.length).to.be.greaterThan(5);
    expect(rows[0]!.querySelector('th')?.getAttribute('scope')).to.equal('row');
    const total = rows.reduce((sum, row) => sum + Number(row.lastElementChild?.textContent?.replace(/,/g, '')), 0);
    // Every event of the window is in a bar, hence in the table.
    expect(total).to.equal(3000);
    // Not in the list view (which lists every event), and gone when the window's events are drawn.
    element.view = 'list';
    await element.updateComplete;
    expect(table(element)).to.equal(null);
    element.view = 'timeline';
    element.setWindow('2020-03-01', '2020-03-03');
    await until(() => segments(element).length === 0 && table(element) === null, 'no histogram, no table');
  });

  it('says the table in Arabic with the element’s digits', async () => {
    const element = await dense('ar', 'arab');
    await until(() => /[٠-٩]/.test(table(element)?.querySelector('tbody td')?.textContent ?? ''), 'Arabic digits');
    const counts = table(element)!;
    expect(counts.caption?.textContent?.trim()).to.equal('عدد الأحداث في أعمدة الخط الزمني، حسب الفترة والنوع');
    expect(counts.querySelector('thead th')?.textContent).to.equal('الفترة');
    expect(counts.querySelector('tbody th')?.textContent).to.match(/٢٠٢٠/);
  });
});

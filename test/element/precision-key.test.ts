import { expect } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import { arabicLocale, englishLocale } from '../../src/i18n/locales.js';
import type { ConflictEvent } from '../../src/model/types.js';
import { mountTimeline, requireItem, shadow } from './helpers.js';

// The key below the drawing says how it draws precision (a day, a month or a year, an approximate
// or uncertain date), in the element's language, with marks drawn by the items' own rules.

const mixed: ConflictEvent[] = [
  { id: 'day', start: '2024-02-07', title: { en: 'A day', ar: 'يوم' }, category: 'air-strike' },
  { id: 'month', start: '2017-12', title: { en: 'A month', ar: 'شهر' }, category: 'declaration' },
  { id: 'year', start: '2021', title: { en: 'A year', ar: 'سنة' }, category: 'withdrawal' },
  { id: 'approx', start: '2019-03-05~', title: { en: 'About a day', ar: 'نحو يوم' }, category: 'talks' },
  { id: 'uncertain', start: '2019-05?', title: { en: 'Maybe May', ar: 'ربما مايو' }, category: 'talks' },
];

const daysOnly: ConflictEvent[] = [
  { id: 'a', start: '2024-02-07', title: { en: 'One day' } },
  { id: 'b', start: '2024-02-09', end: '2024-02-11', title: { en: 'Three days' } },
  { id: 'c', start: '2024-03-01', title: { en: 'Another day' } },
];

function key(element: ConflictTimeline): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>('[part="key"]');
}

function entries(element: ConflictTimeline): { kind: string; text: string }[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('[part="key"] .key-entry')].map((entry) => ({
    kind: entry.dataset['kind'] ?? '',
    text: entry.textContent?.trim() ?? '',
  }));
}

function mark(element: ConflictTimeline, kind: string): HTMLElement {
  return shadow(element).querySelector<HTMLElement>(`[part="key"] [data-kind="${kind}"] .ct-key-mark`)!;
}

function show(events: ConflictEvent[], lang: string, width = 1200): Promise<ConflictTimeline> {
  return mountTimeline(
    (element) => {
      element.lang = lang;
      element.events = events;
    },
    { width },
  );
}

describe('precision key', () => {
  for (const [lang, locale] of [
    ['en', englishLocale],
    ['ar', arabicLocale],
  ] as const) {
    it(`${lang}: names each kind of precision the events use, in the element's language`, async () => {
      const element = await show(mixed, lang);
      const words = locale.ui.precisionKey;
      expect(key(element) !== null, 'the key').to.equal(true);
      expect(key(element)!.querySelector('.key-label')!.textContent).to.equal(words.label);
      expect(entries(element)).to.deep.equal([
        { kind: 'day', text: words.day },
        { kind: 'span', text: words.span },
        { kind: 'approximate', text: words.approximate },
        { kind: 'uncertain', text: words.uncertain },
      ]);
      expect(getComputedStyle(key(element)!).direction).to.equal(locale.dir);
    });

    it(`${lang}: one line at 1200 px, and never a tab stop nor read out`, async () => {
      const element = await show(mixed, lang);
      const box = key(element)!;
      const lineHeight = parseFloat(getComputedStyle(box).lineHeight);
      expect(box.getBoundingClientRect().height, 'one line').to.be.below(lineHeight * 1.5 + 2);
      expect(box.getAttribute('aria-hidden')).to.equal('true');
      expect(box.querySelectorAll('button, a, input, [tabindex]')).to.have.length(0);
      // Below the drawing.
      const drawing = shadow(element).querySelector('[part="timeline"]')!.getBoundingClientRect();
      expect(box.getBoundingClientRect().top).to.be.at.least(drawing.bottom - 1);
    });
  }

  it('lists only the kinds shown: days and months, without approximate or uncertain', async () => {
    const element = await show(
      mixed.filter((event) => event.id === 'day' || event.id === 'month'),
      'en',
    );
    expect(entries(element).map((entry) => entry.kind)).to.deep.equal(['day', 'span']);
  });

  it('is absent when the shown events use one kind of precision only', async () => {
    const element = await show(daysOnly, 'en');
    expect(key(element) === null, 'no key').to.equal(true);
  });

  it('follows the legend: hiding the only category with months leaves no key', async () => {
    const element = await show(
      mixed.filter((event) => event.id === 'day' || event.id === 'month'),
      'en',
    );
    expect(key(element) !== null, 'a key').to.equal(true);
    const strategic = shadow(element).querySelector<HTMLButtonElement>(
      '.legend button[data-key="strategic-developments"]',
    )!;
    strategic.click();
    await element.updateComplete;
    expect(key(element) === null, 'no key').to.equal(true);
  });

  it('is absent in the list view', async () => {
    const element = await show(mixed, 'en');
    element.view = 'list';
    await element.updateComplete;
    expect(key(element) === null, 'no key').to.equal(true);
  });

  it('is not shown when the element is narrow (vertical layout)', async () => {
    const element = await show(mixed, 'en', 390);
    const box = key(element);
    expect(box === null || box.getBoundingClientRect().height === 0, 'hidden at 390 px').to.equal(true);
  });

  it('wraps instead of overflowing at 500 px', async () => {
    const element = await show(mixed, 'ar', 500);
    const box = key(element)!;
    const row = box.parentElement!.getBoundingClientRect();
    for (const entry of box.querySelectorAll('.key-entry')) {
      const rect = entry.getBoundingClientRect();
      expect(rect.left, entry.textContent!).to.be.at.least(row.left - 1);
      expect(rect.right, entry.textContent!).to.be.at.most(row.right + 1);
    }
  });

  it('draws its marks with the drawing’s own rules: dashed soft span, dotted approximate and uncertain, a filled point', async () => {
    const element = await show(mixed, 'en');
    const month = getComputedStyle(requireItem(element, 'month'));
    const approx = getComputedStyle(requireItem(element, 'approx'));
    const uncertain = getComputedStyle(requireItem(element, 'uncertain'));
    const span = getComputedStyle(mark(element, 'span'));
    expect(month.borderTopStyle).to.equal('dashed');
    expect(span.borderTopStyle).to.equal(month.borderTopStyle);
    // The soft edges: the same gradient shape (colours differ: the key's mark is neutral).
    expect(span.backgroundImage).to.match(/^linear-gradient\(to right, rgba\(0, 0, 0, 0\)/);
    expect(month.backgroundImage).to.match(/^linear-gradient\(to right, rgba\(0, 0, 0, 0\)/);
    expect(approx.borderTopStyle).to.equal('dotted');
    expect(getComputedStyle(mark(element, 'approximate')).borderTopStyle).to.equal(approx.borderTopStyle);
    expect(uncertain.borderTopStyle).to.equal('dotted');
    expect(getComputedStyle(mark(element, 'uncertain')).borderTopStyle).to.equal(uncertain.borderTopStyle);
    const point = getComputedStyle(mark(element, 'day'));
    expect(point.backgroundColor).to.equal(point.borderTopColor);
    expect(point.borderTopLeftRadius).to.not.equal('0px');
  });
});

import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import { LIST_PAGE } from '../../src/element/controllers/list-paging-controller.js';
import type { ConflictEvent } from '../../src/model/types.js';
import { mountTimeline, nextFrames, shadow, until } from './helpers.js';

// Printed, the element is a dated list of the events shown: date as phrased, title, summary,
// source (outlet and link as text), the "not the article" line; no toolbar, controls, drawing,
// key or details; in the element's language and direction; no event split across pages.

const sourced: ConflictEvent[] = [
  {
    id: 'strike',
    start: '2024-02-07',
    title: { en: 'Drone strike in Baghdad', ar: 'غارة بطائرة مسيّرة في بغداد' },
    summary: { en: 'A US drone strike hit a car.', ar: 'أصابت غارة أمريكية سيارة.' },
    category: 'air-strike',
    source: { outlet: { en: 'Elaph', ar: 'إيلاف' }, language: 'ar', url: 'https://elaph.com/story/1' },
  },
  {
    id: 'comment',
    start: '2017-12',
    title: { en: 'Victory declared', ar: 'إعلان النصر' },
    category: 'declaration',
    reportedBy: 'reader-comment',
  },
];

/** More events than a list page, so that printing all of them needs the whole list. */
const many: ConflictEvent[] = Array.from({ length: LIST_PAGE + 40 }, (_, index) => ({
  id: `e${index}`,
  start: new Date(Date.UTC(2000, 0, 1 + index * 3)).toISOString().slice(0, 10),
  title: { en: `Event ${index}` },
}));

function shown(node: Element | null): boolean {
  if (!node) return false;
  const box = node.getBoundingClientRect();
  return box.width > 1 && box.height > 1 && getComputedStyle(node).display !== 'none';
}

function part(element: ConflictTimeline, name: string): Element | null {
  return shadow(element).querySelector(`[part="${name}"]`);
}

async function printed(element: ConflictTimeline): Promise<void> {
  await emulateMedia({ media: 'print' });
  await element.updateComplete;
  await nextFrames();
}

describe('print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  for (const lang of ['en', 'ar'] as const) {
    it(`${lang}: prints the list with dates, titles, summaries and sources, and nothing else`, async () => {
      const element = await mountTimeline((node) => {
        node.lang = lang;
        node.theme = 'dark';
        node.events = sourced;
      });
      element.focusEvent('strike');
      await element.updateComplete;
      await printed(element);
      for (const name of ['toolbar', 'controls', 'legend', 'timeline', 'key', 'details'])
        expect(shown(part(element, name)), `${name} not printed`).to.equal(false);
      const list = part(element, 'list')!;
      expect(shown(list), 'the list is printed').to.equal(true);
      expect(getComputedStyle(list).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      const text = (list as HTMLElement).innerText;
      const expected =
        lang === 'ar'
          ? [
              '7 فبراير',
              'غارة بطائرة مسيّرة في بغداد',
              'أصابت غارة أمريكية سيارة.',
              'المصدر: إيلاف — https://elaph.com/story/1',
              'الراوي: تعليق قارئ، لا المقال',
            ]
          : [
              '7 February 2024',
              'Drone strike in Baghdad',
              'A US drone strike hit a car.',
              'Source: Elaph — https://elaph.com/story/1',
              'Reported by: A reader’s comment, not the article',
            ];
      for (const phrase of expected) expect(text, phrase).to.contain(phrase);
      // Dark theme on screen, dark text on white paper.
      const title = list.querySelector('.title')!;
      expect(getComputedStyle(title).color).to.equal('rgb(0, 0, 0)');
      for (const entry of list.querySelectorAll('li')) expect(getComputedStyle(entry).breakInside).to.equal('avoid');
    });
  }

  it('prints every shown event, not only the rendered page, and goes back to the page after', async () => {
    const element = await mountTimeline((node) => {
      node.lang = 'en';
      node.events = many;
    });
    const entries = () => shadow(element).querySelectorAll('[part="list"] li').length;
    expect(entries(), 'a page on screen').to.be.at.most(LIST_PAGE);
    await printed(element);
    await until(() => entries() === many.length, 'every event in the printed list');
    expect(shown(shadow(element).querySelector('.more')), 'no "show more" on paper').to.equal(false);
    await emulateMedia({ media: 'screen' });
    await until(() => entries() <= LIST_PAGE, 'the page again on screen');
  });

  it('on screen, the print-only lines are not shown nor read', async () => {
    const element = await mountTimeline((node) => {
      node.lang = 'en';
      node.events = sourced;
    });
    element.view = 'list';
    await element.updateComplete;
    const line = shadow(element).querySelector('.print-only')!;
    expect(getComputedStyle(line).display).to.equal('none');
  });
});

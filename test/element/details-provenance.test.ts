import { expect } from '@open-wc/testing';
import type { ConflictEvent } from '../../src/model/types.js';
import { mountTimeline, shadow } from './helpers.js';

const event: ConflictEvent = {
  id: 'strike',
  start: '2024-02-07',
  title: { en: 'US strike in east Baghdad', ar: 'ضربة أمريكية شرق بغداد' },
  category: 'air-strike',
  location: {
    name: { en: 'Mashtal, Baghdad', ar: 'المشتل، بغداد' },
    latitude: 33.33,
    longitude: 44.47,
    geoPrecision: 2,
  },
  source: { outlet: { en: 'Elaph', ar: 'إيلاف' }, language: 'ar', quote: 'هجوم أمريكي' },
  external: [
    {
      fields: ['location.latitude', 'location.longitude'],
      source: { en: 'AP, 8 February 2024', ar: 'أسوشيتد برس، 8 فبراير 2024' },
      url: 'https://apnews.com/article/example',
    },
  ],
  editorNote: { en: 'The weapon is not named in the article.', ar: 'لا يذكر المقال السلاح.' },
};

async function detailsOf(lang: 'ar' | 'en'): Promise<HTMLElement> {
  const element = await mountTimeline((el) => {
    el.lang = lang;
    el.events = [event];
  });
  element.focusEvent('strike');
  await element.updateComplete;
  return shadow(element).querySelector<HTMLElement>('[part~="details"]')!;
}

describe('details: where the values come from', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`${lang}: a line per outside source with its link, and the editor's note`, async () => {
      const details = await detailsOf(lang);
      const lines = [...details.querySelectorAll('.provenance li')];
      expect(lines.map((line) => line.className)).to.deep.equal(['provenance-outside', 'provenance-editor-note']);
      const outside = lines[0]!.textContent!.replace(/\s+/g, ' ');
      expect(outside).to.contain(lang === 'en' ? 'AP, 8 February 2024' : 'أسوشيتد برس');
      const link = lines[0]!.querySelector('a')!;
      expect(link.href).to.equal('https://apnews.com/article/example');
      expect(link.textContent).to.equal('apnews.com');
      expect(lines[1]!.textContent).to.contain(lang === 'en' ? 'The weapon is not named' : 'لا يذكر المقال السلاح');
    });
  }

  it('shows none for an event with nothing from outside its source', async () => {
    const element = await mountTimeline((el) => {
      el.lang = 'en';
      el.events = [{ id: 'plain', start: '2024-02-07', title: { en: 'Plain' }, category: 'air-strike' }];
    });
    element.focusEvent('plain');
    await element.updateComplete;
    expect(shadow(element).querySelector('[part~="details"] .provenance')).to.equal(null);
  });
});

import { expect } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { ConflictEvent, EventMedia } from '../../src/model/types.js';
import { mountTimeline, shadow } from './helpers.js';

/** A PNG the test server serves (60 × 40), and a path it does not. */
const PHOTO = new URL('./fixtures/media-photo.png', import.meta.url).pathname;
const MISSING = new URL('./fixtures/no-such-photo.png', import.meta.url).pathname;

const media: EventMedia = {
  url: PHOTO,
  alt: { en: 'Smoke over Mashtal', ar: 'دخان فوق المشتل' },
  caption: { en: 'After the strike, 7 February', ar: 'بعد الضربة، 7 فبراير' },
  credit: { en: 'AP/Hadi Mizban', ar: 'أسوشيتد برس/هادي مزبان' },
};

function strike(id: string, picture: EventMedia): ConflictEvent {
  return {
    id,
    start: '2024-02-07',
    title: { en: `Strike ${id}`, ar: `ضربة ${id}` },
    category: 'air-strike',
    media: picture,
  };
}

async function openCard(lang: 'ar' | 'en', events: ConflictEvent[], id: string): Promise<ConflictTimeline> {
  const element = await mountTimeline((el) => {
    el.lang = lang;
    el.events = events;
  });
  element.focusEvent(id);
  await element.updateComplete;
  return element;
}

function figureOf(element: ConflictTimeline): HTMLElement {
  const figure = shadow(element).querySelector<HTMLElement>('[part~="details"] figure[part~="media"]');
  expect(figure, 'the figure in the card').to.not.equal(null);
  return figure!;
}

/** Waits for the image to load or fail (it is lazy: brought into view first). */
async function settled(image: HTMLImageElement): Promise<void> {
  image.scrollIntoView();
  if (image.complete && image.naturalWidth > 0) return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the image ${image.src} never settled`)), 5000);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    image.addEventListener('load', done, { once: true });
    image.addEventListener('error', done, { once: true });
  });
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('details: the event’s picture', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`${lang}: a lazy image in a fixed box, alt text, caption and credit in the reader's language`, async () => {
      const element = await openCard(lang, [strike('a', media)], 'a');
      const figure = figureOf(element);
      const image = figure.querySelector('img')!;
      expect(image.getAttribute('src')).to.equal(PHOTO);
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(image.getAttribute('decoding')).to.equal('async');
      expect(image.alt).to.equal(media.alt![lang]);
      expect(image.lang).to.equal(lang);
      const box = figure.querySelector<HTMLElement>('.media-box')!;
      // The box has its height before the image arrives: nothing below it moves when it does.
      const before = box.getBoundingClientRect();
      expect(before.height).to.be.closeTo(before.width / 1.5, 1);
      await settled(image);
      expect(image.naturalWidth, 'the image loaded').to.equal(60);
      expect(box.getBoundingClientRect().height).to.be.closeTo(before.height, 0.5);
      const caption = figure.querySelector('figcaption')!;
      expect(caption.textContent).to.contain(media.caption![lang]);
      expect(caption.querySelector('.credit')!.textContent).to.equal(media.credit![lang]);
      expect(caption.querySelector('.credit')!.getAttribute('lang')).to.equal(lang);
      expect(figure.hasAttribute('data-broken')).to.equal(false);
      expect(figure.querySelector<HTMLElement>('.media-fallback')!.checkVisibility()).to.equal(false);
    });

    it(`${lang}: a broken image shows its alt text and credit, no broken icon, in the same box`, async () => {
      const element = await openCard(lang, [strike('a', { ...media, url: MISSING }), strike('b', media)], 'a');
      const figure = figureOf(element);
      const image = figure.querySelector('img')!;
      const box = figure.querySelector<HTMLElement>('.media-box')!;
      const height = box.getBoundingClientRect().height;
      await settled(image);
      expect(figure.hasAttribute('data-broken'), 'marked broken').to.equal(true);
      expect(image.checkVisibility(), 'the broken image is hidden').to.equal(false);
      const fallback = figure.querySelector<HTMLElement>('.media-fallback')!;
      expect(fallback.checkVisibility(), 'the fallback shows').to.equal(true);
      expect(fallback.textContent).to.contain(media.alt![lang]);
      expect(fallback.textContent).to.contain(lang === 'en' ? 'Image not available' : 'الصورة غير متاحة');
      expect(figure.querySelector('.credit')!.textContent).to.equal(media.credit![lang]);
      expect(box.getBoundingClientRect().height).to.be.closeTo(height, 0.5);
      // The next event's picture starts afresh: the broken mark does not carry over.
      element.focusEvent('b');
      await element.updateComplete;
      const next = figureOf(element);
      await settled(next.querySelector('img')!);
      expect(next.hasAttribute('data-broken')).to.equal(false);
      expect(next.querySelector('img')!.naturalWidth).to.equal(60);
    });
  }

  it('shows data as text: markup in alt, caption or credit stays text and runs nothing', async () => {
    const hostile = '<img src=x onerror="window.__mediaPwned=1">';
    const element = await openCard(
      'en',
      [strike('a', { url: MISSING, alt: { en: hostile }, caption: { en: hostile }, credit: { en: hostile } })],
      'a',
    );
    const figure = figureOf(element);
    await settled(figure.querySelector('img')!);
    expect(figure.querySelectorAll('img')).to.have.length(1);
    expect(figure.querySelector('figcaption')!.textContent).to.contain(hostile);
    expect(figure.querySelector('.media-fallback')!.textContent).to.contain(hostile);
    expect((window as { __mediaPwned?: unknown }).__mediaPwned).to.equal(undefined);
  });

  it('has no figure for an event without media, nor for one whose link the validator refused', async () => {
    const element = await openCard(
      'en',
      [
        { id: 'plain', start: '2024-02-07', title: { en: 'Plain' } },
        { id: 'script', start: '2024-02-08', title: { en: 'Script' }, media: { url: 'javascript:alert(1)' } },
      ],
      'plain',
    );
    expect(shadow(element).querySelector('[part~="details"]')).to.not.equal(null);
    expect(shadow(element).querySelector('figure')).to.equal(null);
    element.focusEvent('script');
    await element.updateComplete;
    expect(shadow(element).querySelector('[part~="details"] h2')!.textContent).to.equal('Script');
    expect(shadow(element).querySelector('figure')).to.equal(null);
  });
});

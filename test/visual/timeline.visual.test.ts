import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendMouse, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { loadedAndRendered, nextFrames, shadow } from '../element/helpers.js';
import { iraqCoalitionEvents } from '../../events/iraq-coalition.js';
// As the drop-in bundle does: the article is the default events.
import '../../src/drop-in.js';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';

// Screenshots of the article dataset (the element with no data of its own) at its default size,
// in a fixed 1100×860 box (1100×1200 with the details panel open, which the element grows for):
// Arabic and English × light and dark, with and without lanes. The drawing opens on the
// article's January–February 2024 with the overview band above it. Baselines: test/screenshots/baseline/.
// Update them with `npx wtr --group visual --update-visual-baseline` after a wanted change, and
// look at every new PNG before committing it.

/** No transitions, animations or caret anywhere (the element's own rules, plus the page's). */
const STILL = `*, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }`;

async function settled(element: ConflictTimeline): Promise<void> {
  await document.fonts.ready;
  await element.updateComplete;
  // The level-of-detail scheduler answers on a frame; vis-timeline draws on the next ones.
  await nextFrames(4);
  await new Promise((resolve) => setTimeout(resolve, 250));
  await nextFrames(2);
}

async function screenshotBox(
  lang: 'ar' | 'en',
  theme: 'light' | 'dark',
  height = 860,
  groupBy: 'none' | 'category' = 'none',
): Promise<{ box: HTMLElement; element: ConflictTimeline }> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.style.cssText = `width: 1100px; height: ${height}px; overflow: hidden; background: ${theme === 'dark' ? '#000' : '#fff'}`;
  const style = document.createElement('style');
  style.textContent = STILL;
  box.append(style);
  const element = document.createElement('conflict-timeline');
  element.lang = lang;
  element.theme = theme;
  element.groupBy = groupBy;
  const ready = loadedAndRendered(element);
  box.append(element);
  await ready;
  await settled(element);
  return { box, element };
}

describe('visual regression: the article dataset', () => {
  before(async () => {
    await setViewport({ width: 1120, height: 1220 });
    // Also read by the element when it builds vis-timeline: no animated windows.
    await emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
    // The pointer away from the element: no hover state in the pictures.
    await sendMouse({ type: 'move', position: [799, 799] });
  });

  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  for (const lang of ['ar', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${lang}, ${theme}`, async () => {
        const { box, element } = await screenshotBox(lang, theme);
        // What the picture must show, checked in the DOM first so a blank picture cannot pass.
        expect(shadow(element).querySelectorAll('.vis-item-content .ct-item-label').length).to.be.greaterThan(0);
        expect(shadow(element).querySelector(lang === 'ar' ? '.vis-timeline.vis-rtl' : '.vis-timeline.vis-ltr')).to
          .exist;
        expect(iraqCoalitionEvents.length).to.be.greaterThan(0);
        await visualDiff(box, `article-${lang}-${theme}`);
      });

      it(`${lang}, ${theme}, lanes by category`, async () => {
        const { box, element } = await screenshotBox(lang, theme, 1200, 'category');
        expect(shadow(element).querySelectorAll('.vis-labelset .vis-label').length).to.be.greaterThan(1);
        await visualDiff(box, `lanes-${lang}-${theme}`);
      });
    }
  }

  it('en, light, with the details of an event open', async () => {
    const { box, element } = await screenshotBox('en', 'light', 1200);
    element.focusEvent(iraqCoalitionEvents[1]!.id);
    await settled(element);
    expect(shadow(element).querySelector('[part="details"]')).to.exist;
    await visualDiff(box, 'article-en-light-details');
  });

  it('ar, dark, with the details of an event open', async () => {
    const { box, element } = await screenshotBox('ar', 'dark', 1200);
    element.focusEvent(iraqCoalitionEvents[1]!.id);
    await settled(element);
    expect(shadow(element).querySelector('[part="details"]')).to.exist;
    await visualDiff(box, 'article-ar-dark-details');
  });
});

describe('visual regression: the density histogram of large data', () => {
  /** 3,000 events over 2020 in four types, unevenly by month: too many to draw, so bars. */
  const CATEGORIES = ['armed-clash', 'air-strike', 'peaceful-protest', 'talks'] as const;
  const events = Array.from({ length: 3000 }, (_, index) => {
    // More events later in the year, and more of the first types: a trend to see.
    const day = Math.floor(Math.sqrt(index / 3000) * 360);
    return {
      id: `v${index}`,
      start: new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10),
      title: { en: `Event ${index + 1}`, ar: `حدث ${index + 1}` },
      category: CATEGORIES[Math.min(3, Math.floor(((index * 7) % 10) / 2.5))]!,
    };
  });

  before(async () => {
    await setViewport({ width: 800, height: 800 });
    await emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
    await sendMouse({ type: 'move', position: [799, 799] });
  });

  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  for (const lang of ['ar', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${lang}, ${theme}`, async () => {
        const box = await fixture<HTMLDivElement>(html`<div></div>`);
        box.style.cssText = `width: 780px; height: 460px; overflow: hidden; background: ${theme === 'dark' ? '#000' : '#fff'}`;
        const style = document.createElement('style');
        style.textContent = STILL;
        box.append(style);
        const element = document.createElement('conflict-timeline');
        element.lang = lang;
        element.theme = theme;
        element.style.setProperty('--ct-timeline-height', '380px');
        element.events = events;
        const ready = loadedAndRendered(element);
        box.append(element);
        await ready;
        await settled(element);
        expect(shadow(element).querySelectorAll('.ct-density-segment').length).to.be.greaterThan(20);
        expect(shadow(element).querySelectorAll('.ct-density-value').length).to.be.greaterThan(1);
        await visualDiff(box, `density-${lang}-${theme}`);
      });
    }
  }
});

import { expect } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import { nextFrames, shadow } from '../element/helpers.js';
import { sceneWith, stillPage } from './scene.js';
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
  const scene = await sceneWith({ width: 1100, height }, theme, (element) => {
    element.lang = lang;
    element.groupBy = groupBy;
  });
  await settled(scene.element);
  return scene;
}

describe('visual regression: the article dataset', () => {
  stillPage({ width: 1120, height: 1220 }, [799, 799]);

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

  stillPage({ width: 800, height: 800 }, [799, 799]);

  for (const lang of ['ar', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${lang}, ${theme}`, async () => {
        const { box, element } = await sceneWith({ width: 780, height: 460 }, theme, (element) => {
          element.lang = lang;
          element.style.setProperty('--ct-timeline-height', '380px');
          element.events = events;
        });
        await settled(element);
        expect(shadow(element).querySelectorAll('.ct-density-segment').length).to.be.greaterThan(20);
        expect(shadow(element).querySelectorAll('.ct-density-value').length).to.be.greaterThan(1);
        await visualDiff(box, `density-${lang}-${theme}`);
      });
    }
  }
});

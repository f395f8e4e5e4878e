import { expect } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import { nextFrames, shadow } from '../element/helpers.js';
import { sceneWith, stillPage } from './scene.js';
import { iraqCoalitionEvents } from '../../events/iraq-coalition.js';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import '../../src/conflict-timeline.js';

// The narrow (vertical) layout of the article: a phone's first screen, 390×844, Arabic and
// English × light and dark (and one with the details sheet open). Baselines: test/screenshots/baseline/.
// Update them with `--update-visual-baseline` after a wanted change, and look at every new PNG.

async function phoneScreen(
  lang: 'ar' | 'en',
  theme: 'light' | 'dark',
): Promise<{ box: HTMLElement; element: ConflictTimeline }> {
  const { box, element } = await sceneWith({ width: 390, height: 844 }, theme, (element) => {
    element.lang = lang;
    element.events = iraqCoalitionEvents;
  });
  await document.fonts.ready;
  await element.updateComplete;
  await nextFrames(3);
  return { box, element };
}

describe('visual regression: the narrow (vertical) layout', () => {
  stillPage({ width: 800, height: 900 }, [799, 899]);

  for (const lang of ['ar', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${lang}, ${theme}, 390 px`, async () => {
        const { box, element } = await phoneScreen(lang, theme);
        // What the picture must show, checked in the DOM first so a blank picture cannot pass.
        expect(shadow(element).querySelectorAll('[part="vertical"] .v-title').length).to.equal(
          iraqCoalitionEvents.length,
        );
        expect(shadow(element).querySelector('.vis-timeline')).to.equal(null);
        await visualDiff(box, `vertical-${lang}-${theme}`);
      });
    }
  }

  it('ar, light, 390 px, with the details of an event open', async () => {
    const { box, element } = await phoneScreen('ar', 'light');
    element.focusEvent(iraqCoalitionEvents[5]!.id);
    await element.updateComplete;
    await nextFrames(3);
    expect(shadow(element).querySelector('[part="details"]')).to.exist;
    await visualDiff(box, 'vertical-ar-light-details');
  });
});

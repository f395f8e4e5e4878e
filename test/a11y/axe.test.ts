import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { renderTimeline, sampleEvents, shadow, nextFrames } from '../element/helpers.js';
import { iraqCoalitionEvents } from '../../events/iraq-coalition.js';
import { renderNarrow, verticalDrawing } from '../element/narrow-helpers.js';

// axe-core (through chai-a11y-axe) over the element, shadow DOM included.
describe('axe-core', () => {
  after(() => emulateMedia({ colorScheme: 'light' }));

  for (const lang of ['ar', 'en']) {
    for (const theme of ['light', 'dark'] as const) {
      for (const view of ['timeline', 'list'] as const) {
        it(`finds no violation: ${lang}, ${theme}, ${view} view, with details open`, async () => {
          await emulateMedia({ colorScheme: theme });
          const element = await renderTimeline(lang === 'ar' ? iraqCoalitionEvents : sampleEvents, lang);
          element.theme = theme;
          element.view = view;
          element.focusEvent(lang === 'ar' ? iraqCoalitionEvents[1]!.id : 'month');
          await element.updateComplete;
          await nextFrames(3);
          expect(shadow(element).querySelector('[part="details"]')).to.exist;
          await expect(element).to.be.accessible();
        });
      }
    }
  }

  for (const lang of ['ar', 'en']) {
    for (const theme of ['light', 'dark'] as const) {
      it(`finds no violation in the narrow (vertical) layout: ${lang}, ${theme}, with details open`, async () => {
        await emulateMedia({ colorScheme: theme });
        const { element } = await renderNarrow(iraqCoalitionEvents, lang);
        element.theme = theme;
        element.focusEvent(iraqCoalitionEvents[5]!.id);
        await element.updateComplete;
        await nextFrames(3);
        expect(verticalDrawing(element)).to.exist;
        expect(shadow(element).querySelector('[part="details"]')).to.exist;
        await expect(element).to.be.accessible();
      });
    }
  }
});

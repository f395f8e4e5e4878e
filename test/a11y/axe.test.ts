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
      it(`finds no violation in the story card with Copy link's fallback field: ${lang}, ${theme}`, async () => {
        await emulateMedia({ colorScheme: theme });
        const page = location.href.split('#')[0]!;
        const { writeText } = navigator.clipboard;
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
        try {
          const element = await renderTimeline(sampleEvents, lang);
          element.theme = theme;
          element.setAttribute('deep-link', '');
          element.focusEvent('month');
          await element.updateComplete;
          shadow(element).querySelector<HTMLButtonElement>('[part="copy-link"] button')!.click();
          for (let i = 0; i < 20 && !shadow(element).querySelector('.link-field input'); i++) await nextFrames();
          expect(shadow(element).querySelector('[part="story-nav"]')).to.exist;
          expect(shadow(element).querySelector('.link-field input')).to.exist;
          await expect(element).to.be.accessible();
        } finally {
          navigator.clipboard.writeText = writeText;
          history.replaceState(null, '', page);
        }
      });
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

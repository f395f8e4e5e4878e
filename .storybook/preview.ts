import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';

// Controls and docs come from the JSDoc in the source, through the generated manifest.
setCustomElementsManifest(customElements);

/**
 * The "Language" toolbar sets the page's `lang` and `dir`, as an article page would: stories
 * whose `lang` control is empty follow it (the element falls back to the document's language).
 */
const withPageLanguage: Decorator = (story, context) => {
  const lang = String(context.globals.lang ?? 'en');
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  return story();
};

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
  globalTypes: {
    lang: {
      description: 'Language and direction of the page',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English (left to right)' },
          { value: 'ar', title: 'العربية (right to left)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en' },
  decorators: [withPageLanguage],
  tags: ['autodocs'],
};

export default preview;

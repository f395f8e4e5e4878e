import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/conflict-timeline.js';
import type { ConflictTimeline } from '../src/conflict-timeline.js';
import type { ConflictEvent } from '../src/model/types.js';
import { defaultArgs, renderTimeline, timelineArgTypes, type TimelineArgs } from './support/timeline-args.js';

/**
 * An event's picture in its details card (part `media`): the image in a box of fixed aspect
 * ratio, its alt text in the reader's language, the caption and credit under it. An image that
 * does not load shows its alt text and credit in the same box instead of a broken icon.
 */
const meta: Meta<TimelineArgs> = {
  title: 'Timeline/Media',
  component: 'conflict-timeline',
  args: { ...defaultArgs, lang: 'en' },
  argTypes: timelineArgTypes,
};
export default meta;

type Story = StoryObj<TimelineArgs>;

const strike: ConflictEvent = {
  id: 'abu-baqir-al-saadi-killed',
  start: '2024-02-07',
  title: { ar: 'مقتل أبو باقر الساعدي في غارة أمريكية', en: 'Abu Baqir al-Saadi killed in a US strike' },
  category: 'air-strike',
  location: { name: { ar: 'المشتل، بغداد', en: 'Mashtal, Baghdad' }, country: 'IQ' },
  media: {
    url: 'data/media-street.svg',
    alt: { ar: 'دخان فوق شارع وسيارة محترقة', en: 'Smoke over a street and a burnt-out car' },
    caption: { ar: 'موقع الضربة في المشتل (رسم توضيحي)', en: 'The site of the strike in Mashtal (illustration)' },
    credit: { ar: 'رسم: فريق التحرير', en: 'Drawing: the editors' },
  },
};

const brokenImage: ConflictEvent = {
  id: 'funeral-in-baghdad',
  start: '2024-02-08',
  title: { ar: 'تشييع القيادي في بغداد', en: 'Funeral of the commander in Baghdad' },
  category: 'funeral',
  media: {
    url: 'data/no-such-photo.jpg',
    alt: { ar: 'مشيعون يحملون نعشاً في شارع', en: 'Mourners carry a coffin along a street' },
    caption: { ar: 'التشييع في بغداد', en: 'The funeral in Baghdad' },
    credit: { ar: 'رويترز', en: 'Reuters' },
  },
};

/** The timeline with its card open on `id` once it is drawn. */
function withCardOpen(args: TimelineArgs, id: string): TemplateResult {
  // ct-render is composed: at the wrapper its target is the element.
  const open = (event: Event) => (event.target as ConflictTimeline).focusEvent(id);
  return html`<div @ct-render=${{ handleEvent: open, once: true }}>
    ${renderTimeline(args, { events: [strike, brokenImage] })}
  </div>`;
}

/** An event with its picture, alt text, caption and credit. */
export const WithImage: Story = { render: (args) => withCardOpen(args, strike.id) };

/** The same in Arabic, right to left. */
export const WithImageArabic: Story = { args: { lang: 'ar' }, render: (args) => withCardOpen(args, strike.id) };

/** A link that answers 404: "Image not available" and the alt text in the picture's box; caption and credit stay. */
// The missing picture is the point: the browser's 404 for it is expected.
export const BrokenImage: Story = {
  tags: ['expected-load-error'],
  render: (args) => withCardOpen(args, brokenImage.id),
};

/** The broken image in Arabic, in the dark theme. */
export const BrokenImageArabicDark: Story = {
  tags: ['expected-load-error'],
  args: { lang: 'ar', theme: 'dark' },
  render: (args) => withCardOpen(args, brokenImage.id),
};

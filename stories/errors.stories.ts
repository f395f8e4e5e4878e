import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The drop-in bundle's entry: the element, with the article as its default events.
import '../src/drop-in.js';
import { defaultArgs, renderTimeline, timelineArgTypes, type TimelineArgs } from './support/timeline-args.js';

/**
 * Bad data never blanks the page: the valid events are drawn, the problems are listed in a
 * visible notice (part `notice`), logged to the console and sent as a `ct-error` event.
 */
const meta: Meta<TimelineArgs> = {
  title: 'Timeline/Error states',
  component: 'conflict-timeline',
  args: { ...defaultArgs, lang: 'en' },
  argTypes: timelineArgTypes,
};
export default meta;

type Story = StoryObj<TimelineArgs>;

/** A file with a bad date, a missing title, a duplicate id and an unknown category: two valid events remain. */
export const MalformedData: Story = { render: (args) => renderTimeline(args, { src: 'data/malformed.json' }) };

/** The same in Arabic: the notice's details stay in English, for the developer. */
export const MalformedDataArabic: Story = {
  args: { lang: 'ar' },
  render: (args) => renderTimeline(args, { src: 'data/malformed.json' }),
};

/** A `src` that answers 404: the notice says so, and nothing else breaks. */
export const SourceNotFound: Story = {
  tags: ['expected-load-error'],
  render: (args) => renderTimeline(args, { src: 'data/no-such-file.json' }),
};

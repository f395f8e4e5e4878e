import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// The drop-in bundle's entry: the element, with the article as its default events.
import '../src/drop-in.js';
import { defaultArgs, renderTimeline, timelineArgTypes, type TimelineArgs } from './support/timeline-args.js';

/** The built-in dataset: the article on the US-led coalition in Iraq, in both languages and views. */
const meta: Meta<TimelineArgs> = {
  title: 'Timeline/Article: the coalition in Iraq',
  component: 'conflict-timeline',
  args: { ...defaultArgs, lang: 'ar' },
  argTypes: timelineArgTypes,
  render: (args) => renderTimeline(args),
};
export default meta;

type Story = StoryObj<TimelineArgs>;

/** The article's events in Arabic, right to left, with the month names as the article writes them. */
export const Arabic: Story = {};

/** The same events in English, left to right. */
export const English: Story = { args: { lang: 'en' } };

/** Arabic with Arabic-Indic digits (٠–٩) in dates and on the axis. */
export const ArabicIndicDigits: Story = { args: { lang: 'ar', numerals: 'arab' } };

/** The light theme, whatever the reader's system prefers. */
export const Light: Story = { args: { lang: 'en', theme: 'light' } };

/** The dark theme, on a dark page. */
export const Dark: Story = {
  args: { lang: 'en', theme: 'dark' },
  decorators: [
    (story) =>
      html`<div style="background:#0d1117;padding:1rem;min-height:100vh;box-sizing:border-box">${story()}</div>`,
  ],
};

/** One lane per ACLED event type; the legend toggles each type. */
export const LanesByCategory: Story = { args: { lang: 'en', 'group-by': 'category' } };

/** One lane per main actor, with a lane for counts. */
export const LanesByActor: Story = { args: { lang: 'en', 'group-by': 'actor' } };

/** The equivalent list view: the same events, in time order, as an ordered list. */
export const ListView: Story = { args: { lang: 'en', view: 'list' } };

/** The list view in Arabic. */
export const ListViewArabic: Story = { args: { lang: 'ar', view: 'list' } };

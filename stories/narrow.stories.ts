import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// The drop-in bundle's entry: the element, with the article as its default events.
import '../src/drop-in.js';
import { defaultArgs, renderTimeline, timelineArgTypes, type TimelineArgs } from './support/timeline-args.js';

/**
 * At 480 px wide or less (the element's own width, not the window's) the element lays the events
 * out vertically: time runs down a rail on the start side (the right in Arabic), each event's date
 * as the source phrases it over its whole title, long gaps as breaks that say how long, a label at
 * each new year. Tap an event for its details; the list view and the keyboard work as when wide.
 */
const meta: Meta<TimelineArgs> = {
  title: 'Timeline/Narrow, vertical',
  component: 'conflict-timeline',
  args: { ...defaultArgs, lang: 'ar' },
  argTypes: timelineArgTypes,
};
export default meta;

type Story = StoryObj<TimelineArgs>;

/** The article in a phone-wide column (390 px). */
export const Phone: Story = {
  render: (args) => html`<div style="width: 390px">${renderTimeline(args)}</div>`,
};

/** Both languages side by side, each in its own narrow column. */
export const ArabicAndEnglish: Story = {
  render: (args) =>
    html`<div style="display: flex; gap: 1rem; align-items: flex-start">
      <div style="width: 360px">${renderTimeline({ ...args, lang: 'ar' })}</div>
      <div style="width: 360px">${renderTimeline({ ...args, lang: 'en' })}</div>
    </div>`,
};

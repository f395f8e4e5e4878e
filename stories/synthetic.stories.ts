import type { Meta, StoryObj } from '@storybook/web-components-vite';
// The drop-in bundle's entry: the element, with the article as its default events.
import '../src/drop-in.js';
import { syntheticEvents } from './support/synthetic-events.js';
import { defaultArgs, renderTimeline, timelineArgTypes, type TimelineArgs } from './support/timeline-args.js';

interface SyntheticArgs extends TimelineArgs {
  count: number;
}

/** Many made-up events, to see how the timeline behaves as data grows. */
const meta: Meta<SyntheticArgs> = {
  title: 'Timeline/Synthetic events',
  component: 'conflict-timeline',
  args: { ...defaultArgs, lang: 'en', count: 2_000 },
  argTypes: { ...timelineArgTypes, count: { control: { type: 'select' }, options: [200, 2_000, 20_000, 100_000] } },
};
export default meta;

/**
 * Made-up events over 2014–2024, for trying sizes: 2,000 by default. The level-of-detail
 * layer draws only the window's events and counts elsewhere; see "Large data" for 100,000.
 */
export const SyntheticEvents: StoryObj<SyntheticArgs> = {
  render: ({ count, ...args }) => renderTimeline(args, { events: syntheticEvents(count) }),
};

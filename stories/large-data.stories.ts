import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// The drop-in bundle's entry: the element, with the article as its default events.
import '../src/drop-in.js';
import { WorkerQueryProvider, createQueryWorker, type PreparedEvent } from '../src/timeline/lod/index.js';
import { syntheticEvents } from './support/synthetic-events.js';

interface Args {
  count: number;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Timeline/Large data',
  args: { count: 100_000, lang: 'en' },
  argTypes: {
    count: { control: { type: 'select' }, options: [1_000, 10_000, 100_000] },
    lang: { control: 'inline-radio', options: ['ar', 'en'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * 100,000 events, browsed interactively: the level-of-detail layer hands vis-timeline only the
 * window's events, and counts where they would be too dense to read. Activate a count to zoom in.
 */
export const HundredThousandEvents: Story = {
  render: ({ count, lang }) =>
    html`<conflict-timeline lang=${lang} .events=${syntheticEvents(count)}></conflict-timeline>`,
};

/**
 * The same, with window queries answered by a Web Worker (`conflict-timeline/lod`): the index is
 * built and queried off the main thread. A server or database can answer the same
 * `EventQueryProvider` interface for data too large for a browser.
 */
export const AnsweredFromAWorker: Story = {
  render: ({ count, lang }) =>
    html`<conflict-timeline
      lang=${lang}
      .events=${syntheticEvents(count)}
      .queryProvider=${(events: readonly PreparedEvent[]) => new WorkerQueryProvider(events, createQueryWorker)}
    ></conflict-timeline>`,
};

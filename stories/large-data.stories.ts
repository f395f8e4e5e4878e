import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// The drop-in bundle's entry: the element, with the article as its default events.
import '../src/drop-in.js';
import {
  WorkerQueryProvider,
  createQueryWorker,
  setSourceWorkerFactory,
  type PreparedEvent,
} from '../src/timeline/lod/index.js';
import { syntheticEvents } from './support/synthetic-events.js';

interface Args {
  count: number;
  lang: string;
  theme: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Timeline/Large data',
  args: { count: 100_000, lang: 'en', theme: 'light' },
  argTypes: {
    count: { control: { type: 'select' }, options: [1_000, 10_000, 100_000] },
    lang: { control: 'inline-radio', options: ['ar', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * 100,000 events, browsed interactively: the level-of-detail layer hands vis-timeline only the
 * window's events, and where they would be too dense to read the drawing is a density histogram
 * (a bar per time bucket, stacked by type in the legend's colours, with a count scale). Hover a
 * bar for its count and period, click it to zoom in; screen readers get a table of the counts.
 */
export const HundredThousandEvents: Story = {
  render: ({ count, lang, theme }) =>
    html`<conflict-timeline lang=${lang} theme=${theme} .events=${syntheticEvents(count)}></conflict-timeline>`,
};

/** The density histogram in Arabic, dark, with Arabic-Indic digits: time runs leftward, the scale's numbers at the right. */
export const DensityInArabic: Story = {
  args: { lang: 'ar', theme: 'dark' },
  render: ({ count, lang, theme }) =>
    html`<conflict-timeline
      lang=${lang}
      theme=${theme}
      numerals="arab"
      .events=${syntheticEvents(count)}
    ></conflict-timeline>`,
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

/**
 * The same events with the `worker` attribute: above 2,000 events the array is sent to a Web
 * Worker in parts and validated, prepared and indexed there, so that the page makes no object per
 * event (the event list then holds none; the drawing, its counts and their table remain). The
 * story starts the worker from its source file, as a page serving the script elsewhere does with
 * `setSourceWorkerFactory`.
 */
export const ValidatedInAWorker: Story = {
  render: ({ count, lang, theme }) => {
    setSourceWorkerFactory(
      () => new Worker(new URL('../src/timeline/lod/source-worker.ts', import.meta.url), { type: 'module' }),
    );
    return html`<conflict-timeline
      lang=${lang}
      theme=${theme}
      worker
      .events=${syntheticEvents(count)}
    ></conflict-timeline>`;
  },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/conflict-timeline.js';
import { HttpQueryProvider } from '../src/timeline/lod/index.js';
import { mockQueryServer, type MockServerOptions } from './support/mock-query-server.js';
import { syntheticEvents } from './support/synthetic-events.js';

interface Args {
  count: number;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Timeline/Query server',
  args: { count: 50_000, lang: 'en' },
  argTypes: {
    count: { control: { type: 'select' }, options: [10_000, 50_000, 200_000] },
    lang: { control: 'inline-radio', options: ['ar', 'en'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * An element with no events of its own, browsing a query server through `HttpQueryProvider`:
 * each window is asked for over HTTP, and the answer (events, or counts where too dense) drawn.
 * Here the server is a stand-in inside the page (`stories/support/mock-query-server.ts`, the
 * same protocol and rules as `conflict-timeline-server`), so the story needs no network.
 */
function browse({ count, lang }: Args, options?: MockServerOptions) {
  const provider = new HttpQueryProvider({
    url: 'https://query-server.invalid/v1/',
    fetch: mockQueryServer(syntheticEvents(count), options),
  });
  return html`<conflict-timeline
    lang=${lang}
    start="2019-01-01"
    end="2020-01-01"
    .events=${[]}
    .queryProvider=${provider}
  ></conflict-timeline>`;
}

/** 50,000 events on the server (200,000 in the controls), a year in view: counts per period and type; zoom in for the events. */
export const BrowsingAServer: Story = { render: (args) => browse(args) };

/** The same in Arabic, right to left. */
export const BrowsingAServerArabic: Story = { args: { lang: 'ar' }, render: (args) => browse(args) };

/**
 * The server fails after its first answer (a 503, as when a query runs past its time limit):
 * zoom or pan, and the notice says so (a `ct-error`), while the drawing stays as it was.
 */
export const ServerError: Story = {
  args: { count: 10_000 },
  render: (args) => browse(args, { failAfter: 1 }),
};

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import '../../src/conflict-timeline.js';
import { until } from '../element/helpers.js';
import { HttpQueryProvider } from '../../src/timeline/lod/http-provider.js';

/**
 * The element browsing the real query server (started on loopback by the test runner's
 * `query-server-url` command, see test/plugins/query-server.js) on the ACLED, UCDP and JSON
 * fixtures of test/node/server/fixtures.
 */
describe('<conflict-timeline> browsing the query server', () => {
  let url: string;
  before(async function () {
    // The first call starts DuckDB and loads the files.
    this.timeout(90_000);
    url = (await executeServerCommand<string, undefined>('query-server-url')) ?? '';
  });

  const labels = (element: ConflictTimeline) =>
    [...(element.shadowRoot?.querySelectorAll('.vis-item-content .ct-item-label') ?? [])].map(
      (node) => node.textContent,
    );
  /** The counts of the density histogram's table (its text alternative), once it has settled. */
  const counts = (element: ConflictTimeline) =>
    [...(element.shadowRoot?.querySelectorAll('[part="counts"] tbody td:last-child') ?? [])].map((node) =>
      Number(node.textContent?.replace(/\D/g, '')),
    );

  async function browse(width: number, start: string, end: string): Promise<ConflictTimeline> {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
    const element = document.createElement('conflict-timeline');
    element.events = [];
    element.start = start;
    element.end = end;
    element.queryProvider = new HttpQueryProvider({ url });
    const rendered = oneEvent(element, 'ct-render');
    wrapper.append(element);
    await rendered;
    return element;
  }

  /** Sets the window and waits for the drawing of the server's answer. */
  async function moveTo(element: ConflictTimeline, start: string, end: string): Promise<void> {
    const rendered = oneEvent(element, 'ct-render');
    element.setWindow(start, end);
    await rendered;
  }

  it('tells what the server holds', async () => {
    const info = await new HttpQueryProvider({ url }).info();
    expect(info.size).to.equal(17);
    expect(info.start?.getTime()).to.equal(new Date(2014, 7, 1).getTime());
  });

  it('draws the events of the window from the server, with their precision', async () => {
    const element = await browse(780, '2024-01-01', '2024-03-01');
    const drawn = labels(element);
    expect(drawn).to.include('Air/drone strike in Baghdad - Mashtal');
    expect(drawn).to.include('Attack in Baghdad - Mashtal');
    expect(drawn).to.include('Armed clash in Kirkuk');
    // Hostile text from a file is text.
    expect(element.shadowRoot?.querySelector('img, script:not([type])')).to.equal(null);
  });

  it('follows the window: zooming out asks again', async () => {
    const element = await browse(780, '2024-01-01', '2024-03-01');
    await moveTo(element, '2016-09-01', '2017-08-01');
    expect(labels(element)).to.include('Government of Iraq - IS in Mosul town');
    expect(labels(element)).not.to.include('Air/drone strike in Baghdad - Mashtal');
  });

  it('draws counts where a narrow timeline cannot show every event', async () => {
    const element = await browse(160, '2013-01-01', '2025-01-01');
    // The histogram's code arrives when the first counts do (a chunk of its own).
    await until(() => (element.shadowRoot?.querySelectorAll('.ct-density-segment').length ?? 0) > 0, 'the bars');
    await until(() => counts(element).length > 0, 'the table of counts');
    const drawn = counts(element);
    expect(drawn.every((count) => count > 0)).to.equal(true);
  });
});

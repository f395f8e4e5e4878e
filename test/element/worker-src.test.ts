import { expect } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { CtLoadDetail, CtProgressDetail } from '../../src/dom-events/events.js';
import { setSourceWorkerFactory } from '../../src/timeline/lod/create-source-worker.js';
import { mountTimeline, recordEvents, shadow, until } from './helpers.js';

// The `worker` attribute: a `src` fetched, read, validated and indexed in a worker, the page
// holding only what the drawing shows. The files are ACLED exports the test server generates
// (test/plugins/generated-csv.js): battles and air strikes over 1,000 days of 2017–2019.

const generatedUrl = (rows: number, chunks = 1, delay = 0) =>
  new URL(`/__generated__/acled.csv?rows=${rows}&chunks=${chunks}&delay=${delay}`, location.href).href;

async function loadSrc(src: string, worker: boolean) {
  let recorder!: ReturnType<typeof recordEvents>;
  const element = await mountTimeline((element) => {
    recorder = recordEvents(element, ['ct-load', 'ct-error', 'ct-progress', 'ct-render']);
    element.lang = 'en';
    element.worker = worker;
    element.src = src;
  });
  const details = <T>(type: string) =>
    recorder.events.filter((event) => event.type === type).map((event) => event.detail as T);
  return { element, details };
}

/** The drawing's events and counts: labels drawn one by one, and the density histogram's bars. */
function drawnParts(element: ConflictTimeline): number {
  const root = shadow(element);
  return root.querySelectorAll('.vis-item-content').length + root.querySelectorAll('.ct-density-bar').length;
}

describe('src with the worker attribute', () => {
  before(() =>
    setSourceWorkerFactory(
      () => new Worker(new URL('../../src/timeline/lod/source-worker.ts', import.meta.url), { type: 'module' }),
    ),
  );
  after(() => setSourceWorkerFactory(undefined));

  it('draws a file it never holds: ct-load counts every event, the page keeps none of them', async () => {
    const { element, details } = await loadSrc(generatedUrl(3000), true);
    expect(details<CtLoadDetail>('ct-load')).to.deep.equal([{ count: 3000, source: 'src' }]);
    expect(element.worker).to.equal(true);
    expect(element.hasAttribute('worker')).to.equal(true);
    // The events stay in the worker: the page has no array of them.
    expect(element.validEvents).to.deep.equal([]);
    await until(() => drawnParts(element) > 0, 'the drawing');
    // The legend comes from the worker's summary: the file's two types.
    const legend = [...shadow(element).querySelectorAll('[part="legend"] button')].map((button) => button.textContent);
    expect(legend.length).to.equal(2);
  });

  it('draws the events of a short window one by one, from the worker’s answer', async () => {
    const { element } = await loadSrc(generatedUrl(3000), true);
    element.setWindow(new Date(2018, 2, 1), new Date(2018, 2, 8));
    await until(() => shadow(element).querySelectorAll('.vis-item-content').length > 0, 'events drawn');
    const labels = [...shadow(element).querySelectorAll('.vis-item-content')].map((item) => item.textContent ?? '');
    expect(labels.join(' ')).to.match(/Battle|Air|strike|clash|Mosul|Iraq/i);
  });

  it('tells ct-progress while a long file loads', async () => {
    const { details } = await loadSrc(generatedUrl(20000, 8, 150), true);
    const progress = details<CtProgressDetail>('ct-progress');
    expect(progress.length).to.be.greaterThan(1);
    expect(progress.some((detail) => detail.bytes > 0)).to.equal(true);
  });

  it('without it, the same file is read on the page, every event kept', async () => {
    const { element, details } = await loadSrc(generatedUrl(3000), false);
    expect(details<CtLoadDetail>('ct-load')).to.deep.equal([{ count: 3000, source: 'src' }]);
    expect(element.validEvents.length).to.equal(3000);
  });
});

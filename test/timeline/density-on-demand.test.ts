import { expect } from '@open-wc/testing';
import type { ConflictEvent } from '../../src/model/types.js';
import { renderTimeline, sampleEvents, shadow, until } from '../element/helpers.js';

/** Whether the page has fetched the density histogram's module. */
const densityCodeLoaded = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('/density-layer.'));

const denseEvents: ConflictEvent[] = Array.from({ length: 3000 }, (_, index) => ({
  id: `e${index}`,
  start: new Date(Date.UTC(2020, 0, 1 + (index % 360))).toISOString().slice(0, 10),
  title: { en: `Event ${index + 1}` },
}));

// One file of its own: no other test in this page may have loaded the module first.
describe('the density histogram’s code, on demand', () => {
  it('is not fetched for data drawn event by event, and is once a window has counts', async () => {
    // The test runner's own modules fill the default buffer of 250 entries.
    performance.setResourceTimingBufferSize(100_000);
    await renderTimeline(sampleEvents, 'en');
    expect(densityCodeLoaded(), 'the article-sized data asks for no histogram').to.equal(false);
    const element = await renderTimeline(denseEvents, 'en');
    await until(() => shadow(element).querySelectorAll('.ct-density-segment').length > 0, 'the bars');
    expect(densityCodeLoaded()).to.equal(true);
  });
});

import { expect } from '@open-wc/testing';
import type { ConflictEvent } from '../../src/model/types.js';
import { mountTimeline, nextFrames, sampleEvents, shadow, until } from './helpers.js';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';

function drawingBox(element: ConflictTimeline): DOMRect {
  return shadow(element).querySelector('.timeline')!.getBoundingClientRect();
}

function axisBottom(element: ConflictTimeline): number {
  return shadow(element).querySelector('.vis-panel.vis-bottom')!.getBoundingClientRect().bottom;
}

/** Twelve day events in one fortnight: a stack as tall as the drawing allows. */
const crowded: ConflictEvent[] = Array.from({ length: 12 }, (_, index) => ({
  id: `day-${index}`,
  start: `2024-01-${String(index + 10).padStart(2, '0')}`,
  title: { en: `An event on a crowded day, with a title long enough to wrap, number ${index}` },
}));

describe('the drawing’s height', () => {
  it('is as tall as its stack: a few events leave no empty band under the axis', async () => {
    const element = await mountTimeline(
      (element) => {
        element.lang = 'en';
        element.events = sampleEvents;
      },
      { width: 1200 },
    );
    const box = drawingBox(element);
    expect(box.height, 'well under --ct-timeline-height (560px)').to.be.lessThan(400);
    expect(box.bottom - axisBottom(element), 'the axis ends the drawing').to.be.lessThan(4);
  });

  it('grows with the stack up to --ct-timeline-height, and does not shrink back while the reader zooms', async () => {
    const element = await mountTimeline(
      (element) => {
        element.lang = 'en';
        element.events = crowded;
      },
      { width: 700 },
    );
    const grown = drawingBox(element).height;
    expect(grown).to.be.greaterThan(400);
    expect(grown).to.be.at.most(562);
    element.setWindow('2024-01-09', '2024-01-11');
    await until(() => element.getWindow()!.end.getTime() <= Date.UTC(2024, 0, 11, 1), 'the zoom');
    await nextFrames(3);
    expect(drawingBox(element).height, 'the page below does not jump').to.be.closeTo(grown, 1);
  });

  it('new data may be short again', async () => {
    const element = await mountTimeline(
      (element) => {
        element.lang = 'en';
        element.events = crowded;
      },
      { width: 700 },
    );
    expect(drawingBox(element).height).to.be.greaterThan(400);
    element.events = sampleEvents;
    await until(() => drawingBox(element).height < 400, 'the drawing shrinking to the new, shorter stack');
  });
});

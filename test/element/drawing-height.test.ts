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

/** An English timeline of `events`, `width` px wide, on the window it opens with when `opening`. */
function mountEnglish(events: ConflictEvent[], width: number, opening = false): Promise<ConflictTimeline> {
  return mountTimeline(
    (element) => {
      element.lang = 'en';
      element.events = events;
    },
    { width, opening },
  );
}

describe('the drawing’s height', () => {
  it('is as tall as its stack: a few events leave no empty band under the axis', async () => {
    const element = await mountEnglish(sampleEvents, 1200);
    const box = drawingBox(element);
    expect(box.height, 'well under --ct-timeline-height (560px)').to.be.lessThan(400);
    expect(box.bottom - axisBottom(element), 'the axis ends the drawing').to.be.lessThan(4);
  });

  it('grows with the stack up to --ct-timeline-height, and does not shrink back while the reader zooms', async () => {
    const element = await mountEnglish(crowded, 700);
    const grown = drawingBox(element).height;
    expect(grown).to.be.greaterThan(400);
    expect(grown).to.be.at.most(562);
    element.setWindow('2024-01-09', '2024-01-11');
    await until(() => element.getWindow()!.end.getTime() <= Date.UTC(2024, 0, 11, 1), 'the zoom');
    await nextFrames(3);
    expect(drawingBox(element).height, 'the page below does not jump').to.be.closeTo(grown, 1);
  });

  it('new data may be short again', async () => {
    const element = await mountEnglish(crowded, 700);
    expect(drawingBox(element).height).to.be.greaterThan(400);
    element.events = sampleEvents;
    await until(() => drawingBox(element).height < 400, 'the drawing shrinking to the new, shorter stack');
  });
});

describe('spans that come into view', () => {
  it('are measured at their width: a long span’s title is not pushed under the axis', async () => {
    const events: ConflictEvent[] = [
      ...crowded,
      {
        id: 'campaign',
        start: '2014-08',
        end: '2017-12',
        title: { en: 'The international coalition’s air campaign against the Islamic State group in Iraq and Syria' },
      },
      { id: 'coalition', start: '2014-09-10', title: { en: 'Obama announces an international coalition' } },
    ];
    const element = await mountEnglish(events, 1100, true);
    expect(element.getWindow()!.start.getTime(), 'opens on the crowded fortnight').to.be.above(Date.UTC(2023, 0));
    element.setWindow('2014-07-15', '2014-11-05');
    const root = shadow(element);
    const span = () => root.querySelector('.vis-item.vis-range');
    await until(() => span() !== null, 'the span drawn');
    await nextFrames(4);
    const panel = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const item = span()!.getBoundingClientRect();
    expect(item.bottom, 'the span ends above the axis').to.be.at.most(panel.bottom + 1);
  });
});

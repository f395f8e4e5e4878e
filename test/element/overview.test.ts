import { expect } from '@open-wc/testing';
import type { ConflictEvent } from '../../src/model/types.js';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import { mountTimeline, nextFrames, shadow, until } from './helpers.js';

const day = (id: string, start: string, title: string): ConflictEvent => ({
  id,
  start,
  title: { en: title },
  category: 'declaration',
});

/** Ten years apart from a dense week: the drawing opens on the week, the overview titles the rest. */
const events: ConflictEvent[] = [
  day('early', '2014-09-10', 'An event long before'),
  day('middle', '2019-05-01', 'An event in between'),
  ...Array.from({ length: 7 }, (_, i) =>
    day(`dense-${i}`, `2024-02-0${i + 1}`, `A day of the dense week with a title of some length, number ${i + 1}`),
  ),
];

function band(element: ConflictTimeline): HTMLElement | null {
  return shadow(element).querySelector('[part~="overview"]');
}

const titles = (element: ConflictTimeline) =>
  [...(band(element)?.querySelectorAll('.overview-title') ?? [])].map((title) => title.textContent?.trim());

describe('overview band', () => {
  it('titles the events outside the drawing’s window, marks every event and shows the window', async () => {
    const element = await mountTimeline((el) => (el.events = events), { width: 1100, opening: true });
    const window = element.getWindow()!;
    expect(window.start.getTime(), 'opens on the dense week').to.be.above(new Date('2023-01-01').getTime());
    expect(band(element)).to.exist;
    expect(band(element)!.getAttribute('aria-hidden')).to.equal('true');
    expect(titles(element)).to.include.members(['An event long before', 'An event in between']);
    expect(titles(element).some((title) => title?.startsWith('A day of the dense week'))).to.equal(false);
    expect(band(element)!.querySelectorAll('.overview-mark')).to.have.length(events.length);
    expect(band(element)!.querySelector('.overview-brush')).to.exist;
  });

  it('goes to an event when its title is clicked, and leaves when everything is shown', async () => {
    const element = await mountTimeline((el) => (el.events = events), { width: 1100, opening: true });
    const early = [...band(element)!.querySelectorAll<HTMLElement>('.overview-title')].find(
      (title) => title.textContent?.trim() === 'An event long before',
    )!;
    early.click();
    await until(() => element.getWindow()!.start.getTime() < new Date('2014-09-10').getTime(), 'the window moved');
    element.fit();
    await until(() => band(element) === null, 'no band when the drawing shows every event');
  });

  it('is not drawn in the list view', async () => {
    const element = await mountTimeline((el) => (el.events = events), { width: 1100, opening: true });
    element.view = 'list';
    await element.updateComplete;
    await nextFrames();
    expect(band(element)).to.equal(null);
  });
});

import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
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

  it('is a brush: a press on the track centres the window there, a drag of the frame moves it', async () => {
    const element = await mountTimeline((el) => (el.events = events), { width: 1100, opening: true });
    const scrub = band(element)!.querySelector<HTMLElement>('.overview-scrub')!;
    scrub.scrollIntoView({ block: 'center' });
    await nextFrames();
    const opened = element.getWindow()!;
    const length = opened.end.getTime() - opened.start.getTime();
    let box = scrub.getBoundingClientRect();
    // A press a tenth of the way along: about 2015, a decade before the dense week.
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 10), Math.round(box.top + 6)] });
    await until(
      () => element.getWindow()!.end.getTime() < new Date('2018-01-01').getTime(),
      'the window centred on 2015',
    );
    const centred = element.getWindow()!;
    expect(centred.end.getTime() - centred.start.getTime(), 'the same length').to.be.closeTo(length, 1000);
    // Grip the frame and drag it a fifth of the track towards the end: the window follows by as much time.
    await nextFrames(2);
    const frame = band(element)!.querySelector<HTMLElement>('.overview-brush')!.getBoundingClientRect();
    box = scrub.getBoundingClientRect();
    const y = Math.round(frame.top + frame.height / 2);
    const from = Math.round(frame.left + frame.width / 2);
    await sendMouse({ type: 'move', position: [from, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from + Math.round(box.width / 5), y] });
    await sendMouse({ type: 'up' });
    await nextFrames(2);
    const dragged = element.getWindow()!;
    const perPx = (new Date('2024-02-07').getTime() - new Date('2014-09-10').getTime()) / box.width;
    const moved = dragged.start.getTime() - centred.start.getTime();
    expect(moved, 'about a fifth of the span later').to.be.within(
      (box.width / 5) * perPx * 0.8,
      (box.width / 5) * perPx * 1.3,
    );
  });

  it('as a brush, mirrors right to left: a press near the left end goes to the latest events', async () => {
    const element = await mountTimeline(
      (el) => {
        el.lang = 'ar';
        el.events = events;
      },
      { width: 1100, opening: true },
    );
    // Go far from the latest events first, so that the press has somewhere to go.
    element.setWindow('2014-06-01', '2015-06-01');
    await until(() => band(element)?.querySelector('.overview-scrub') != null, 'the band');
    const scrub = band(element)!.querySelector<HTMLElement>('.overview-scrub')!;
    scrub.scrollIntoView({ block: 'center' });
    await nextFrames();
    const box = scrub.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width * 0.05), Math.round(box.top + 6)] });
    await until(
      () => element.getWindow()!.end.getTime() > new Date('2023-01-01').getTime(),
      'the window near the latest events (on the left in Arabic)',
    );
  });

  it('is not drawn in the list view', async () => {
    const element = await mountTimeline((el) => (el.events = events), { width: 1100, opening: true });
    element.view = 'list';
    await element.updateComplete;
    await nextFrames();
    expect(band(element)).to.equal(null);
  });
});

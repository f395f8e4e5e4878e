import { expect, oneEvent } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import { clickCenterOf, drawnLabels, nextFrames, renderTimeline, sampleEvents, shadow } from './helpers.js';
import { iraqCoalitionEvents } from '../../events/iraq-coalition.js';
import { ConflictTimeline } from '../../src/conflict-timeline.js';

describe('<conflict-timeline>', () => {
  afterEach(() => resetMouse());

  it('shows the default events when given no data (the article, as the drop-in bundle chooses)', async () => {
    ConflictTimeline.defaultEvents = iraqCoalitionEvents;
    try {
      const element = await renderTimeline(undefined, 'en');
      const labels = drawnLabels(element);
      expect(labels.length).to.equal(iraqCoalitionEvents.length);
      expect(labels).to.include(iraqCoalitionEvents[0]!.title.en);
    } finally {
      ConflictTimeline.defaultEvents = undefined;
    }
  });

  it('renders vis-timeline inside its shadow root, not in the page', async () => {
    const element = await renderTimeline(sampleEvents);
    expect(shadow(element).querySelector('.vis-timeline')).to.exist;
    expect(document.querySelector('.vis-timeline')).to.equal(null);
    // vis-timeline's stylesheet is adopted by the shadow root, so its layout rules apply there.
    const panel = shadow(element).querySelector('.vis-panel')!;
    expect(getComputedStyle(panel).position).to.equal('absolute');
  });

  it('draws Arabic right-to-left and English left-to-right', async () => {
    const arabic = await renderTimeline(sampleEvents, 'ar');
    expect(shadow(arabic).querySelector('.vis-timeline.vis-rtl')).to.exist;
    expect(drawnLabels(arabic)).to.include('حدث يوم');
    const english = await renderTimeline(sampleEvents, 'en');
    expect(shadow(english).querySelector('.vis-timeline.vis-ltr')).to.exist;
    expect(drawnLabels(english)).to.include('A day event');
  });

  it('mirrors the axis in Arabic: the later event is further left', async () => {
    const arabic = await renderTimeline(sampleEvents, 'ar');
    const x = (id: string) => itemNode(arabic, id).getBoundingClientRect().left;
    expect(x('day')).to.be.lessThan(x('month'));
  });

  it('fires ct-select with the id when an item is clicked (a real mouse click in the shadow root)', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    const selected = oneEvent(element, 'ct-select');
    await clickCenterOf(itemNode(element, 'day'));
    const { detail, bubbles, composed } = await selected;
    expect(detail.id).to.equal('day');
    expect(bubbles && composed).to.equal(true);
  });

  it('replaces its events when the property is set', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    const rendered = oneEvent(element, 'ct-render');
    element.events = [sampleEvents[0]!];
    await rendered;
    expect(drawnLabels(element)).to.deep.equal(['A day event']);
  });

  it('destroys vis-timeline when disconnected and creates it again when reconnected', async () => {
    const element = await renderTimeline(sampleEvents, 'en');
    const parent = element.parentElement!;
    element.remove();
    expect(shadow(element).querySelector('.vis-timeline')).to.equal(null);
    const rendered = oneEvent(element, 'ct-render');
    parent.append(element);
    await rendered;
    await nextFrames();
    expect(shadow(element).querySelectorAll('.vis-timeline').length).to.equal(1);
    expect(drawnLabels(element).length).to.equal(sampleEvents.length);
  });
});

function itemNode(element: ConflictTimeline, id: string): Element {
  const label = [...shadow(element).querySelectorAll('.ct-item-label')].find(
    (node) =>
      node.textContent === sampleEvents.find((event) => event.id === id)?.title[element.lang === 'ar' ? 'ar' : 'en'],
  );
  const item = label?.closest('.vis-item');
  if (!item) throw new Error(`no item drawn for ${id}`);
  return item;
}

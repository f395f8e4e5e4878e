import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import type { ConflictEvent } from '../../src/model/types.js';
import { SLICE_ABOVE } from '../../src/model/ingest.js';
import { recordEvents, sampleEvents, until } from './helpers.js';
import '../../src/conflict-timeline.js';

/** `count` valid events, one a day from 2015 on. */
function manyEvents(count: number, prefix: string): ConflictEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2015, 0, 1 + i)).toISOString().slice(0, 10);
    return { id: `${prefix}-${i}`, start: day, title: { en: `${prefix} ${i}` } };
  });
}

async function mount(events: readonly ConflictEvent[]): Promise<{ element: ConflictTimeline; loads: () => number[] }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 780px"></div>`);
  const element = document.createElement('conflict-timeline');
  const recorder = recordEvents(element, ['ct-load']);
  element.events = events;
  wrapper.append(element);
  return { element, loads: () => recorder.events.map((event) => (event.detail as { count: number }).count) };
}

describe('large inputs are ingested in slices', () => {
  it('small inputs still load in the same task', async () => {
    const { element, loads } = await mount(sampleEvents);
    await element.updateComplete;
    expect(loads()).to.deep.equal([sampleEvents.length]);
  });

  it('a large input loads after the task that set it, with every event', async () => {
    const events = manyEvents(SLICE_ABOVE + 500, 'big');
    const { element, loads } = await mount(events);
    await element.updateComplete;
    expect(loads()).to.deep.equal([]);
    await oneEvent(element, 'ct-load');
    expect(loads()).to.deep.equal([events.length]);
    expect(element.validEvents.length).to.equal(events.length);
  });

  it('a newer events value cancels the ingest of an older one', async () => {
    const { element, loads } = await mount(manyEvents(SLICE_ABOVE + 500, 'old'));
    await element.updateComplete;
    const newer = manyEvents(SLICE_ABOVE + 20, 'new');
    element.events = newer;
    await until(() => loads().length > 0, 'ct-load');
    // Give a stale ingest time to finish, were it still running.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(loads()).to.deep.equal([newer.length]);
    expect(element.validEvents[0]?.id).to.equal('new-0');
  });

  it('creates the drawing in a task of its own while a large input is on its way (small ones: in the same update)', async () => {
    const drawn = (element: ConflictTimeline) => element.shadowRoot?.querySelector('.vis-timeline') ?? null;
    const small = await mount(sampleEvents);
    await small.element.updateComplete;
    expect(drawn(small.element)).to.not.equal(null);

    const large = await mount(manyEvents(SLICE_ABOVE + 500, 'large'));
    await large.element.updateComplete;
    // The task that connected the element rendered it, but did not create vis-timeline.
    expect(drawn(large.element)).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve));
    expect(drawn(large.element)).to.not.equal(null);
    await until(() => large.loads().length > 0, 'ct-load');
  });
});

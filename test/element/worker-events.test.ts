import { expect } from '@open-wc/testing';
import type { CtErrorDetail, CtLoadDetail } from '../../src/dom-events/events.js';
import type { ConflictEvent } from '../../src/model/types.js';
import { setSourceWorkerFactory } from '../../src/timeline/lod/create-source-worker.js';
import { mountTimeline, recordEvents, shadow, until } from './helpers.js';

// The `worker` attribute with an `events` array of more than 2,000 events: sent to a worker in
// parts, validated, prepared and indexed there; the page keeps none of the prepared events.

const startWorker = () =>
  new Worker(new URL('../../src/timeline/lod/source-worker.ts', import.meta.url), { type: 'module' });

/** `count` daily events from 1 January 2020, one a day. */
function manyEvents(count: number): ConflictEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    return { id: `e${i}`, start: day, title: { en: `Event ${i}` }, category: i % 2 ? 'air-strike' : 'talks' };
  });
}

async function load(events: readonly unknown[], worker: boolean) {
  let recorder!: ReturnType<typeof recordEvents>;
  const element = await mountTimeline((element) => {
    recorder = recordEvents(element, ['ct-load', 'ct-error']);
    element.lang = 'en';
    element.worker = worker;
    element.events = events as ConflictEvent[];
  });
  await until(() => recorder.events.some((event) => event.type === 'ct-load'), 'ct-load');
  const details = <T>(type: string) =>
    recorder.events.filter((event) => event.type === type).map((event) => event.detail as T);
  const issues = () => details<CtErrorDetail>('ct-error').flatMap((detail) => detail.issues);
  return { element, details, issues };
}

describe('events with the worker attribute', () => {
  afterEach(() => setSourceWorkerFactory(undefined));

  it('validates and indexes a large array in the worker: ct-load counts the valid events, the page keeps none', async () => {
    setSourceWorkerFactory(startWorker);
    const events: unknown[] = manyEvents(3000);
    // Bad events are reported by their index, as on the page; the others are shown.
    events[10] = { ...(events[10] as object), start: '2020-02-30' };
    events[20] = { ...(events[20] as object), id: 'e0' };
    // A function cannot be cloned into the worker: that event alone is left out, and said so.
    events[30] = { ...(events[30] as object), onClick: () => undefined };
    const { element, details, issues } = await load(events, true);
    expect(details<CtLoadDetail>('ct-load')).to.deep.equal([{ count: 2997, source: 'property' }]);
    expect(element.validEvents).to.deep.equal([]);
    await until(() => issues().length >= 3, 'the issues');
    const indices = issues().map((issue) => issue.index);
    expect(indices).to.include.members([10, 20, 30]);
    // Said once (the worker, given null in its place, does not report it again).
    expect(
      issues()
        .filter((issue) => issue.index === 30)
        .map((issue) => issue.message),
    ).to.have.lengthOf(1);
    expect(issues().find((issue) => issue.index === 30)?.message).to.match(/could not be sent to the worker/);
    await until(() => shadow(element).querySelectorAll('.vis-item-content, .ct-density-bar').length > 0, 'the drawing');
  });

  it('reads the events on the page, with a warning, when the worker cannot start', async () => {
    setSourceWorkerFactory(() => {
      throw new Error('blocked by the page’s CSP');
    });
    const { element, details, issues } = await load(manyEvents(2500), true);
    expect(details<CtLoadDetail>('ct-load')).to.deep.equal([{ count: 2500, source: 'property' }]);
    expect(element.validEvents.length).to.equal(2500);
    expect(issues().some((issue) => /could not be loaded in a worker/.test(issue.message))).to.equal(true);
  });

  it('reads a small array on the page even with the attribute (nothing to gain from a worker)', async () => {
    setSourceWorkerFactory(startWorker);
    const { element } = await load(manyEvents(100), true);
    expect(element.validEvents.length).to.equal(100);
  });
});

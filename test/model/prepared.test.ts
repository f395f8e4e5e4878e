import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { EventsPreparation, prepareEvents, type PreparedEvent } from '../../src/model/prepared.js';
import type { ConflictEvent } from '../../src/model/types.js';

/** Dates of every precision, several of them starting (or ending) at the same instant. */
const STARTS = ['2014', '2014-01', '2014-01-01', '2014-01-01?', '2015-06', '2015-06-01', '2015-06-30', '2016-02-29'];
const ENDS = [undefined, '2016', '2016-03', '2016-03-01', '2016-12-31', '2017~', 'not a date'];

const eventsOnFewDates: fc.Arbitrary<ConflictEvent[]> = fc
  .array(fc.record({ start: fc.constantFrom(...STARTS), end: fc.constantFrom(...ENDS) }), { maxLength: 300 })
  .map((dates) =>
    dates.map(({ start, end }, i) => ({ id: `e${i}`, start, ...(end ? { end } : {}), title: { en: `e${i}` } })),
  );

/** What a stable sort by start time, then end time gives: each event prepared on its own, then sorted. */
function stableSortIds(events: readonly ConflictEvent[]): string[] {
  return events
    .flatMap((event) => prepareEvents([event]))
    .sort((a, b) => a.startTime - b.startTime || a.endTime - b.endTime)
    .map((prepared) => prepared.event.id);
}

const ids = (events: readonly PreparedEvent[]): string[] => events.map((prepared) => prepared.event.id);

/** `EventsPreparation`'s sort, stepped through `count` iterations at a time. */
function sortInSteps(events: readonly ConflictEvent[], count: number): PreparedEvent[] {
  const preparation = new EventsPreparation();
  preparation.add(events, 0, events.length);
  const sort = preparation.sort();
  while (!sort.done) sort.step(count);
  return sort.result();
}

describe('prepareEvents order', () => {
  it('sorts by start, then end, equal times in input order, as a stable comparator sort does', () => {
    fc.assert(
      fc.property(eventsOnFewDates, (events) => {
        expect(ids(prepareEvents(events))).to.deep.equal(stableSortIds(events));
      }),
    );
  });

  it('keeps events that are already in order (equal times included) as they are', () => {
    const starts = ['2014-01-01', '2014-01-01', '2014-01', '2014', '2014-03', '2015-01-01', '2015'];
    const events = starts.map((start, i) => ({ id: `e${i}`, start, title: { en: `e${i}` } }));
    expect(ids(prepareEvents(events))).to.deep.equal(['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
    expect(ids(sortInSteps(events, 2))).to.deep.equal(['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
  });

  it('gives the same order in steps of any size as at once', () => {
    fc.assert(
      fc.property(eventsOnFewDates, fc.integer({ min: 1, max: 40 }), (events, count) => {
        expect(ids(sortInSteps(events, count))).to.deep.equal(ids(prepareEvents(events)));
      }),
    );
  });
});

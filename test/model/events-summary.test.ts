import { expect } from '@open-wc/testing';
import { EventsSummary, PRECISION_KINDS, type PrecisionKind } from '../../src/model/events-summary.js';
import { prepareEvents, type PreparedEvent } from '../../src/model/prepared.js';
import { EVENT_CATEGORIES, EVENT_TYPES, type ConflictEvent, type EventType } from '../../src/model/types.js';
import { itemClassName } from '../../src/timeline/timeline-items.js';

/** Events of every category on dates of every precision: days, months, years, approximate, uncertain, ranges. */
function variedEvents(): PreparedEvent[] {
  const starts = ['2014', '2015-03', '2016-07-14', '2020-01-01~', '2018-05-05?', '2017-02~', '2019?'];
  const events: ConflictEvent[] = [];
  EVENT_CATEGORIES.forEach((category, c) =>
    starts.forEach((start, s) => {
      // Each category gets only some of the precisions, so that hiding a type changes the key.
      if ((c + s) % 3 === 0) return;
      const range = s % 2 === 0 ? { end: '2021-06-30' } : {};
      events.push({ id: `${category}-${s}`, start, ...range, title: { en: 'x' }, category });
    }),
  );
  return prepareEvents(events);
}

/** The precision key's kinds read from the drawing's classes: what the key must match. */
function kindsFromClasses(events: readonly PreparedEvent[]): PrecisionKind[] {
  const found = new Set<PrecisionKind>();
  for (const prepared of events) {
    const classes = itemClassName(prepared).split(' ');
    found.add(classes.includes('ct-precision-day') ? 'day' : 'span');
    if (classes.includes('ct-approximate')) found.add('approximate');
    if (classes.includes('ct-uncertain')) found.add('uncertain');
  }
  return PRECISION_KINDS.filter((kind) => found.has(kind));
}

describe('EventsSummary', () => {
  const events = variedEvents();

  it('gives the precision key the marks the drawing draws, for whichever types are shown', () => {
    const summary = EventsSummary.of(events);
    const hiddenSets: EventType[][] = [
      [],
      ...EVENT_TYPES.map((type) => [type]),
      EVENT_TYPES.slice(0, 3),
      [...EVENT_TYPES],
    ];
    for (const hidden of hiddenSets) {
      const shown = events.filter((prepared) => !hidden.includes(prepared.eventType));
      expect(summary.precisionKinds(new Set(hidden)), hidden.join(',')).to.deep.equal(kindsFromClasses(shown));
    }
    // The sample is varied enough for the comparison to mean something.
    expect(summary.precisionKinds()).to.deep.equal([...PRECISION_KINDS]);
  });

  it('gives the types present in the legend’s order, the extent and the count', () => {
    const some = events.filter((prepared) => prepared.eventType !== 'riots');
    const summary = EventsSummary.of(some);
    expect(summary.types).to.deep.equal(EVENT_TYPES.filter((type) => type !== 'riots'));
    expect(summary.extent).to.deep.equal({
      start: Math.min(...some.map((prepared) => prepared.startTime)),
      end: Math.max(...some.map((prepared) => prepared.endTime)),
    });
    expect(summary.size).to.equal(some.length);
    expect(EventsSummary.of([]).extent).to.equal(null);
    expect(EventsSummary.of([]).types).to.deep.equal([]);
  });

  it('is the same added in parts as at once, and rebuilt from its state (as a worker sends it)', () => {
    const parts = new EventsSummary();
    for (let from = 0; from < events.length; from += 7) parts.add(events, from, Math.min(events.length, from + 7));
    const whole = EventsSummary.of(events);
    expect(parts.state).to.deep.equal(whole.state);
    const copy = new EventsSummary(structuredClone(whole.state));
    expect(copy.types).to.deep.equal(whole.types);
    expect(copy.extent).to.deep.equal(whole.extent);
    expect(copy.precisionKinds(new Set(['battles']))).to.deep.equal(whole.precisionKinds(new Set(['battles'])));
  });
});

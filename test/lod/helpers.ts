import fc from 'fast-check';
import type { PreparedEvent } from '../../src/model/prepared.js';
import { EVENT_TYPES, type EventType } from '../../src/model/types.js';
import type { WindowQuery } from '../../src/timeline/lod/query.js';
import { DAY } from '../../src/model/time.js';

export { DAY };
/** 2014-01-01 and 2024-12-31 in local time, as the dates of real events are. */
export const FROM = new Date(2014, 0, 1).getTime();
export const TO = new Date(2025, 0, 1).getTime();

/** A prepared event with just the fields the index reads (and an id to compare by). */
export function preparedEvent(
  id: string,
  startTime: number,
  endTime: number,
  eventType: EventType = 'battles',
): PreparedEvent {
  return {
    event: { id, start: '2014', title: { en: id } },
    start: { year: 2014, precision: 'day', approximate: false, uncertain: false },
    startTime,
    endTime,
    isSpan: endTime - startTime > DAY,
    eventType,
  };
}

/** Random events: most of them days, some spans of up to five years, sorted as `prepareEvents` sorts. */
export const eventsArbitrary = (maxLength = 400): fc.Arbitrary<PreparedEvent[]> =>
  fc
    .array(
      fc.record({
        day: fc.integer({ min: 0, max: Math.round((TO - FROM) / DAY) }),
        days: fc.oneof(
          { weight: 3, arbitrary: fc.constant(1) },
          fc.integer({ min: 2, max: 60 }),
          fc.integer({ min: 61, max: 5 * 365 }),
        ),
        type: fc.constantFrom(...EVENT_TYPES),
      }),
      { maxLength },
    )
    .map((records) =>
      records
        .map((record, i) =>
          preparedEvent(`e${i}`, FROM + record.day * DAY, FROM + (record.day + record.days) * DAY, record.type),
        )
        .sort((a, b) => a.startTime - b.startTime || a.endTime - b.endTime),
    );

/** Random windows inside (and a little outside) the events' years, at any zoom level. */
export const queryArbitrary: fc.Arbitrary<WindowQuery> = fc
  .record({
    start: fc.integer({ min: FROM - 400 * DAY, max: TO }),
    width: fc.integer({ min: DAY / 24, max: 12 * 365 * DAY }),
    maxItems: fc.integer({ min: 0, max: 200 }),
    resolution: fc.integer({ min: DAY / 4, max: 400 * DAY }),
    hiddenTypes: fc.subarray([...EVENT_TYPES]),
    margin: fc.option(fc.integer({ min: 0, max: 365 * DAY }), { nil: undefined }),
  })
  .map(({ start, width, ...rest }) => ({ start, end: start + width, ...rest }));

/** The range a query answers: the window plus its margin (half the window by default). */
export function answeredRange(q: WindowQuery): { lo: number; hi: number } {
  const margin = q.margin ?? (q.end - q.start) / 2;
  return { lo: q.start - margin, hi: q.end + margin };
}

/** Brute force: the visible events overlapping the answered range. */
export function overlapping(events: readonly PreparedEvent[], q: WindowQuery): PreparedEvent[] {
  const { lo, hi } = answeredRange(q);
  const hidden = new Set(q.hiddenTypes ?? []);
  return events.filter((e) => e.startTime < hi && e.endTime > lo && !hidden.has(e.eventType));
}

export const ids = (events: readonly PreparedEvent[]): string[] => events.map((e) => e.event.id).sort();

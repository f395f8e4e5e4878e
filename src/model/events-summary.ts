/**
 * What the element derives from all of its events, gathered once when they arrive rather than on
 * every update: the event types present (the legend), the precision marks each type uses (the
 * precision key, for whichever types the legend leaves shown) and the extent (what "fit" shows).
 * Over a million events each of these was a pass in `willUpdate`, and together one long task
 * (a precision key read from each event's class names alone took about a second); here they are
 * one loop, which `ingestEvents` steps through in slices with the rest of the ingest.
 */
import type { PreparedEvent } from './prepared.js';
import { EVENT_TYPES, type EventType } from './types.js';

/** The ways the drawing marks a date's precision, in the precision key's order. */
export const PRECISION_KINDS = ['day', 'span', 'approximate', 'uncertain'] as const;
export type PrecisionKind = (typeof PRECISION_KINDS)[number];

const DAY_BIT = 1;
const SPAN_BIT = 2;
const APPROXIMATE_BIT = 4;
const UNCERTAIN_BIT = 8;
const KIND_BITS: readonly number[] = [DAY_BIT, SPAN_BIT, APPROXIMATE_BIT, UNCERTAIN_BIT];

const TYPE_CODES = new Map<EventType, number>(EVENT_TYPES.map((type, code) => [type, code]));

/**
 * How precisely the drawing says an event's date: the precision of its class `ct-precision-*`
 * (for a range, the less precise of its two ends: a span from a day to a month is drawn as a month), and whether either end is approximate or
 * uncertain. `itemClassName` writes these as classes; the precision key reads them here.
 */
export function datePrecision(prepared: PreparedEvent): {
  precision: 'day' | 'month' | 'year';
  approximate: boolean;
  uncertain: boolean;
} {
  const { start, end } = prepared;
  const precision = end ? lessPrecise(start.precision, end.precision) : start.precision;
  return {
    precision,
    approximate: Boolean(start.approximate || end?.approximate),
    uncertain: Boolean(start.uncertain || end?.uncertain),
  };
}

const RANK = { day: 2, month: 1, year: 0 } as const;

function lessPrecise(a: keyof typeof RANK, b: keyof typeof RANK): keyof typeof RANK {
  return RANK[a] <= RANK[b] ? a : b;
}

/** The precision marks of one event, as bits (see `KIND_BITS`). */
function kindBits(prepared: PreparedEvent): number {
  const { precision, approximate, uncertain } = datePrecision(prepared);
  return (
    (precision === 'day' ? DAY_BIT : SPAN_BIT) | (approximate ? APPROXIMATE_BIT : 0) | (uncertain ? UNCERTAIN_BIT : 0)
  );
}

/** An `EventsSummary`'s state as plain data (what a worker sends: `new EventsSummary(parts)`). */
export interface SummaryParts {
  /** A bit per type code present. */
  present: number;
  /** Per type code, the precision marks its events use (bits). */
  readonly kindsByType: number[];
  first: number;
  last: number;
  count: number;
}

/** Types, precision marks per type and extent of a set of events; `add` them a part at a time. */
export class EventsSummary {
  /** `state`: another summary's (sent by a worker); by default that of no events. */
  constructor(
    readonly state: SummaryParts = {
      present: 0,
      kindsByType: EVENT_TYPES.map(() => 0),
      first: Number.POSITIVE_INFINITY,
      last: Number.NEGATIVE_INFINITY,
      count: 0,
    },
  ) {}

  /** The summary of `events`, at once. */
  static of(events: readonly PreparedEvent[]): EventsSummary {
    const summary = new EventsSummary();
    summary.add(events, 0, events.length);
    return summary;
  }

  /** Adds `events[from]` up to (not including) `events[to]`. */
  add(events: readonly PreparedEvent[], from: number, to: number): void {
    const { state } = this;
    for (let i = from; i < to; i++) {
      const prepared = events[i] as PreparedEvent;
      const code = TYPE_CODES.get(prepared.eventType) ?? 0;
      state.present |= 1 << code;
      state.kindsByType[code] = (state.kindsByType[code] ?? 0) | kindBits(prepared);
      if (prepared.startTime < state.first) state.first = prepared.startTime;
      if (prepared.endTime > state.last) state.last = prepared.endTime;
    }
    state.count += Math.max(0, to - from);
  }

  /** Number of events added. */
  get size(): number {
    return this.state.count;
  }

  /** The event types present, in the legend's order. */
  get types(): EventType[] {
    return EVENT_TYPES.filter((_, code) => this.state.present & (1 << code));
  }

  /** First start and last end (ms), or null with no events. */
  get extent(): { start: number; end: number } | null {
    const { count, first, last } = this.state;
    return count ? { start: first, end: last } : null;
  }

  /** The precision marks of the events whose type is not hidden, in the key's order. */
  precisionKinds(hidden: ReadonlySet<EventType> = new Set()): PrecisionKind[] {
    let bits = 0;
    EVENT_TYPES.forEach((type, code) => {
      if (!hidden.has(type)) bits |= this.state.kindsByType[code] ?? 0;
    });
    return PRECISION_KINDS.filter((_, k) => bits & (KIND_BITS[k] as number));
  }
}

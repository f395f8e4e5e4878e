/**
 * Timeline items for an answer: its individual events, drawn by vis-timeline. Its counts
 * (aggregates) are not items: the density layer draws them as a histogram (`density-layer.ts`).
 */
import type { PreparedEvent } from '../../model/prepared.js';
import { toTimelineItem, type ItemOptions, type TimelineItem } from '../timeline-items.js';
import type { Aggregate, WindowAnswer } from './query.js';

/** How counts are written; the element supplies localized text (numerals, type names, dates). */
export interface AggregateText {
  /** A count as a number, e.g. "1,234" or "١٬٢٣٤" (a bar's count, a value of the scale). */
  label(aggregate: Pick<Aggregate, 'count'>): string;
  /** What a count is, e.g. "1,234 events (Battles), March 2015. Activate to zoom in." */
  ariaLabel(aggregate: Aggregate): string;
}

/** Options of `AnswerItemCache.itemsOf`: those of `toTimelineItem` plus the counts' text (for the density layer). */
export interface AnswerItemOptions extends ItemOptions {
  readonly aggregateText: AggregateText;
}

/**
 * Makes the items to hand to the adapter for successive answers, reusing the items of the previous
 * answer for the events that stay: a pan keeps most of them, and their text (dates, localized
 * names) is what costs. New options (language, numerals, lanes) start afresh.
 */
export class AnswerItemCache {
  private options?: AnswerItemOptions;
  private events = new Map<PreparedEvent, TimelineItem>();

  itemsOf(answer: WindowAnswer, options: AnswerItemOptions): TimelineItem[] {
    if (options !== this.options) {
      this.options = options;
      this.events.clear();
    }
    const events = new Map<PreparedEvent, TimelineItem>();
    const items: TimelineItem[] = [];
    for (const prepared of answer.events) {
      const item = this.events.get(prepared) ?? toTimelineItem(prepared, options);
      events.set(prepared, item);
      items.push(item);
    }
    // Only the latest answer's items are kept: the cache never outgrows one window.
    this.events = events;
    return items;
  }
}

/** The aggregate with this id in an answer (to zoom to its bucket on click), if any. */
export function findAggregate(answer: WindowAnswer | undefined, id: string): Aggregate | undefined {
  return answer?.aggregates.find((aggregate) => aggregate.id === id);
}

/** The event with this id in an answer, if it is drawn. */
export function findEvent(answer: WindowAnswer | undefined, id: string): PreparedEvent | undefined {
  return answer?.events.find((prepared) => prepared.event.id === id);
}

/**
 * First start and last end of the events (ms), or null when there are none. With the level of
 * detail, vis-timeline holds only the window's items, so its own `fit()` cannot see the data's
 * extent: fit to this instead.
 */
export function eventsExtent(events: readonly PreparedEvent[]): { start: number; end: number } | null {
  if (!events.length) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const prepared of events) {
    if (prepared.startTime < start) start = prepared.startTime;
    if (prepared.endTime > end) end = prepared.endTime;
  }
  return { start, end };
}

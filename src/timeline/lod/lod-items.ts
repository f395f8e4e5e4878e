/**
 * Timeline items for an answer: the individual events as usual, and one count item per
 * aggregate. Plain data like `toTimelineItem`'s; the adapter draws both the same way.
 */
import type { PreparedEvent } from '../../model/prepared.js';
import { itemDomId, toTimelineItem, type ItemOptions, type TimelineItem } from '../timeline-items.js';
import type { Aggregate, WindowAnswer } from './query.js';

/** How an aggregate is named; the element supplies localized text (numerals, type names, dates). */
export interface AggregateText {
  /** Visible label, e.g. "1,234" or "١٬٢٣٤". */
  label(aggregate: Aggregate): string;
  /** Accessible name, e.g. "1,234 battles, March 2015. Activate to zoom in." */
  ariaLabel(aggregate: Aggregate): string;
}

/** Options of `AnswerItemCache.itemsOf`: those of `toTimelineItem` plus the aggregates' text. */
export interface AnswerItemOptions extends ItemOptions {
  readonly aggregateText: AggregateText;
}

/**
 * Makes the items to hand to the adapter for successive answers (events first, then counts),
 * reusing the items of the previous answer for the events and counts that stay: a pan keeps most
 * of them, and their text (dates, localized counts and names) is what costs. New options
 * (language, numerals, lanes) start afresh.
 */
export class AnswerItemCache {
  private options?: AnswerItemOptions;
  private events = new Map<PreparedEvent, TimelineItem>();
  /** Keyed by aggregate id and count: the id fixes type and bucket, the count the text. */
  private aggregates = new Map<string, TimelineItem>();

  itemsOf(answer: WindowAnswer, options: AnswerItemOptions): TimelineItem[] {
    if (options !== this.options) {
      this.options = options;
      this.events.clear();
      this.aggregates.clear();
    }
    const events = new Map<PreparedEvent, TimelineItem>();
    const aggregates = new Map<string, TimelineItem>();
    const items: TimelineItem[] = [];
    for (const prepared of answer.events) {
      const item = this.events.get(prepared) ?? toTimelineItem(prepared, options);
      events.set(prepared, item);
      items.push(item);
    }
    for (const aggregate of answer.aggregates) {
      const key = `${aggregate.id} ${aggregate.count}`;
      const item = this.aggregates.get(key) ?? aggregateItem(aggregate, options);
      aggregates.set(key, item);
      items.push(item);
    }
    // Only the latest answer's items are kept: the cache never outgrows one window.
    this.events = events;
    this.aggregates = aggregates;
    return items;
  }
}

/** One aggregate as a range item over its bucket, classed so CSS can draw it as a count badge. */
export function aggregateItem(aggregate: Aggregate, options: AnswerItemOptions): TimelineItem {
  const label = options.aggregateText.label(aggregate);
  // Neighbouring buckets abut; vis-timeline would stack touching items into a staircase.
  const inset = (aggregate.end - aggregate.start) * AGGREGATE_INSET;
  return {
    id: aggregate.id,
    domId: itemDomId(aggregate.id),
    start: new Date(aggregate.start + inset),
    end: new Date(aggregate.end - inset),
    type: 'range',
    label,
    labelLang: options.lang,
    dateLabel: '',
    ariaLabel: options.aggregateText.ariaLabel(aggregate),
    className: `ct-item ct-aggregate ct-type-${aggregate.eventType}`,
    eventType: aggregate.eventType,
    // Lanes by category put each count in its type's lane; actor lanes have no place for counts
    // of many actors, so they get their own lane (the element must declare a group with this id).
    group:
      options.groupBy === 'category' ? aggregate.eventType : options.groupBy === 'actor' ? AGGREGATE_LANE : undefined,
  };
}

/** Share of a bucket's width left empty on each side of its count item. */
const AGGREGATE_INSET = 0.12;

/** The lane id of aggregates when lanes are by actor. */
export const AGGREGATE_LANE = 'ct-aggregates';

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

/**
 * The level-of-detail query interface: what the timeline asks for on each window change, and
 * what it gets back. vis-timeline keeps and lays out every item it holds, so it must only ever
 * hold what the viewport can show (about 350 items in a 1200×400 view); this interface is the
 * line between "all the data" and "what to draw now".
 *
 * It is async and knows nothing of where the events live, so the same element can be backed by:
 * - `MemoryQueryProvider` (an in-memory time index on the main thread),
 * - `WorkerQueryProvider` (the same index in a Web Worker),
 * - a server or database holding all of ACLED. Such a provider sends the query to an endpoint,
 *   e.g. `GET /events?start=…&end=…&maxItems=…&resolution=…&hidden=riots,protests`, which
 *   1. counts the events overlapping the range: `SELECT count(*) FROM events WHERE start_time <
 *      :end AND end_time > :start AND event_type NOT IN (:hidden)` (an index on
 *      `(start_time)` plus a bound on the longest duration, or a range/GiST index, keeps it fast);
 *   2. if the count is at most `maxItems`, returns those rows (`events`);
 *   3. otherwise returns `GROUP BY floor(greatest(start_time, :start) / :resolution), event_type`
 *      counts (`aggregates`), ids built the same way as `aggregateId` so that items keep their
 *      identity while the user pans;
 *   and the client turns the rows into `PreparedEvent`s with `prepareEvents`. `total` is the
 *   number of matching events, shown or aggregated. The client passes the `AbortSignal` to
 *   `fetch`, so a query overtaken by a newer window is cancelled on the wire as well.
 */
import type { PreparedEvent } from '../../model/prepared.js';
import type { EventType } from '../../model/types.js';
import { DAY } from '../../model/time.js';

/** What the view asks for: a time window and how much it can show. Times are ms (local time, as `PreparedEvent`). */
export interface WindowQuery {
  /** First instant of the visible window. */
  start: number;
  /** End of the visible window (exclusive). */
  end: number;
  /** max individual items the view can show */
  maxItems: number;
  /** bucket width hint in ms for aggregates */
  resolution: number;
  /** Event types the user switched off: neither returned nor counted. */
  hiddenTypes?: readonly EventType[];
  /**
   * Extra time on each side of the window (ms) that is answered too, so that a short pan shows
   * items at once instead of after the next answer. Default: half the window's width.
   */
  margin?: number;
}

/** Many events of one type in one time bucket, drawn as a single count item; clicking it zooms to `start`–`end`. */
export interface Aggregate {
  /** Stable across queries with the same resolution, so the drawn item survives a pan. */
  id: string;
  /** Bucket start (ms). */
  start: number;
  /** Bucket end (ms, exclusive). */
  end: number;
  eventType: EventType;
  /** Number of events of this type in the bucket (each event is counted in exactly one bucket). */
  count: number;
}

/** What the view draws for one window: individual events plus aggregates of the rest. */
export interface WindowAnswer {
  /** Events to draw one by one, ordered by start time. */
  events: PreparedEvent[];
  /** Counts standing for the events that were too dense to draw one by one. */
  aggregates: Aggregate[];
  /** Number of (not hidden) events overlapping the answered range: `events.length` plus the sum of the counts. */
  total: number;
}

/** Answers window queries. Implementations: in memory, in a worker, or remote (see the module comment). */
export interface EventQueryProvider {
  /** Resolves with the answer, or rejects with an `AbortError` `DOMException` once `signal` aborts. */
  query(q: WindowQuery, signal?: AbortSignal): Promise<WindowAnswer>;
  /** Number of events the provider holds. */
  readonly size: number;
  /**
   * First start and last end of its events (ms; null: none), for a provider that knows them: the
   * view fits its window to this rather than reading every event it was given (which a provider
   * holding the events elsewhere, in a worker, does not even have).
   */
  readonly extent?: { start: number; end: number } | null;
  /** Releases what the provider holds (a worker, a connection). */
  dispose?(): void;
  /**
   * The answer at once, for a provider that has it at hand (the in-memory index answers in about
   * a millisecond): the view then draws a window's items in the same frame, without a promise or
   * an extra task. A provider that must wait for its answer leaves it out.
   */
  answerNow?(q: WindowQuery): WindowAnswer;
}

/**
 * Bucket widths the aggregates snap to. A fixed ladder (rather than window ÷ n) keeps the same
 * buckets, hence the same aggregate ids and drawn items, while the user pans at one zoom level.
 */
export const RESOLUTION_LADDER: readonly number[] = [
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
  61 * DAY,
  91 * DAY,
  182 * DAY,
  365 * DAY,
  2 * 365 * DAY,
  5 * 365 * DAY,
  10 * 365 * DAY,
  25 * 365 * DAY,
  50 * 365 * DAY,
  100 * 365 * DAY,
];

/** The smallest ladder step at least `minimum` ms wide (the largest step past the end of the ladder). */
export function snapResolution(minimum: number): number {
  for (const step of RESOLUTION_LADDER) if (step >= minimum) return step;
  const largest = RESOLUTION_LADDER[RESOLUTION_LADDER.length - 1] ?? DAY;
  return Math.ceil(minimum / largest) * largest;
}

/** The view's size and state, from which `viewportQuery` derives a `WindowQuery`. */
export interface ViewportOptions {
  readonly start: number;
  readonly end: number;
  /** Width of the timeline in CSS pixels. */
  readonly widthPx: number;
  readonly hiddenTypes?: readonly EventType[];
  /** Pixels per individual item that stay readable; default 3.5 (about 350 items in 1200 px, as measured). */
  readonly pxPerItem?: number;
  /** Minimum width of an aggregate bucket on screen; default 48 px, room for a count like "1,234". */
  readonly bucketPx?: number;
}

/** The query the element sends for its current window and width. */
export function viewportQuery(view: ViewportOptions): WindowQuery {
  const width = Math.max(1, view.widthPx);
  const span = Math.max(1, view.end - view.start);
  const buckets = Math.max(1, Math.floor(width / (view.bucketPx ?? 48)));
  return {
    start: view.start,
    end: view.end,
    maxItems: Math.max(1, Math.floor(width / (view.pxPerItem ?? 3.5))),
    resolution: snapResolution(span / buckets),
    hiddenTypes: view.hiddenTypes,
  };
}

/** The id of an aggregate: type, resolution and bucket number, so equal buckets get equal ids. */
export function aggregateId(eventType: EventType, resolution: number, bucket: number): string {
  return `ct-aggregate:${eventType}:${resolution}:${bucket}`;
}

/** Whether a timeline item id names an aggregate rather than an event. */
export function isAggregateId(id: string): boolean {
  return id.startsWith('ct-aggregate:');
}

/** The rejection of a query whose signal aborted: the same error `fetch` uses. */
export function abortError(): DOMException {
  return new DOMException('The window query was aborted.', 'AbortError');
}

/** Whether an error is an aborted query (to be ignored, not reported). */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

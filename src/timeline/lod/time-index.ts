/**
 * An in-memory time index over prepared events, answering level-of-detail window queries.
 *
 * It works on three columns (start, end, type) rather than on the event objects, so that a worker
 * can build the same index from transferred typed arrays without cloning 100,000 events, and
 * answers with positions in the caller's array, which the caller maps back to its own objects.
 *
 * Spans: an event overlaps the range [lo, hi) when `start < hi && end > lo`. Events are kept in
 * duration classes (powers of two of a day); inside a class every event lasts at most the class's
 * longest duration D, so the only events of that class that can reach into the range start in
 * [lo − D, hi): one binary search and a short scan per class. That is exact (no event is missed,
 * a span crossing both edges included) and stays fast when a few events last for years, where a
 * single global maximum duration would scan almost everything.
 *
 * Dense windows: a window holding far more events than it can draw (the whole span of a million)
 * is answered from counts kept per distinct start time and type (`StartCounts`, a few thousand
 * rows where days are the precision), reading only the events that cross its left edge and those
 * of the buckets sparse enough to draw one by one: the same answer as counting every event in it,
 * without a pass over a million of them.
 */
import type { PreparedEvent } from '../../model/prepared.js';
import { EVENT_TYPES, type EventType } from '../../model/types.js';
import { aggregateId, type Aggregate, type WindowAnswer, type WindowQuery } from './query.js';
import { lowerBound, upperBound } from '../../model/sorted.js';
import { DurationClassesBuild, TimeIndexBuild, TYPE_CODES } from './time-index-build.js';

export { columnsOf } from './time-index-build.js';

/** The per-event data the index needs, as columns; position `i` in each is event `i` of the caller's array. */
export interface IndexColumns {
  /** First instant (ms). */
  readonly startTime: Float64Array;
  /** First instant after the event (ms, exclusive). */
  readonly endTime: Float64Array;
  /** Position of the event type in `EVENT_TYPES`. */
  readonly typeCode: Uint8Array;
}

/** An answer in positions: `indices` point into the array the index was built from. */
export interface IndexAnswer {
  /** Positions of the events to draw one by one, ordered by start time, then end time, then position. */
  readonly indices: Int32Array;
  readonly aggregates: Aggregate[];
  readonly total: number;
}

/** Above this many buckets the resolution is widened: more aggregates than pixels helps nobody. */
export const MAX_BUCKETS = 2000;

/** Events of one duration class, ordered by start time. */
export interface DurationClass {
  /** Longest duration in the class (ms). */
  readonly maxDuration: number;
  /** Positions of the class's events, ordered by start time. */
  readonly order: Int32Array;
  /** Their start times, in the same order, for binary search. */
  readonly starts: Float64Array;
}

/** The events' counts per distinct start time and type: what a dense window's buckets add up. */
export interface StartCounts {
  /** The distinct start times, ascending. */
  readonly times: Float64Array;
  /** Per time, per type code: `counts[t * EVENT_TYPES.length + code]`. */
  readonly counts: Int32Array;
}

/** What the index is built of besides its columns (see `DurationClassesBuild`). */
export interface IndexParts {
  readonly classes: readonly DurationClass[];
  readonly starts: StartCounts;
}

/** The time index. Build it once per data set; `query` is synchronous and allocates little. */
export class TimeIndex {
  private readonly classes: readonly DurationClass[];
  private readonly starts: StartCounts;
  /** `extent`, once read. */
  private knownExtent: { start: number; end: number } | null | undefined;
  /** Scratch buffer for the positions that match a query (at most every event). */
  private readonly matches: Int32Array;

  /** Builds the index of prepared events; answers refer to positions in `events`. */
  static fromEvents(events: readonly PreparedEvent[]): TimeIndex {
    const build = new TimeIndexBuild(events);
    build.runAll();
    const { columns, parts } = build.result();
    return new TimeIndex(columns, parts);
  }

  /** `parts`: those `DurationClassesBuild` made of these columns; by default they are made now. */
  constructor(
    private readonly columns: IndexColumns,
    parts: IndexParts = DurationClassesBuild.runAll(columns),
  ) {
    this.classes = parts.classes;
    this.starts = parts.starts;
    this.matches = new Int32Array(columns.startTime.length);
  }

  /** Number of indexed events. */
  get size(): number {
    return this.columns.startTime.length;
  }

  /**
   * First start and last end of the indexed events (ms), or null when there are none: a scan of
   * two typed columns (about a millisecond for a million events, where reading the same times
   * from a million event objects takes tens).
   */
  get extent(): { start: number; end: number } | null {
    // Read once: the element asks again for each fit and opening window, the columns never change.
    if (this.knownExtent === undefined) this.knownExtent = this.scanExtent();
    return this.knownExtent && { ...this.knownExtent };
  }

  private scanExtent(): { start: number; end: number } | null {
    const { startTime, endTime } = this.columns;
    if (!startTime.length) return null;
    let start = Number.POSITIVE_INFINITY;
    let end = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < startTime.length; i++) {
      if ((startTime[i] as number) < start) start = startTime[i] as number;
      if ((endTime[i] as number) > end) end = endTime[i] as number;
    }
    return { start, end };
  }

  /**
   * The events overlapping [start − margin, end + margin) if there are at most `maxItems` of them;
   * otherwise the sparse buckets' events plus per-bucket, per-type aggregates of the dense ones.
   */
  query(q: WindowQuery): IndexAnswer {
    // Far more events than the window draws: counted, not read one by one.
    return this.answer(q, 4 * Math.max(0, q.maxItems) + 1000);
  }

  /**
   * The same answer as `query`, counted from the start counts whenever the window holds more
   * events than it draws (`query` counts only windows far denser than that; the tests compare
   * this with `queryByScan`).
   */
  queryByCounts(q: WindowQuery): IndexAnswer {
    return this.answer(q, Math.max(0, q.maxItems));
  }

  private answer(q: WindowQuery, countAbove: number): IndexAnswer {
    const margin = q.margin ?? (q.end - q.start) / 2;
    const lo = q.start - Math.max(0, margin);
    const hi = q.end + Math.max(0, margin);
    if (!(hi > lo) || this.size === 0) return { indices: new Int32Array(0), aggregates: [], total: 0 };
    const hidden = hiddenMask(q.hiddenTypes);
    const carried = this.crossingLeftEdge(lo, hidden);
    const { first, last } = this.startRows(lo, hi);
    if (carried.length + this.countStarts(first, last, hidden) > countAbove)
      return this.aggregateCounts(carried, first, last, lo, hi, q, hidden);
    return this.queryByScan(q);
  }

  /**
   * The same answer as `query`, from every matching event: what `query` does for windows that are
   * not dense (and the reference its counting is tested against).
   */
  queryByScan(q: WindowQuery): IndexAnswer {
    const margin = q.margin ?? (q.end - q.start) / 2;
    const lo = q.start - Math.max(0, margin);
    const hi = q.end + Math.max(0, margin);
    if (!(hi > lo) || this.size === 0) return { indices: new Int32Array(0), aggregates: [], total: 0 };
    const count = this.collect(lo, hi, hiddenMask(q.hiddenTypes));
    const matches = this.matches.subarray(0, count);
    if (count <= Math.max(0, q.maxItems)) return { indices: this.sorted(matches), aggregates: [], total: count };
    return this.aggregate(matches, lo, hi, q);
  }

  /** The visible events that start at or before `lo` and end after it (a copy: `matches` is scratch). */
  private crossingLeftEdge(lo: number, hidden: number): Int32Array {
    const { endTime, typeCode } = this.columns;
    let count = 0;
    for (const { order, starts, maxDuration } of this.classes) {
      const last = upperBound(starts, lo);
      for (let k = lowerBound(starts, lo - maxDuration); k < last; k++) {
        const i = order[k] as number;
        if ((endTime[i] as number) > lo && !(hidden & (1 << (typeCode[i] as number)))) this.matches[count++] = i;
      }
    }
    return this.matches.slice(0, count);
  }

  /** Rows of `starts` with a time after `lo` and before `hi`. */
  private startRows(lo: number, hi: number): { first: number; last: number } {
    return { first: upperBound(this.starts.times, lo), last: lowerBound(this.starts.times, hi) };
  }

  /** The visible events starting in rows `first` up to `last`. */
  private countStarts(first: number, last: number, hidden: number): number {
    const { counts } = this.starts;
    const types = EVENT_TYPES.length;
    let count = 0;
    for (let row = first; row < last; row++)
      for (let code = 0; code < types; code++)
        if (!(hidden & (1 << code))) count += counts[row * types + code] as number;
    return count;
  }

  /**
   * `aggregate`'s answer from counts: the events crossing the left edge (`carried`) are read, those
   * starting inside the range are counted per bucket from `starts`, and only the sparse buckets'
   * events are read, to be drawn one by one.
   */
  private aggregateCounts(
    carried: Int32Array,
    first: number,
    last: number,
    lo: number,
    hi: number,
    q: WindowQuery,
    hidden: number,
  ): IndexAnswer {
    const types = EVENT_TYPES.length;
    const resolution = bucketWidth(q.resolution, lo, hi);
    const firstBucket = Math.floor(lo / resolution);
    const bucketCount = Math.ceil(hi / resolution) - firstBucket;
    const covering = this.coveringSpans(carried, lo, hi, q.maxItems);
    const rest = covering.size ? carried.filter((i) => !covering.has(i)) : carried;
    const { typeCode } = this.columns;
    const totals = new Int32Array(bucketCount);
    const typeCounts = new Int32Array(bucketCount * types);
    // Events that began before the range are counted in its first bucket.
    for (const i of rest) {
      totals[0]! += 1;
      typeCounts[typeCode[i] as number]! += 1;
    }
    const { times, counts } = this.starts;
    let total = carried.length;
    for (let row = first; row < last; row++) {
      const bucket = Math.floor((times[row] as number) / resolution) - firstBucket;
      for (let code = 0; code < types; code++) {
        const count = counts[row * types + code] as number;
        if (!count || hidden & (1 << code)) continue;
        totals[bucket]! += count;
        typeCounts[bucket * types + code]! += count;
        total += count;
      }
    }
    const buckets = { resolution, firstBucket, covering, rest, bucketOf: () => 0, totals, typeCounts };
    const share = Math.floor(Math.max(0, q.maxItems - covering.size) / totals.length);
    const kept: number[] = [...covering];
    if ((totals[0] as number) <= share) kept.push(...rest);
    for (let bucket = 0; bucket < bucketCount; bucket++) {
      if (!totals[bucket] || (totals[bucket] as number) > share) continue;
      const from = Math.max(lo, (firstBucket + bucket) * resolution);
      const to = Math.min(hi, (firstBucket + bucket + 1) * resolution);
      this.startingIn(from, to, lo, hidden, kept);
    }
    return { indices: this.sorted(Int32Array.from(kept)), aggregates: aggregatesOf(buckets, share), total };
  }

  /**
   * Appends to `into` the visible events starting in [from, to), leaving out those starting
   * exactly at the range's start `lo` (they were carried, with the events crossing it).
   */
  private startingIn(from: number, to: number, lo: number, hidden: number, into: number[]): void {
    const { typeCode } = this.columns;
    for (const { order, starts } of this.classes) {
      const end = lowerBound(starts, to);
      for (let k = from > lo ? lowerBound(starts, from) : upperBound(starts, lo); k < end; k++) {
        const i = order[k] as number;
        if (!(hidden & (1 << (typeCode[i] as number)))) into.push(i);
      }
    }
  }

  /** Writes the positions of the visible events overlapping [lo, hi) into `matches`; returns how many. */
  private collect(lo: number, hi: number, hidden: number): number {
    const { endTime, typeCode } = this.columns;
    let count = 0;
    for (const durationClass of this.classes) {
      const { order, starts } = durationClass;
      const last = lowerBound(starts, hi);
      for (let k = lowerBound(starts, lo - durationClass.maxDuration); k < last; k++) {
        const i = order[k] as number;
        if ((endTime[i] as number) > lo && !(hidden & (1 << (typeCode[i] as number)))) this.matches[count++] = i;
      }
    }
    return count;
  }

  /** Groups dense buckets into aggregates; keeps sparse buckets and a few window-covering spans as events. */
  private aggregate(matches: Int32Array, lo: number, hi: number, q: WindowQuery): IndexAnswer {
    const buckets = this.countBuckets(matches, lo, hi, q);
    // Each bucket may show its events one by one if it has at most its share of `maxItems`.
    const share = Math.floor(Math.max(0, q.maxItems - buckets.covering.size) / buckets.totals.length);
    const kept = buckets.rest.filter((i) => (buckets.totals[buckets.bucketOf(i)] as number) <= share);
    const indices = this.sorted(Int32Array.from([...buckets.covering, ...kept]));
    return { indices, aggregates: aggregatesOf(buckets, share), total: matches.length };
  }

  /** Counts the matches per bucket and per bucket × type, leaving out the covering spans kept as events. */
  private countBuckets(matches: Int32Array, lo: number, hi: number, q: WindowQuery): BucketCounts {
    const resolution = bucketWidth(q.resolution, lo, hi);
    const firstBucket = Math.floor(lo / resolution);
    // Every collected event starts before `hi`, so its bucket is below ceil(hi / resolution).
    const bucketCount = Math.ceil(hi / resolution) - firstBucket;
    const covering = this.coveringSpans(matches, lo, hi, q.maxItems);
    const rest = covering.size ? matches.filter((i) => !covering.has(i)) : matches;
    const { startTime, typeCode } = this.columns;
    // A span that started before the range is counted in the range's first bucket.
    const bucketOf = (i: number): number => Math.floor(Math.max(startTime[i] as number, lo) / resolution) - firstBucket;
    const totals = new Int32Array(bucketCount);
    const typeCounts = new Int32Array(bucketCount * EVENT_TYPES.length);
    for (const i of rest) {
      const bucket = bucketOf(i);
      totals[bucket]! += 1;
      typeCounts[bucket * EVENT_TYPES.length + (typeCode[i] as number)]! += 1;
    }
    return { resolution, firstBucket, covering, rest, bucketOf, totals, typeCounts };
  }

  /**
   * Spans that cover the whole range are drawn as events when they are few (at most a tenth of
   * `maxItems`): a war or an occupation stays visible as one bar at every zoom level.
   */
  private coveringSpans(matches: Int32Array, lo: number, hi: number, maxItems: number): Set<number> {
    const { startTime, endTime } = this.columns;
    const covering = new Set<number>();
    for (const i of matches) if ((startTime[i] as number) <= lo && (endTime[i] as number) >= hi) covering.add(i);
    return covering.size <= Math.floor(maxItems / 10) ? covering : new Set();
  }

  /** Positions ordered by start, end, then position: the order `prepareEvents` gives, made total. */
  private sorted(positions: Int32Array): Int32Array {
    const { startTime, endTime } = this.columns;
    return Int32Array.from(positions).sort(
      (a, b) =>
        (startTime[a] as number) - (startTime[b] as number) || (endTime[a] as number) - (endTime[b] as number) || a - b,
    );
  }
}

/** The matches of a query counted per bucket (see `TimeIndex.countBuckets`). */
interface BucketCounts {
  readonly resolution: number;
  /** Number of the range's first bucket, counted from time 0: buckets are aligned to multiples of the resolution. */
  readonly firstBucket: number;
  /** Spans covering the whole range that stay events. */
  readonly covering: ReadonlySet<number>;
  /** The other matches. */
  readonly rest: Int32Array;
  /** Bucket of a match, relative to `firstBucket`. */
  readonly bucketOf: (i: number) => number;
  readonly totals: Int32Array;
  /** Per bucket, per type code: `typeCounts[bucket * EVENT_TYPES.length + code]`. */
  readonly typeCounts: Int32Array;
}

/** One aggregate per type present in each bucket holding more than `share` events. */
function aggregatesOf(buckets: BucketCounts, share: number): Aggregate[] {
  const { resolution, firstBucket, totals, typeCounts } = buckets;
  const aggregates: Aggregate[] = [];
  for (let bucket = 0; bucket < totals.length; bucket++) {
    if ((totals[bucket] as number) <= share) continue;
    const start = (firstBucket + bucket) * resolution;
    EVENT_TYPES.forEach((eventType, code) => {
      const count = typeCounts[bucket * EVENT_TYPES.length + code] as number;
      if (count > 0)
        aggregates.push({
          id: aggregateId(eventType, resolution, firstBucket + bucket),
          start,
          end: start + resolution,
          eventType,
          count,
        });
    });
  }
  return aggregates;
}

/** A bit per hidden event type, so the scan tests a type with one AND. */
function hiddenMask(hiddenTypes: readonly EventType[] | undefined): number {
  let mask = 0;
  for (const type of hiddenTypes ?? []) mask |= 1 << (TYPE_CODES.get(type) ?? 31);
  return mask;
}

/** The bucket width: the hint, widened so the range has at most `MAX_BUCKETS` buckets. */
function bucketWidth(hint: number, lo: number, hi: number): number {
  const minimum = Math.ceil((hi - lo) / MAX_BUCKETS);
  return Math.max(Number.isFinite(hint) && hint >= 1 ? Math.round(hint) : minimum, minimum, 1);
}

/** Turns an answer in positions into one with the caller's own event objects (same identity, no copies). */
export function toWindowAnswer(answer: IndexAnswer, events: readonly PreparedEvent[]): WindowAnswer {
  const shown: PreparedEvent[] = [];
  for (const i of answer.indices) shown.push(events[i] as PreparedEvent);
  return { events: shown, aggregates: answer.aggregates, total: answer.total };
}

/**
 * Building a `TimeIndex` a loop at a time (see `LoopedWork`): its columns, its duration classes
 * and its counts per start time. `ingestEvents` steps through the build between yields, so that
 * indexing a million events never holds the main thread; `TimeIndex.fromEvents` and the
 * `TimeIndex` constructor run the same loops at once, so both paths build the same index.
 */
import type { PreparedEvent } from '../../model/prepared.js';
import { LoopedTask, LoopedWork, type Loop } from '../../model/looped-work.js';
import { EVENT_TYPES, type EventType } from '../../model/types.js';
import { DAY } from '../../model/time.js';
import type { IndexColumns, IndexParts, StartCounts } from './time-index.js';

/** Position of each event type in `EVENT_TYPES`: an event's `typeCode`. */
export const TYPE_CODES = new Map<EventType, number>(EVENT_TYPES.map((type, code) => [type, code]));

/** The index columns of prepared events (in their order). */
export function columnsOf(events: readonly PreparedEvent[]): IndexColumns {
  const columns = emptyColumns(events.length);
  fillColumns(columns, events, 0, events.length);
  return columns;
}

/** Columns for `n` events, all zero (see `fillColumns`). */
function emptyColumns(n: number): IndexColumns {
  return { startTime: new Float64Array(n), endTime: new Float64Array(n), typeCode: new Uint8Array(n) };
}

/** Writes the columns of `events[from]` up to (not including) `events[to]`. */
function fillColumns(columns: IndexColumns, events: readonly PreparedEvent[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const event = events[i] as PreparedEvent;
    columns.startTime[i] = event.startTime;
    // A zero-length event would never overlap anything: give it at least one millisecond.
    columns.endTime[i] = Math.max(event.endTime, event.startTime + 1);
    columns.typeCode[i] = TYPE_CODES.get(event.eventType) ?? TYPE_CODES.get('strategic-developments') ?? 0;
  }
}
/**
 * Building a `TimeIndex` of prepared events a loop at a time (see `LoopedWork`): `ingestEvents`
 * steps through it between yields, `TimeIndex.fromEvents` runs it at once, so both build the
 * same index.
 */
export class TimeIndexBuild extends LoopedTask {
  private readonly columns: IndexColumns;
  private readonly classes: DurationClassesBuild;
  protected override readonly work: LoopedWork;

  constructor(events: readonly PreparedEvent[]) {
    super();
    const columns = emptyColumns(events.length);
    this.columns = columns;
    this.classes = new DurationClassesBuild(columns);
    this.work = new LoopedWork([
      { length: () => events.length, run: (from, to) => fillColumns(columns, events, from, to) },
      ...this.classes.loops(),
    ]);
  }

  /** What `new TimeIndex(columns, parts)` takes, once `done`. */
  result(): { columns: IndexColumns; parts: IndexParts } {
    return { columns: this.columns, parts: this.classes.parts() };
  }
}

/**
 * Splits positions into duration classes 1 day, 2 days, 4 days, … each in start order, as loops
 * over the events: put them in start order, find each one's class, then place each in its class.
 */
export class DurationClassesBuild {
  private readonly order: Int32Array;
  private inStartOrder = true;
  private readonly classOf: Uint8Array;
  private readonly sizes: number[] = [];
  private readonly maxDurations: number[] = [];
  private targets: { order: Int32Array; starts: Float64Array; filled: number }[] = [];
  private distinctStarts = 0;
  private startCounts: StartCounts = { times: new Float64Array(0), counts: new Int32Array(0) };

  /** The classes and start counts of `columns`, made at once. */
  static runAll(columns: IndexColumns): IndexParts {
    const build = new DurationClassesBuild(columns);
    new LoopedWork(build.loops()).runAll();
    return build.parts();
  }

  constructor(private readonly columns: IndexColumns) {
    this.order = new Int32Array(columns.startTime.length);
    this.classOf = new Uint8Array(columns.startTime.length);
  }

  loops(): Loop[] {
    const count = this.order.length;
    return [
      { length: () => count, run: (from, to) => this.checkStartOrder(from, to) },
      // `prepareEvents` already sorts, so this sort (in one piece) is for other callers' arrays.
      { length: () => (this.inStartOrder ? 0 : 1), run: () => this.sortByStart() },
      { length: () => count, run: (from, to) => this.classify(from, to) },
      { length: () => 1, run: () => this.allocate() },
      { length: () => count, run: (from, to) => this.place(from, to) },
      // The counts per distinct start time: count the times, then fill them in start order.
      { length: () => count, run: (from, to) => this.countDistinct(from, to) },
      { length: () => 1, run: () => this.allocateStarts() },
      { length: () => count, run: (from, to) => this.countStarts(from, to) },
    ];
  }

  /** The classes and start counts, once the loops ran. */
  parts(): IndexParts {
    const classes = this.targets
      .map((target, code) => ({
        order: target.order,
        starts: target.starts,
        maxDuration: this.maxDurations[code] ?? 0,
      }))
      .filter((durationClass) => durationClass.order.length > 0);
    return { classes, starts: this.startCounts };
  }

  /** Positions in their own order, noting whether that is start order. */
  private checkStartOrder(from: number, to: number): void {
    const { startTime } = this.columns;
    for (let i = from; i < to; i++) {
      this.order[i] = i;
      if (i > 0 && (startTime[i] as number) < (startTime[i - 1] as number)) this.inStartOrder = false;
    }
  }

  private sortByStart(): void {
    const { startTime } = this.columns;
    this.order.sort((a, b) => (startTime[a] as number) - (startTime[b] as number) || a - b);
  }

  private classify(from: number, to: number): void {
    const { startTime, endTime } = this.columns;
    const { classOf, sizes, maxDurations } = this;
    for (let i = from; i < to; i++) {
      const duration = (endTime[i] as number) - (startTime[i] as number);
      const code = duration <= DAY ? 0 : Math.ceil(Math.log2(duration / DAY));
      classOf[i] = code;
      sizes[code] = (sizes[code] ?? 0) + 1;
      maxDurations[code] = Math.max(maxDurations[code] ?? 0, duration);
    }
  }

  private allocate(): void {
    // `sizes` has holes for classes without events: `Array.from` visits them, `map` would not.
    this.targets = Array.from(this.sizes, (size) => ({
      order: new Int32Array(size ?? 0),
      starts: new Float64Array(size ?? 0),
      filled: 0,
    }));
  }

  /** Appends the events at `order[from…to)` to their classes, so each class stays in start order. */
  private place(from: number, to: number): void {
    const { startTime } = this.columns;
    for (let k = from; k < to; k++) {
      const i = this.order[k] as number;
      const target = this.targets[this.classOf[i] as number]!;
      target.order[target.filled] = i;
      target.starts[target.filled++] = startTime[i] as number;
    }
  }

  private countDistinct(from: number, to: number): void {
    const { startTime } = this.columns;
    for (let k = from; k < to; k++) {
      const time = startTime[this.order[k] as number] as number;
      if (k === 0 || time !== startTime[this.order[k - 1] as number]) this.distinctStarts++;
    }
  }

  private allocateStarts(): void {
    this.startCounts = {
      times: new Float64Array(this.distinctStarts),
      counts: new Int32Array(this.distinctStarts * EVENT_TYPES.length),
    };
    this.distinctStarts = 0;
  }

  /** Adds the events at `order[from…to)` to the counts of their start time (the rows fill in order). */
  private countStarts(from: number, to: number): void {
    const { startTime, typeCode } = this.columns;
    const { times, counts } = this.startCounts;
    for (let k = from; k < to; k++) {
      const i = this.order[k] as number;
      const time = startTime[i] as number;
      if (k === 0 || time !== startTime[this.order[k - 1] as number]) times[this.distinctStarts++] = time;
      const row = this.distinctStarts - 1;
      counts[row * EVENT_TYPES.length + (typeCode[i] as number)]! += 1;
    }
  }
}

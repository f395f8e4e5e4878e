/**
 * The density histogram's counts as a table: a row per time bucket, a column per event type
 * (those that occur, in the legend's order), each cell the number of events. The text alternative
 * of the bars; pure, so the table says exactly what the bars draw.
 */
import { EVENT_TYPES, type EventType } from '../model/types.js';
import type { BucketCount } from './density-bars.js';

export interface DensityRow {
  readonly start: number;
  readonly end: number;
  /** One count per column of `DensityTable.types` (0 where the bucket has none of that type). */
  readonly counts: readonly number[];
  readonly total: number;
}

export interface DensityTable {
  /** The columns: the types with at least one event, in the legend's order. */
  readonly types: readonly EventType[];
  /** The rows in time order. */
  readonly rows: readonly DensityRow[];
}

export function densityTable(counts: readonly BucketCount[]): DensityTable {
  const present = new Set(counts.filter((count) => count.count > 0).map((count) => count.eventType));
  const types = EVENT_TYPES.filter((type) => present.has(type));
  const rows = new Map<string, { start: number; end: number; counts: number[]; total: number }>();
  for (const count of counts) {
    if (!(count.count > 0)) continue;
    const key = `${count.start}:${count.end}`;
    const row = rows.get(key) ?? { start: count.start, end: count.end, counts: types.map(() => 0), total: 0 };
    row.counts[types.indexOf(count.eventType)]! += count.count;
    row.total += count.count;
    rows.set(key, row);
  }
  return { types, rows: [...rows.values()].sort((a, b) => a.start - b.start) };
}

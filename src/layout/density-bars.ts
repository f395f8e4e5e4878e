/**
 * The geometry of a density histogram: one bar per time bucket, stacked by event type, placed on
 * the drawing's time axis, with a count scale of a few round gridlines. Pure: counts and a frame in,
 * pixels out, so the level of detail's count layer and an overview band can share it and tests can
 * check it without a browser.
 */
import { EVENT_TYPES, type EventType } from '../model/types.js';

/** A number of events of one type in one time bucket (a level-of-detail aggregate fits). */
export interface BucketCount {
  /** Bucket start (ms). */
  readonly start: number;
  /** Bucket end (ms, exclusive). */
  readonly end: number;
  readonly eventType: EventType;
  readonly count: number;
}

/** Where the histogram is drawn: the window on the time axis and the box it fills. */
export interface DensityFrame {
  /** The window's first instant (ms): the axis's start edge. */
  readonly start: number;
  /** The window's end (ms): the axis's end edge. */
  readonly end: number;
  /** Width of the drawing, px (the same as the time axis's). */
  readonly width: number;
  /** Height the tallest scale line may reach, px: bars stand on the bottom edge. */
  readonly height: number;
  /** Time runs leftward (Arabic): mirrored as the axis is. */
  readonly rtl: boolean;
  /** Space left free on each side of a bar, px (dropped for bars too thin to spare it). Default 1. */
  readonly gapPx?: number;
}

/** One type's part of a bar, from `y` (top, px from the frame's top) down `height` px. */
export interface DensitySegment<C extends BucketCount> {
  readonly count: C;
  readonly y: number;
  readonly height: number;
}

/** One bucket's bar: `x` is its left edge in px from the frame's left, whatever the direction. */
export interface DensityBar<C extends BucketCount> {
  readonly start: number;
  readonly end: number;
  readonly x: number;
  readonly width: number;
  /** All events in the bucket (the bar's height stands for it). */
  readonly total: number;
  /** Bottom up, in the legend's order of types. */
  readonly segments: readonly DensitySegment<C>[];
}

/** A gridline of the count scale: its count and its height from the frame's top, px. */
export interface ScaleLine {
  readonly value: number;
  readonly y: number;
}

export interface DensityLayout<C extends BucketCount> {
  /** The bars that overlap the window, in time order. */
  readonly bars: readonly DensityBar<C>[];
  /** Gridlines from the lowest up; the top one is the scale's maximum (the frame's top). */
  readonly scale: readonly ScaleLine[];
}

/**
 * Lays out `counts` in `frame`. The scale is fitted to every count given, not only to those in the
 * window, so that a pan within one answer does not rescale the bars under the reader's eyes.
 */
export function densityLayout<C extends BucketCount>(counts: readonly C[], frame: DensityFrame): DensityLayout<C> {
  const buckets = bucketsOf(counts);
  const values = scaleValues(Math.max(0, ...buckets.map((bucket) => bucket.total)));
  const top = values[values.length - 1] ?? 1;
  const perCount = frame.height / top;
  const scale = values.map((value) => ({ value, y: frame.height - value * perCount }));
  const bars: DensityBar<C>[] = [];
  for (const bucket of buckets) {
    if (bucket.end <= frame.start || bucket.start >= frame.end) continue;
    bars.push({ ...bucket, ...barSpan(bucket, frame), segments: stacked(bucket.counts, frame.height, perCount) });
  }
  return { bars, scale };
}

/**
 * Round gridline values (steps of 1, 2 or 5 × 10ⁿ) from the first step up to the first value at or
 * above `max`: at most `maxLines` of them, never fractions of an event.
 */
export function scaleValues(max: number, maxLines = 4): number[] {
  if (!(max > 0)) return [1];
  const step = roundStep(max / maxLines);
  const lines = Math.ceil(max / step);
  return Array.from({ length: lines }, (_, index) => (index + 1) * step);
}

/** The smallest whole step of 1, 2 or 5 × 10ⁿ at least `minimum`. */
function roundStep(minimum: number): number {
  for (let power = 1; ; power *= 10) {
    for (const factor of [1, 2, 5]) if (factor * power >= minimum) return factor * power;
  }
}

interface Bucket<C extends BucketCount> {
  readonly start: number;
  readonly end: number;
  readonly total: number;
  readonly counts: C[];
}

/** The counts grouped by bucket, in time order, each bucket's in the legend's order of types. */
function bucketsOf<C extends BucketCount>(counts: readonly C[]): Bucket<C>[] {
  const byStart = new Map<string, { start: number; end: number; total: number; counts: C[] }>();
  for (const count of counts) {
    if (!(count.count > 0)) continue;
    const key = `${count.start}:${count.end}`;
    const bucket = byStart.get(key) ?? { start: count.start, end: count.end, total: 0, counts: [] };
    bucket.total += count.count;
    bucket.counts.push(count);
    byStart.set(key, bucket);
  }
  const buckets = [...byStart.values()].sort((a, b) => a.start - b.start);
  for (const bucket of buckets) bucket.counts.sort((a, b) => typeRank(a.eventType) - typeRank(b.eventType));
  return buckets;
}

const typeRank = (type: EventType): number => EVENT_TYPES.indexOf(type);

/** A bucket's left edge and width on the axis, mirrored right to left, with its gaps. */
function barSpan(bucket: { start: number; end: number }, frame: DensityFrame): { x: number; width: number } {
  const perMs = frame.width / Math.max(1, frame.end - frame.start);
  const from = (bucket.start - frame.start) * perMs;
  const to = (bucket.end - frame.start) * perMs;
  const width = to - from;
  const left = frame.rtl ? frame.width - to : from;
  const gap = Math.min(frame.gapPx ?? 1, Math.max(0, (width - 2) / 2));
  return { x: left + gap, width: width - 2 * gap };
}

/**
 * The segments bottom up. A type with few events next to many keeps at least a pixel, so that a
 * count the tooltip and the table tell is never invisible; the bar grows by that pixel.
 */
function stacked<C extends BucketCount>(counts: readonly C[], height: number, perCount: number): DensitySegment<C>[] {
  let bottom = height;
  return counts.map((count) => {
    const size = Math.max(1, count.count * perCount);
    bottom -= size;
    return { count, y: bottom, height: size };
  });
}

/**
 * The geometry of the narrow (vertical) layout: time runs down, one row per event in time order.
 * The rows flow (their height is their wrapped title's), so what this decides is the room time
 * takes between them: a gap proportional to the time since the previous event, capped, and a
 * visible break in place of a gap too long to draw; the length of a span's marker on the rail; and
 * where a year label goes. Local calendar time, like the events' dates. No DOM.
 */
import type { TimeSpan } from './focus-window.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** An event as the layout sees it: its extent (ms, end exclusive), and whether it is a span (a month, a year, a range) or a day. */
export interface VerticalEvent extends TimeSpan {
  readonly isSpan: boolean;
}

export interface VerticalScale {
  /** Pixels per day of time, the same along the whole rail. */
  readonly pxPerDay: number;
  /** The most room a gap takes; a longer gap becomes a break. */
  readonly maxGap: number;
  /** The shortest a span's bar is drawn, so that a short span still reads as a bar, not a dot. */
  readonly minBar: number;
  /** The longest a span's bar is drawn; a longer span's bar fades out at its end. */
  readonly maxBar: number;
}

/** The marker on the rail: a dot for a day, a bar for a span. */
export type VerticalMarker =
  | { readonly kind: 'dot' }
  | {
      readonly kind: 'bar';
      /** Its length (px): its time at the scale, within the minimum and maximum. */
      readonly length: number;
      /** The span is longer than the bar can say: drawn with an open (faded) end. */
      readonly cut: boolean;
    };

export interface VerticalRow {
  /** Position of the event in the input. */
  readonly index: number;
  /** Room above the row (px), for the time since the previous event; 0 for the first and under a break. */
  readonly gap: number;
  /** Time since the previous event (ms) when it is too long to draw: a break says how long instead. */
  readonly breakMs?: number;
  /** The year this row starts, labelled on the rail (the first row, and the first of each new year). */
  readonly year?: number;
  readonly marker: VerticalMarker;
}

/**
 * The defaults: a gap at most 28 px; bars between 20 px (longer than a day's 12 px dot, so that a
 * short span never passes for a day) and 44 px (a year's bar does not stretch its row much past a
 * wrapped title).
 */
export const DEFAULT_SCALE_LIMITS = { maxGap: 28, minBar: 20, maxBar: 44 } as const;

/** How much room a typical gap takes at the chosen scale (px). */
const TYPICAL_GAP_PX = 8;
/** Whatever the data, a day never takes more than this (px): daily data reads as a list, not a ruler. */
const MAX_PX_PER_DAY = 4;
/** Whatever the data, a gap of a year or more is a break. */
const MIN_PX_PER_DAY = DEFAULT_SCALE_LIMITS.maxGap / 365;

/**
 * A scale for these events (in time order): one that gives their median gap a small, visible
 * room, so that the busy stretches show their rhythm and the quiet ones become breaks.
 */
export function localScale(events: readonly TimeSpan[], limits = DEFAULT_SCALE_LIMITS): VerticalScale {
  const gaps: number[] = [];
  for (let i = 1; i < events.length; i++) {
    const days = (events[i]!.start - events[i - 1]!.start) / DAY_MS;
    if (days > 0) gaps.push(days);
  }
  gaps.sort((a, b) => a - b);
  const median = gaps.length ? gaps[Math.floor((gaps.length - 1) / 2)]! : 1;
  const pxPerDay = Math.min(MAX_PX_PER_DAY, Math.max(MIN_PX_PER_DAY, TYPICAL_GAP_PX / median));
  return { pxPerDay, ...limits };
}

/** The rows of events in time order (by start), at a scale (`localScale` by default). */
export function verticalLayout(events: readonly VerticalEvent[], scale = localScale(events)): VerticalRow[] {
  const rows: VerticalRow[] = [];
  let previousYear: number | undefined;
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    const year = new Date(event.start).getFullYear();
    const sincePrevious = index === 0 ? 0 : Math.max(0, event.start - events[index - 1]!.start);
    const room = (sincePrevious / DAY_MS) * scale.pxPerDay;
    const broken = room > scale.maxGap;
    rows.push({
      index,
      gap: broken ? 0 : room,
      ...(broken ? { breakMs: sincePrevious } : {}),
      ...(year !== previousYear ? { year } : {}),
      marker: markerOf(event, scale),
    });
    previousYear = year;
  }
  return rows;
}

function markerOf(event: VerticalEvent, scale: VerticalScale): VerticalMarker {
  if (!event.isSpan) return { kind: 'dot' };
  const length = ((event.end - event.start) / DAY_MS) * scale.pxPerDay;
  return { kind: 'bar', length: Math.min(scale.maxBar, Math.max(scale.minBar, length)), cut: length > scale.maxBar };
}

export type GapUnit = 'day' | 'month' | 'year';

/**
 * A break's length as a reader rounds it: days under about a month and a half, then months, then
 * from about a year in years ("≈ 2 years"). Never zero of a unit.
 */
export function roundedGap(ms: number): { readonly unit: GapUnit; readonly count: number } {
  const days = ms / DAY_MS;
  if (days < 45) return { unit: 'day', count: Math.max(1, Math.round(days)) };
  const months = Math.round(days / 30.44);
  if (months < 12) return { unit: 'month', count: Math.max(1, months) };
  return { unit: 'year', count: Math.max(1, Math.round(days / 365.25)) };
}

/**
 * Chooses the stretch of time the detailed view opens on, when the whole of the data cannot be
 * read at once: the densest run of events that still fits, found by cutting the data at its
 * widest quiet gaps. What is left out is shown by the overview around it (focus + context).
 */

/** An event's extent in time (ms, end exclusive). */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Whether these events (in time order) can all be read when the view shows exactly their
 * extent: the caller stacks their labels at that scale and says if every one found room.
 */
export type FitsTest<T extends TimeSpan> = (events: readonly T[]) => boolean;

/**
 * The events the detailed view should open on: all of them when they fit; otherwise, cutting at
 * the widest gap between consecutive events, the side with more events (the later side when
 * equal: news readers come for the latest), again until the events fit or cannot be cut (they
 * all overlap). `events` must be in time order (by start).
 */
export function focusEvents<T extends TimeSpan>(events: readonly T[], fits: FitsTest<T>): readonly T[] {
  let chosen = events;
  while (chosen.length > 1 && !fits(chosen)) {
    const cut = widestGap(chosen);
    if (cut < 0) break;
    const before = chosen.slice(0, cut);
    const after = chosen.slice(cut);
    chosen = before.length > after.length ? before : after;
  }
  return chosen;
}

/**
 * Where the widest gap is: the index of the first event after it, or -1 when the events leave
 * no gap at all (each starts before an earlier one has ended, as spans within a longer span do).
 */
export function widestGap(events: readonly TimeSpan[]): number {
  let widest = 0;
  let cut = -1;
  let reach = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const gap = event.start - reach;
    if (i > 0 && gap > widest) {
      widest = gap;
      cut = i;
    }
    reach = Math.max(reach, event.end);
  }
  return cut;
}

/** First start and last end of events in time order (ms), or null when there are none. */
export function extentOf(events: readonly TimeSpan[]): TimeSpan | null {
  if (!events.length) return null;
  let end = -Infinity;
  for (const event of events) end = Math.max(end, event.end);
  return { start: events[0]!.start, end };
}

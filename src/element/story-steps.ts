import type { PreparedEvent } from '../model/prepared.js';

/** Where the selected event stands among the shown ones, and its neighbours in time. */
export interface StoryStep {
  /** 0-based place of the event among the shown ones (-1: it is not shown, e.g. its type was hidden). */
  readonly index: number;
  readonly total: number;
  /** The shown event before it in time, if any. */
  readonly previous?: PreparedEvent;
  /** The shown event after it in time, if any. */
  readonly next?: PreparedEvent;
}

/**
 * Previous and Next for the event `current`, among `shown` (the events shown, in time order).
 * An event the legend now hides still has neighbours: the shown events just before and after it
 * in time, so stepping from it lands on what the reader sees.
 */
export function storyStep(shown: readonly PreparedEvent[], current: PreparedEvent): StoryStep {
  const total = shown.length;
  const index = shown.findIndex((prepared) => prepared.event.id === current.event.id);
  if (index >= 0) return { index, total, previous: shown[index - 1], next: shown[index + 1] };
  const after = shown.findIndex((prepared) => startsAfter(prepared, current));
  const nextIndex = after < 0 ? total : after;
  return { index, total, previous: shown[nextIndex - 1], next: shown[nextIndex] };
}

/** Time order as the shown events are sorted: by start, then by end. */
function startsAfter(a: PreparedEvent, b: PreparedEvent): boolean {
  return a.startTime > b.startTime || (a.startTime === b.startTime && a.endTime > b.endTime);
}

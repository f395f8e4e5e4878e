/**
 * The window the detailed view opens on: every event when all their cards can be read at once,
 * else the densest run that can (`focusEvents`), the rest left to the overview band. "Can be
 * read" is simulated: the cards, measured (`card-size.ts`), are stacked at that window's scale as
 * vis-timeline stacks them, and must all fit in the drawing's height.
 */
import { extentOf, focusEvents, type TimeSpan } from './focus-window.js';
import { paddedWindow } from './padded-window.js';
import { stackLabels } from './stack-labels.js';
import type { CardSize } from './card-size.js';

export interface FocusInput<E extends TimeSpan> {
  /** The events, in time order. */
  readonly events: readonly E[];
  /** The drawing's width and the height its stack may take (px). */
  readonly width: number;
  readonly height: number;
  /** Room kept at the edges (see `paddedWindow`). */
  readonly labelRoomPx: number;
  /** A card's size; `spanPx` is the event's own width at the window's scale (0 for a day). */
  readonly cardSize: (event: E, spanPx: number) => CardSize;
  /** Space between stacked cards (px). */
  readonly gap: number;
  /**
   * With lanes: the lane of each event. Each lane stacks its own cards; the lanes together
   * (each at least `minLaneHeight` high, for its name) must fit in the height.
   */
  readonly lane?: (event: E) => string;
  readonly minLaneHeight?: number;
}

/** The window to open on, and whether it shows every event. */
export function detailFocus<E extends TimeSpan>(input: FocusInput<E>): { window: TimeSpan; all: boolean } | null {
  const { events } = input;
  const extent = extentOf(events);
  if (!extent) return null;
  const chosen = focusEvents(events, (run) => cardsFit(run, events, input));
  const window = paddedWindow(extentOf(chosen)!, input.width, input.labelRoomPx);
  return { window, all: chosen.length === events.length };
}

/**
 * Whether, when the window is fitted to `run`, every event of the run has its title drawn (a span
 * too narrow for it has none) and the cards of every event shown (the run's, and any other in
 * its margins or spanning into it) stack within the height.
 */
export function cardsFit<E extends TimeSpan>(run: readonly E[], all: readonly E[], input: FocusInput<E>): boolean {
  const window = paddedWindow(extentOf(run)!, input.width, input.labelRoomPx);
  const scale = input.width / (window.end - window.start);
  const shown = all.filter((event) => event.end >= window.start && event.start <= window.end);
  const inRun = new Set(run);
  const cards = shown.map((event, i) => {
    const spanPx = (event.end - event.start) * scale;
    const size = input.cardSize(event, spanPx);
    const label = {
      key: String(i),
      at: (event.start - window.start) * scale,
      width: Math.max(size.width, spanPx),
      height: size.height,
    };
    return { label, span: spanPx > 0, untitled: !size.titled && inRun.has(event), lane: input.lane?.(event) ?? '' };
  });
  if (cards.some((card) => card.untitled)) return false;
  // In the drawing's order: spans take the rows first, days' cards fit around them.
  cards.sort((a, b) => Number(b.span) - Number(a.span) || a.label.at - b.label.at);
  const lanes = new Map<string, (typeof cards)[number][]>();
  for (const card of cards) lanes.set(card.lane, [...(lanes.get(card.lane) ?? []), card]);
  let height = 0;
  for (const laneCards of lanes.values()) {
    const labels = laneCards.map((card) => card.label);
    const stacked = stackLabels(labels, { width: input.width, height: Infinity, gap: input.gap }).height;
    height += Math.max(stacked + 2 * input.gap, input.minLaneHeight ?? 0);
  }
  return height <= input.height;
}

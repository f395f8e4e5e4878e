/**
 * The overview band's layout (focus + context): the whole span of the data on one short axis,
 * a mark for every event, the window the detailed view shows (the brush), and the titles of the
 * events outside that window where they have room. Events with no room are gathered into groups
 * that say how many events they hold and over which dates.
 *
 * Pure geometry: px along the axis from its start edge, px up from the axis; the template turns
 * it into logical CSS positions (`inset-inline-start`), which mirror right to left by themselves.
 */
import { LabelStack, type PlacedLabel } from './stack-labels.js';
import type { TimeSpan } from './focus-window.js';

export interface OverviewEvent extends TimeSpan {
  readonly key: string;
}

export interface OverviewInput<E extends OverviewEvent> {
  /** Every event, in time order. */
  readonly events: readonly E[];
  /** The span the axis shows (the data's extent, with room at the edges). */
  readonly span: TimeSpan;
  /** The window of the detailed view, or null when it shows everything. */
  readonly focus: TimeSpan | null;
  /** Length of the axis (px). */
  readonly width: number;
  /** Room above the marks for titles (px). */
  readonly labelRoom: number;
  /** A title's measured size at the overview's type size (px). */
  readonly labelSize: (event: E) => { readonly width: number; readonly height: number };
  /** A group's measured size, for its summary text. */
  readonly groupSize: (events: readonly E[]) => { readonly width: number; readonly height: number };
  /** Space between titles (px). */
  readonly gap?: number;
}

/** An event's mark: where it starts and ends along the axis (px; a day is at least `MIN_MARK` wide). */
export interface OverviewMark<E> {
  readonly event: E;
  readonly start: number;
  readonly end: number;
}

/** Events with no room for their titles, shown as one summary. */
export interface OverviewGroup<E> {
  readonly key: string;
  readonly events: readonly E[];
  readonly span: TimeSpan;
  readonly label: PlacedLabel;
}

export interface OverviewLayout<E> {
  readonly marks: readonly OverviewMark<E>[];
  /** Titles placed, keyed by event key. */
  readonly labels: ReadonlyMap<string, PlacedLabel>;
  readonly groups: readonly OverviewGroup<E>[];
  /** Events neither titled nor in a placed group (only their marks show them). */
  readonly untitled: readonly E[];
  /** The detailed view's window along the axis (px), or null. */
  readonly brush: { readonly start: number; readonly end: number } | null;
  /** How high the titles reach above the marks (px). */
  readonly labelHeight: number;
}

/** The narrowest a mark is drawn (px), so that a single day is seen. */
export const MIN_MARK = 3;

export function layoutOverview<E extends OverviewEvent>(input: OverviewInput<E>): OverviewLayout<E> {
  const { events, span, focus, width, labelRoom, gap = 6 } = input;
  const at = (time: number) => ((time - span.start) / (span.end - span.start)) * width;
  const marks = events.map((event) => {
    const start = at(event.start);
    return { event, start, end: Math.max(at(event.end), start + MIN_MARK) };
  });
  // The detailed view titles what is inside its window: the overview titles the rest.
  const outside = focus ? events.filter((event) => event.end <= focus.start || event.start >= focus.end) : events;
  const stack = new LabelStack({ width, height: labelRoom, gap });
  const labels = new Map<string, PlacedLabel>();
  const unplaced: E[] = [];
  for (const event of outside) {
    const label = stack.place({ key: event.key, at: at(event.start), ...input.labelSize(event) });
    if (label) labels.set(event.key, label);
    else unplaced.push(event);
  }
  const { groups, untitled } = placeGroups(unplaced, stack, input, at);
  return {
    marks,
    labels,
    groups,
    untitled,
    brush: focus ? { start: Math.max(0, at(focus.start)), end: Math.min(width, at(focus.end)) } : null,
    labelHeight: stack.height,
  };
}

/**
 * Gathers events that found no room into runs (an event joins the run before it when its title
 * would have overlapped that run's), and gives each run a summary where there is room for it.
 */
function placeGroups<E extends OverviewEvent>(
  unplaced: readonly E[],
  stack: LabelStack,
  input: OverviewInput<E>,
  at: (time: number) => number,
): { groups: OverviewGroup<E>[]; untitled: E[] } {
  const runs: E[][] = [];
  for (const event of unplaced) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    const reach = previous ? at(previous.start) + input.labelSize(previous).width : -Infinity;
    if (run && at(event.start) <= reach) run.push(event);
    else runs.push([event]);
  }
  const groups: OverviewGroup<E>[] = [];
  const untitled: E[] = [];
  for (const run of runs) {
    const key = `group:${run[0]!.key}`;
    const label = stack.place({ key, at: at(run[0]!.start), ...input.groupSize(run) });
    if (!label) {
      untitled.push(...run);
      continue;
    }
    const end = Math.max(...run.map((event) => event.end));
    groups.push({ key, events: run, span: { start: run[0]!.start, end }, label });
  }
  return { groups, untitled };
}

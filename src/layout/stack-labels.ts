/**
 * Stacks labels along a time axis so that none covers another: each label keeps its place along
 * the axis (or is pulled back inside the edges) and takes the lowest free room above the axis.
 * Pure geometry in px, measured along the axis from its start edge (left, or right in Arabic),
 * and up from the axis: the caller maps it to the page.
 */

/** A label to place: where along the axis its start edge belongs, and its measured size (px). */
export interface LabelRequest {
  readonly key: string;
  readonly at: number;
  readonly width: number;
  readonly height: number;
}

/** Where a label went: `start` along the axis, `bottom` its distance up from the axis. */
export interface PlacedLabel {
  readonly key: string;
  readonly start: number;
  readonly bottom: number;
  readonly width: number;
  readonly height: number;
}

export interface StackOptions {
  /** Length of the axis (px). A label is pulled back inside it, never cut. */
  readonly width: number;
  /** Room above the axis (px): a label that would reach higher is not placed. */
  readonly height: number;
  /** Space kept between labels, across and up (px). */
  readonly gap?: number;
}

export interface Stacking {
  readonly placed: PlacedLabel[];
  /** Keys of the labels there was no room for, in request order. */
  readonly unplaced: string[];
  /** How high the stack reaches (px). */
  readonly height: number;
}

/**
 * Places labels in request order (time order gives the familiar picture), each at the lowest
 * height where it overlaps no label placed before it. First fit, so a short label drops into a
 * hole a long one left: O(n²), for the few hundred labels a reader can read at once.
 */
export function stackLabels(labels: readonly LabelRequest[], options: StackOptions): Stacking {
  const stack = new LabelStack(options);
  const unplaced = labels.filter((label) => !stack.place(label)).map((label) => label.key);
  return { placed: [...stack.placed], unplaced, height: stack.height };
}

/** A stack to place labels in one at a time (`stackLabels` places a whole list). */
export class LabelStack {
  private readonly labels: PlacedLabel[] = [];
  private reached = 0;

  constructor(private readonly options: StackOptions) {}

  get placed(): readonly PlacedLabel[] {
    return this.labels;
  }

  /** How high the stack reaches (px). */
  get height(): number {
    return this.reached;
  }

  /** Places a label at the lowest free room, or returns null when it has none. */
  place(label: LabelRequest): PlacedLabel | null {
    const { width, height, gap = 0 } = this.options;
    if (label.width > width) return null;
    const start = Math.min(Math.max(label.at, 0), width - label.width);
    const bottom = lowestFreeBottom(this.labels, start, label, gap);
    if (bottom + label.height > height) return null;
    const placed = { key: label.key, start, bottom, width: label.width, height: label.height };
    this.labels.push(placed);
    this.reached = Math.max(this.reached, bottom + label.height);
    return placed;
  }
}

/** The lowest bottom at which a label of this size, starting at `start`, touches no placed label. */
function lowestFreeBottom(placed: readonly PlacedLabel[], start: number, size: LabelRequest, gap: number): number {
  const end = start + size.width;
  // Only labels across the same stretch of the axis can be in the way.
  const across = placed.filter((other) => other.start < end + gap && start < other.start + other.width + gap);
  const candidates = [0, ...across.map((other) => other.bottom + other.height + gap)].sort((a, b) => a - b);
  for (const bottom of candidates) {
    const top = bottom + size.height;
    const blocked = across.some((other) => other.bottom < top + gap && bottom < other.bottom + other.height + gap);
    if (!blocked) return bottom;
  }
  // Unreachable: the highest candidate is above every label across.
  return candidates[candidates.length - 1]!;
}

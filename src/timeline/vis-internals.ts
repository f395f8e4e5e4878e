/**
 * vis-timeline's private API, in one place: the adapter calls these functions and nothing else of
 * vis-timeline that is not documented.
 *
 * Written against vis-timeline 8.5.4, which package.json pins exactly. Each internal below says
 * what it is for and what happens without it. None is needed for correct drawing: when one is
 * missing or has changed shape (another version), its function falls back to vis-timeline's public
 * API, which is slower, and says so once on the console. test/timeline/vis-internals.test.ts
 * checks every internal, by name, on a real instance, and that each patch still has its effect;
 * run it first after changing the pin (README, "Upgrading vis-timeline").
 *
 * The other places that depend on vis-timeline's exact source are build-time, not run-time:
 * scripts/rollup-plugin-trim-vis.js edits its source text for the bundle (each edit must match
 * exactly or the build fails) and src/bundle-substitutes/ stands in for moment and xss.
 */
import type { Timeline } from 'vis-timeline/esnext/esm/vis-timeline-graph2d.js';

/** One item as vis-timeline's ItemSet holds it (BoxItem, RangeItem …): its two drawing steps. */
interface ItemInternals {
  /** Creates the item's DOM and measures it (a forced layout) when it comes into view. */
  show(): unknown;
  /** Positions the drawn item across the axis. */
  repositionX(): unknown;
}

/** The item classes by item type (`ItemSet.types`, a static of the ItemSet class). */
type ItemClasses = Record<string, { prototype: Partial<ItemInternals> } | undefined>;

/** vis-timeline's ItemSet: the component that owns, draws and stacks the items. */
interface ItemSetInternals {
  /**
   * Stores a new item and adds it to its group, which draws it at once when it is in view
   * (`show`, then `repositionX`): one forced layout per item.
   */
  _addItem(item: ItemInternals): void;
  /**
   * Lays out every visible item. The DataSet listeners call it synchronously after each add,
   * update and remove, although each change also schedules a redraw for the next frame.
   */
  redraw(): unknown;
  constructor: { types?: ItemClasses };
}

/** The part of a Timeline (its Core class) used here. */
interface TimelineInternals {
  itemSet?: ItemSetInternals;
  /**
   * The redraw, throttled to one per animation frame: the Core constructor replaces the class's
   * `_redraw` by `throttle(_redraw)` on each instance. Unlike the public `redraw()`, it does not
   * mark every item for drawing and measuring anew.
   */
  _redraw(): void;
  /** How far the stack is scrolled: 0 at rest, negative when scrolled (px). */
  _getScrollTop(): number;
  /** Sets the stack's scroll (clamped to what it can scroll) and returns what was applied. */
  _setScrollTop(scrollTop: number): number;
  /**
   * False until the first `changed`, whose listener (set by the Timeline constructor) then fits
   * the window to the items: it measures every item and draws everything once more.
   */
  initialFitDone: boolean;
}

/** The item types whose classes `deferItemDrawing` relies on (the adapter draws boxes and ranges). */
const DRAWN_ITEM_TYPES = ['box', 'range'] as const;

const internalsOf = (timeline: Timeline): Partial<TimelineInternals> => timeline as unknown as TimelineInternals;

const isFunction = (value: unknown, parameters?: number): value is (...args: never[]) => unknown =>
  typeof value === 'function' && (parameters === undefined || value.length === parameters);

/**
 * Each internal by the name messages give it, with what is wrong with it on `timeline`
 * (undefined: as this module expects).
 */
const CHECKS = {
  itemSet: ({ itemSet }) =>
    typeof itemSet === 'object' && itemSet !== null ? undefined : 'missing (the timeline has no item set)',
  'itemSet._addItem': ({ itemSet }) => (isFunction(itemSet?._addItem, 1) ? undefined : 'not a method taking one item'),
  'itemSet.redraw': ({ itemSet }) =>
    !isFunction(itemSet?.redraw)
      ? 'not a method'
      : Object.hasOwn(itemSet, 'redraw')
        ? 'an own property of the item set (expected on its class, so that one on the instance can shadow it)'
        : undefined,
  'ItemSet.types': ({ itemSet }) => {
    const types = itemSet?.constructor?.types;
    const missing = DRAWN_ITEM_TYPES.filter((type) => !isFunction(types?.[type]));
    return missing.length ? `has no item class for ${missing.join(', ')}` : undefined;
  },
  'Item#show': ({ itemSet }) => itemMethodProblem(itemSet, 'show'),
  'Item#repositionX': ({ itemSet }) => itemMethodProblem(itemSet, 'repositionX'),
  _redraw: (timeline) =>
    !isFunction(timeline._redraw, 0)
      ? 'not a method without parameters'
      : Object.hasOwn(timeline, '_redraw')
        ? undefined
        : 'not set on the instance (expected the per-instance throttled redraw)',
  _getScrollTop: (timeline) => {
    if (!isFunction(timeline._getScrollTop, 0)) return 'not a method without parameters';
    try {
      return Number.isFinite(timeline._getScrollTop()) ? undefined : 'does not return a number';
    } catch {
      return 'throws';
    }
  },
  _setScrollTop: (timeline) => (isFunction(timeline._setScrollTop, 1) ? undefined : 'not a method taking one number'),
  initialFitDone: ({ initialFitDone }) =>
    typeof initialFitDone === 'boolean' ? undefined : 'not a flag (the first draw fits the window to the items)',
} satisfies Record<string, (timeline: Partial<TimelineInternals>) => string | undefined>;

type Internal = keyof typeof CHECKS;

function itemMethodProblem(itemSet: ItemSetInternals | undefined, method: keyof ItemInternals): string | undefined {
  const types = itemSet?.constructor?.types;
  const lacking = DRAWN_ITEM_TYPES.filter((type) => {
    const prototype = types?.[type]?.prototype;
    return !prototype || !isFunction(prototype[method]);
  });
  return lacking.length ? `not a method of the ${lacking.join(', ')} item class` : undefined;
}

/**
 * What is missing or has another shape, as "internal: problem" lines; empty when `timeline` is
 * the vis-timeline this module was written for.
 */
export function visInternalProblems(timeline: Timeline): string[] {
  const internals = internalsOf(timeline);
  return Object.entries(CHECKS).flatMap(([name, check]) => {
    const problem = check(internals);
    return problem === undefined ? [] : [`${name}: ${problem}`];
  });
}

const warned = new Set<string>();

/**
 * Whether the internals a function needs are as expected; if not, the console hears once per
 * internal what is wrong and what the element does without it.
 */
function usable(timeline: Timeline, names: readonly Internal[], without: string): boolean {
  const internals = internalsOf(timeline);
  let ok = true;
  for (const name of names) {
    const problem = CHECKS[name](internals);
    if (problem === undefined) continue;
    ok = false;
    if (warned.has(name)) continue;
    warned.add(name);
    console.warn(
      `conflict-timeline: vis-timeline's ${name} is ${problem}; ${without}. The element was written for vis-timeline 8.5.4.`,
    );
  }
  return ok;
}

function noop(): void {}

/**
 * Leaves the drawing of items added to `timeline` from now on to its next redraw.
 *
 * vis-timeline draws and measures each new item in view as soon as it joins its group (a forced
 * layout per item: about 1 ms each, 100 ms and more for a new window's items). Its next redraw,
 * which every data change schedules, draws all visible undrawn items in one batch with one
 * layout. While `itemSet._addItem` runs, own no-op `show`/`repositionX` properties shadow the item
 * class's methods, so the item is stored and grouped but not drawn.
 *
 * Without `itemSet._addItem` or those item methods: items are drawn one by one (slower, same
 * result).
 */
export function deferItemDrawing(timeline: Timeline): void {
  const needed: Internal[] = ['itemSet', 'itemSet._addItem', 'ItemSet.types', 'Item#show', 'Item#repositionX'];
  if (!usable(timeline, needed, 'new items are drawn one by one, a forced layout each')) return;
  const itemSet = internalsOf(timeline).itemSet!;
  const addItem = itemSet._addItem;
  itemSet._addItem = function (this: ItemSetInternals, item: ItemInternals): void {
    item.show = noop;
    item.repositionX = noop;
    try {
      addItem.call(this, item);
    } finally {
      delete (item as Partial<ItemInternals>).show;
      delete (item as Partial<ItemInternals>).repositionX;
    }
  };
}

/**
 * Runs `change` (changes to `timeline`'s item DataSet) without the immediate layouts of all items
 * vis-timeline makes after each of them (`itemSet.redraw`, called synchronously by its DataSet
 * listeners: a remove then an update is two full layouts), leaving the work to the redraw each
 * change schedules for the next frame.
 *
 * Without `itemSet.redraw` as expected: `change` runs as it is, with those layouts (slower, same
 * result).
 */
export function withOneRedraw(timeline: Timeline, change: () => void): void {
  if (!usable(timeline, ['itemSet', 'itemSet.redraw'], 'each data change lays out every item at once')) {
    change();
    return;
  }
  const itemSet = internalsOf(timeline).itemSet!;
  itemSet.redraw = noop;
  try {
    change();
  } finally {
    delete (itemSet as Partial<ItemSetInternals>).redraw;
  }
}

/**
 * Keeps the window `timeline` is given right after its creation: vis-timeline otherwise fits its
 * window to the items at its first draw (unless created with `start`/`end` options, which hide it
 * until its first range change settles, 200 ms later). That fit measures every item and draws
 * everything a second time, for a window the adapter replaces anyway.
 *
 * Without `initialFitDone`: the first draw fits the window to the items, and the window the adapter
 * set is lost. The adapter then sets its window again after the first draw (see its constructor).
 */
export function skipInitialFit(timeline: Timeline): boolean {
  if (!usable(timeline, ['initialFitDone'], 'the first draw fits the window to the items, then moves it')) return false;
  (internalsOf(timeline) as TimelineInternals).initialFitDone = true;
  return true;
}

/**
 * Scrolls `timeline`'s stack by `by` px (positive: the items move down) and redraws it in the next
 * frame. vis-timeline has no public way: `focus()` also moves the window, and fails on an item
 * whose `end` is present but undefined (a box, here); these are the internals `focus()` calls.
 *
 * Without `_getScrollTop`, `_setScrollTop` or `_redraw`: nothing happens (an event revealed from
 * the keyboard may stay out of sight in a tall stack until the reader scrolls).
 */
export function scrollStack(timeline: Timeline, by: number): void {
  const needed: Internal[] = ['_getScrollTop', '_setScrollTop', '_redraw'];
  if (!usable(timeline, needed, 'the stack is not scrolled to an event the keyboard reveals')) return;
  const internals = internalsOf(timeline) as TimelineInternals;
  internals._setScrollTop(internals._getScrollTop() + by);
  internals._redraw();
}

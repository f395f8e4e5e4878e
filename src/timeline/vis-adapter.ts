/**
 * The only module that knows vis-timeline. It turns timeline items into vis-timeline items and
 * options, and vis-timeline's events into small callbacks the element turns into `ct-*` events.
 * What it needs of vis-timeline's private API it reaches through `vis-internals.ts` only.
 */
import { Timeline } from 'vis-timeline/esnext/esm/vis-timeline-graph2d.js';
import type { DataItem, DataGroup, TimelineOptions } from 'vis-timeline/esnext/esm/vis-timeline-graph2d.js';
import { DataSet } from 'vis-data/esnext/esm/vis-data.js';
import moment from 'moment';
import type { TimelineItem } from './timeline-items.js';
import { DAY } from '../model/time.js';
import type { AxisLabelFormatter } from '../i18n/format-date.js';
import * as visInternals from './vis-internals.js';

export interface AdapterCallbacks {
  /** The user selected an item (or cleared the selection: null). */
  onSelect(id: string | null): void;
  /**
   * The visible window is changing: many times a second while the user drags or wheels
   * (`byUser`), once when code sets it (`byUser` false).
   */
  onRangeChange(start: Date, end: Date, byUser: boolean): void;
  /** The visible window changed (once, at the end of a move). */
  onRangeChanged(start: Date, end: Date, byUser: boolean): void;
  /** vis-timeline finished a redraw. */
  onRendered(): void;
}

export interface AdapterOptions {
  readonly rtl: boolean;
  readonly minorLabel: AxisLabelFormatter;
  readonly majorLabel: AxisLabelFormatter;
  readonly reducedMotion: boolean;
  readonly groups?: readonly { id: string; label: string }[];
  /** Tallest the timeline grows before it scrolls vertically, in px. */
  readonly maxHeight: number;
}

type VisItem = DataItem & {
  ctLabel: string;
  ctLabelLang: string;
  ctDate: string;
  ctAriaLabel: string;
  ctDomId: string;
  ctBaseClass: string;
};

/** How long `reveal` waits for its item to be drawn (a move plus a level-of-detail answer). */
const REVEAL_WAIT_MS = 2000;
/** The drawing's least height, px, when it is not filling its box. */
const MIN_HEIGHT_PX = 200;
/** Space left between a revealed item and the edge of the timeline. */
const REVEAL_MARGIN_PX = 8;

/** Owns one vis-timeline instance: created with `new`, gone after `destroy()`. */
export class VisTimelineAdapter {
  private readonly items = new DataSet<VisItem>();
  /** What `items` holds, by id (a DataSet's `get` copies each item). */
  private current = new Map<string, VisItem>();
  private readonly groups = new DataSet<DataGroup>();
  private readonly timeline: Timeline;
  private options: AdapterOptions;
  private destroyed = false;
  private focusedId: string | null = null;
  private selectedId: string | null = null;
  /** An event `reveal` moved to, until its item is drawn and scrolled into view (or time is up). */
  private revealing: string | null = null;
  private revealUntil = 0;
  private readonly createdRtl: boolean;
  /** Whether the drawing fills its box (see `fillHeight`). */
  private filled = false;
  /** The tallest the drawing has been for its data (see `keepHeight`). */
  private grownTo = MIN_HEIGHT_PX;
  /** The `minHeight` vis-timeline has now. */
  private appliedMinHeight = MIN_HEIGHT_PX;

  /** Whether the spans are to be measured again after the next draw (see `relayout`). */
  private spansToMeasure = false;
  /** The window asked for at creation, while vis-timeline may still fit its own (see skipInitialFit). */
  private windowAfterFit?: { start: Date; end: Date };

  /**
   * Creates vis-timeline in `container` with its first items, showing `window`. vis-timeline is
   * created without data and given the window before the items, so its first draw (when the
   * items arrive) is of that window: no draw at its default window, no fit to the items first.
   */
  constructor(
    private readonly container: HTMLElement,
    items: readonly TimelineItem[],
    options: AdapterOptions,
    private readonly callbacks: AdapterCallbacks,
    window?: { start: Date; end: Date },
  ) {
    this.options = options;
    this.createdRtl = options.rtl;
    this.current = new Map(items.map((item) => [item.id, this.toVisItem(item)]));
    this.items.add([...this.current.values()]);
    // No `start`/`end` options: with them vis-timeline keeps itself hidden behind a loading
    // screen until its first range change settles (200 ms later). Created without data, it draws
    // nothing yet; given its window, then its data, its first draw is of that window and items,
    // with no fit to the items first (see skipInitialFit).
    this.timeline = new Timeline(container, null as unknown as DataSet<DataItem>, this.visOptions(options));
    visInternals.deferItemDrawing(this.timeline);
    if (window) {
      if (!visInternals.skipInitialFit(this.timeline)) this.windowAfterFit = window;
      this.setWindow(window.start, window.end, { animate: false });
    }
    this.setGroupsData(options.groups);
    if (options.groups?.length) this.timeline.setGroups(this.groups);
    // Spans' heights are right only once drawn at their width (see relayout).
    this.spansToMeasure = hasSpan(this.current.values());
    this.listen();
    // The items' first draw: now, or with lanes (drawn already) in the next frame.
    this.timeline.setItems(this.items);
    this.followFonts();
  }

  /** Stops measuring again when fonts arrive (see `followFonts`). */
  private unfollowFonts?: () => void;

  /**
   * Titles wrap differently once a web font arrives: measure again when one has loaded (never
   * when none does, as with the system's fonts). Through a weak reference: a font still loading
   * must not keep a removed element alive.
   */
  private followFonts(): void {
    const fonts = document.fonts;
    if (!fonts) return;
    const adapter = new WeakRef(this);
    const loaded = (): void => adapter.deref()?.relayout();
    fonts.addEventListener('loadingdone', loaded);
    this.unfollowFonts = () => fonts.removeEventListener('loadingdone', loaded);
  }

  /**
   * Replaces the items incrementally: only what changed is touched. vis-timeline redraws and
   * measures again every item it is handed, even an equal one, so equal items are left alone.
   * Returns whether anything changed (then vis-timeline draws, and says so with `changed`).
   */
  setItems(items: readonly TimelineItem[]): boolean {
    const next = new Map(items.map((item) => [item.id, this.toVisItem(item)]));
    const stale = [...this.current.keys()].filter((id) => !next.has(id));
    const changed = [...next.values()].filter((item) => !sameVisItem(this.current.get(String(item.id)), item));
    visInternals.withOneRedraw(this.timeline, () => {
      if (stale.length) this.items.remove(stale);
      if (changed.length) this.items.update(changed);
    });
    const selected = this.selectedId;
    const touched = selected !== null && changed.some((item) => item.id === selected);
    this.current = next;
    // A span that came into view is measured before it has its width: once more after the draw.
    if (hasSpan(changed)) this.spansToMeasure = true;
    // vis-timeline forgets the selection of an item that left its data and came back.
    if (touched) this.setSelection(selected);
    return stale.length > 0 || changed.length > 0;
  }

  setOptions(options: AdapterOptions): void {
    const groupsChanged = (this.options.groups?.length ?? 0) !== (options.groups?.length ?? 0);
    this.options = options;
    this.setGroupsData(options.groups);
    if (groupsChanged) this.timeline.setGroups(options.groups?.length ? this.groups : undefined);
    this.timeline.setOptions(this.visOptions(options));
  }

  setSelection(id: string | null): void {
    const previous = this.selectedId;
    this.selectedId = id;
    // vis-timeline's typings demand `animation`, which it ignores without `focus`.
    this.timeline.setSelection(id === null ? [] : [id], { focus: false } as Parameters<Timeline['setSelection']>[1]);
    this.refreshItems([previous, id]);
  }

  /** Marks the item the keyboard is on (a visible focus ring; the DOM focus stays on the region). */
  setFocused(id: string | null): void {
    // Called after every level-of-detail answer: an unchanged ring needs no item update (new
    // items get their ring class from `toVisItem`).
    if (id === this.focusedId) return;
    const previous = this.focusedId;
    this.focusedId = id;
    this.refreshItems([previous, id]);
  }

  private refreshItems(ids: readonly (string | null)[]): void {
    const updates = [];
    for (const id of new Set(ids)) {
      const item = id === null ? undefined : this.current.get(id);
      if (!item) continue;
      const updated = { ...item, className: this.classNameOf(String(item.id), item.ctBaseClass) };
      this.current.set(String(item.id), updated);
      updates.push(updated);
    }
    if (updates.length) this.items.update(updates);
  }

  private classNameOf(id: string, base: string): string {
    return id === this.focusedId ? `${base} ct-focused` : base;
  }

  private toVisItem(item: TimelineItem): VisItem {
    return {
      id: item.id,
      start: item.start,
      end: item.end,
      type: item.type,
      content: '',
      className: this.classNameOf(item.id, item.className),
      group: item.group,
      ctLabel: item.label,
      ctLabelLang: item.labelLang,
      ctDate: item.dateLabel,
      ctAriaLabel: item.ariaLabel,
      ctDomId: item.domId,
      ctBaseClass: item.className,
    };
  }

  /**
   * Scrolls (without zooming) so that an event is in view: across, by its times (with the level
   * of detail its item may not be in vis-timeline's data until the window reaches it), then, once
   * it is drawn, down or up the stack too (a busy stack scrolls vertically). Animated unless
   * `animate` is false or the reader prefers less motion.
   */
  reveal(start: number, end: number, id?: string, animate = true): void {
    this.revealing = id ?? null;
    // An item that stays inside a count (dense data) is never drawn: stop waiting for it.
    this.revealUntil = performance.now() + REVEAL_WAIT_MS;
    const window = this.timeline.getWindow();
    if (start < window.start.getTime() || end > window.end.getTime())
      this.timeline.moveTo(new Date((start + end) / 2), { animation: animate && !this.options.reducedMotion });
    else this.revealVertically();
  }

  /** The item being revealed, if it is drawn outside the visible part of the stack: scroll to it. */
  private revealVertically(): void {
    const id = this.revealing;
    if (id !== null && performance.now() > this.revealUntil) this.revealing = null;
    const item = id === null ? undefined : this.items.get(id);
    if (!id || !item) return;
    const label = this.container.querySelector(`#${CSS.escape(item.ctDomId)}`);
    const box = label?.closest('.vis-item')?.getBoundingClientRect();
    const panel = this.container.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
    if (!box || !panel) return;
    this.revealing = null;
    const below = box.bottom - panel.bottom;
    const above = panel.top - box.top;
    if (below <= 0 && above <= 0) return;
    visInternals.scrollStack(this.timeline, below > 0 ? -(below + REVEAL_MARGIN_PX) : above + REVEAL_MARGIN_PX);
  }

  setWindow(start: Date, end: Date, { animate = true }: { animate?: boolean } = {}): void {
    this.timeline.setWindow(start, end, { animation: animate && !this.options.reducedMotion });
  }

  /**
   * The box of the items and of the time axis across (vis-timeline's centre panel), for a layer
   * drawn on the same axis (the density histogram); it keeps its children across redraws.
   */
  axisPanel(): HTMLElement | null {
    return this.container.querySelector<HTMLElement>('.vis-panel.vis-center');
  }

  /**
   * Makes the drawing as tall as it may grow (`maxHeight`) even with few items, or lets it shrink
   * to them again: a density histogram needs the height that stacked items would have taken.
   */
  fillHeight(fill: boolean): void {
    if (fill === this.filled || this.destroyed) return;
    this.filled = fill;
    this.applyMinHeight();
  }

  private applyMinHeight(): void {
    const wanted = this.minHeight();
    if (wanted === this.appliedMinHeight || this.destroyed) return;
    this.appliedMinHeight = wanted;
    this.timeline.setOptions({ minHeight: wanted });
  }

  private minHeight(): number {
    return this.filled ? this.options.maxHeight : this.grownTo;
  }

  /**
   * New data: the drawing may be as short as its items again (a few events take a few rows, not
   * the whole `maxHeight`).
   */
  resetHeight(): void {
    this.grownTo = MIN_HEIGHT_PX;
    this.applyMinHeight();
  }

  /**
   * The drawing grows with its stack (up to `maxHeight`, then it scrolls) but does not shrink back
   * while the reader zooms and pans the same data: the page below it would jump at every step.
   * Noted after each draw, made the drawing's `minHeight` when the window starts to move: setting
   * it at once would cost the first draw a second one.
   */
  private keepHeight(): void {
    const height = this.container.querySelector<HTMLElement>('.vis-timeline')?.offsetHeight ?? 0;
    if (height > this.grownTo) this.grownTo = Math.min(height, this.options.maxHeight);
  }

  /** Whether this instance was laid out right to left (vis-timeline fixes that at creation). */
  get isRtl(): boolean {
    return this.createdRtl;
  }

  getWindow(): { start: Date; end: Date } {
    return this.timeline.getWindow();
  }

  zoom(factor: number): void {
    const { start, end } = this.timeline.getWindow();
    const center = (start.getTime() + end.getTime()) / 2;
    const half = ((end.getTime() - start.getTime()) * factor) / 2;
    this.setWindow(new Date(center - half), new Date(center + half));
  }

  /** Lays out every item again (their sizes may have changed), in the next frame. */
  redraw(): void {
    if (!this.destroyed) this.timeline.redraw();
  }

  /**
   * Measures and stacks every item afresh. vis-timeline keeps the rows it gave items when they
   * were first drawn; a card whose title wraps anew (a new width, the fonts arriving) would then
   * cover the card above it. Handing the items over again marks them all for measuring and
   * restacking (about 1 ms an item: for a resize or the fonts, not for every frame). The spans
   * once more after that draw: a span is measured before vis-timeline gives it its width, so its
   * wrapped height is only right the second time.
   */
  relayout(): void {
    if (this.destroyed || !this.current.size) return;
    this.spansToMeasure = hasSpan(this.current.values());
    visInternals.withOneRedraw(this.timeline, () => this.items.update([...this.current.values()]));
  }

  /** The second measuring of the spans, once drawn at their width (see `relayout`). */
  private measureSpansAgain(): void {
    this.spansToMeasure = false;
    const spans = [...this.current.values()].filter((item) => item.type === 'range');
    if (spans.length) visInternals.withOneRedraw(this.timeline, () => this.items.update(spans));
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.unfollowFonts?.();
    this.timeline.destroy();
    this.current.clear();
    this.items.clear();
    this.groups.clear();
  }

  private setGroupsData(groups: AdapterOptions['groups']): void {
    const wanted = groups ?? [];
    const ids = new Set(wanted.map((group) => group.id));
    const stale = this.groups.getIds().filter((id) => !ids.has(String(id)));
    if (stale.length) this.groups.remove(stale);
    this.groups.update(wanted.map((group) => ({ id: group.id, content: textElement(group.label) })));
  }

  private visOptions(options: AdapterOptions): TimelineOptions {
    return {
      rtl: options.rtl,
      // The element follows its size with a ResizeObserver: vis-timeline's own check is a
      // window listener plus a 1-second timer, and it redraws everything once more after start.
      autoResize: false,
      // Grows with the stacked items, then scrolls: a fixed height would hide the top of a busy stack.
      minHeight: this.appliedMinHeight,
      maxHeight: options.maxHeight,
      verticalScroll: true,
      stack: true,
      // A day's card starts at its day (its marker at the card's start edge, not under its text).
      align: 'left',
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      zoomMin: DAY,
      zoomMax: 1000 * 365 * DAY,
      // No horizontal margin: with one, a month's span touching the next month's counts as
      // overlapping it and is pushed to another row.
      margin: { item: { horizontal: 0, vertical: 4 }, axis: 8 },
      // Stacked up from the axis. The opening window is chosen so that the stack fits (see
      // src/layout/detail-focus.ts); a zoom out that makes it taller scrolls.
      orientation: { axis: 'bottom', item: 'bottom' },
      // Spans first: they take the low rows, and the cards of days fit around them in fewer rows.
      order: (a: VisItem, b: VisItem) =>
        a.type === b.type ? (timeOf(a.start) ?? 0) - (timeOf(b.start) ?? 0) : a.type === 'range' ? -1 : 1,
      // Local time, and no global moment locale: labels come from our own formatters.
      moment: (date: moment.MomentInput) => moment(date),
      format: {
        minorLabels: options.minorLabel,
        majorLabels: options.majorLabel,
      } as unknown as TimelineOptions['format'],
      template: (item: VisItem) => itemContent(item),
      tooltip: { followMouse: false, overflowMethod: 'cap' },
      xss: { disabled: false },
    };
  }

  private listen(): void {
    this.timeline.on('select', (properties: { items: (string | number)[] }) => {
      const [id] = properties.items;
      this.callbacks.onSelect(id === undefined ? null : String(id));
    });
    this.timeline.on('rangechange', (properties: { start: Date; end: Date; byUser: boolean }) => {
      this.applyMinHeight();
      this.callbacks.onRangeChange(properties.start, properties.end, properties.byUser);
    });
    this.timeline.on('rangechanged', (properties: { start: Date; end: Date; byUser: boolean }) => {
      this.callbacks.onRangeChanged(properties.start, properties.end, properties.byUser);
    });
    this.timeline.on('changed', () => {
      if (this.windowAfterFit) {
        // vis-timeline fitted its window to the items at its first draw: back to the one asked for.
        const { start, end } = this.windowAfterFit;
        this.windowAfterFit = undefined;
        this.setWindow(start, end, { animate: false });
      }
      this.keepHeight();
      if (this.spansToMeasure) this.measureSpansAgain();
      if (this.revealing !== null) this.revealVertically();
      this.callbacks.onRendered();
    });
  }
}

function hasSpan(items: Iterable<VisItem>): boolean {
  for (const item of items) if (item.type === 'range') return true;
  return false;
}

/** Whether two items draw the same (the fields `toVisItem` sets). */
function sameVisItem(a: VisItem | undefined, b: VisItem): boolean {
  return (
    a !== undefined &&
    timeOf(a.start) === timeOf(b.start) &&
    timeOf(a.end) === timeOf(b.end) &&
    a.type === b.type &&
    a.className === b.className &&
    a.group === b.group &&
    a.ctLabel === b.ctLabel &&
    a.ctLabelLang === b.ctLabelLang &&
    a.ctDate === b.ctDate &&
    a.ctAriaLabel === b.ctAriaLabel &&
    a.ctDomId === b.ctDomId &&
    a.ctBaseClass === b.ctBaseClass
  );
}

function timeOf(date: DataItem['start'] | undefined): number | undefined {
  return date instanceof Date ? date.getTime() : date === undefined ? undefined : new Date(date).getTime();
}

/**
 * The item's visible content, as DOM text: data never becomes markup. The drawing is hidden from
 * assistive technology (the element's event list is what it reads); the tooltip gives the whole
 * title and date to a mouse.
 */
function itemContent(item: VisItem): HTMLElement {
  const card = document.createElement('span');
  card.className = 'ct-card';
  card.title = item.ctAriaLabel;
  // A span shows its dates by its extent on the axis: only a day's card says its date.
  if (item.ctDate && item.type !== 'range') {
    const date = textElement(item.ctDate);
    date.className = 'ct-item-date';
    card.append(date);
  }
  const label = textElement(item.ctLabel);
  label.className = 'ct-item-label';
  label.id = item.ctDomId;
  label.lang = item.ctLabelLang;
  label.dir = 'auto';
  card.append(label);
  return card;
}

function textElement(text: string): HTMLElement {
  const element = document.createElement('span');
  element.textContent = text;
  return element;
}

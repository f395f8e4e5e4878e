/**
 * Draws prepared events through the level-of-detail layer: owns the vis-timeline adapter, the
 * query provider and the per-frame scheduler, and hands vis-timeline only what the window can
 * show (events near the window, counts where they would be too dense to read).
 */
import type { PreparedEvent } from '../model/prepared.js';
import type { EventType } from '../model/types.js';
import type { ItemOptions, TimelineItem } from './timeline-items.js';
import { VisTimelineAdapter, type AdapterOptions } from './vis-adapter.js';
import { MemoryQueryProvider } from './lod/memory-provider.js';
import type { TimeIndex } from './lod/time-index.js';
import { WindowScheduler } from './lod/window-scheduler.js';
import {
  viewportQuery,
  type Aggregate,
  type EventQueryProvider,
  type WindowAnswer,
  type WindowQuery,
} from './lod/query.js';
import { AnswerItemCache, eventsExtent, findEvent, type AggregateText } from './lod/lod-items.js';
import type { DensityLayer, DensityText } from './density-layer.js';
import { DAY } from '../model/time.js';
import { CARD_MAX_SHARE, paddedWindow } from '../layout/padded-window.js';

/**
 * What moved the window: `code` (a method call, new data), `pointer` (a drag, a wheel, a pinch or
 * a click on a count, in the drawing), or the cause a caller gave its own move (`control`: a
 * button; `keyboard`: a zoom key; `keyboard-reveal`: the keyboard moving to an event).
 */
export type MoveCause = 'code' | 'pointer' | 'control' | 'keyboard' | 'keyboard-reveal';

export interface TimelineViewCallbacks {
  /** The user selected an event (null: cleared). Counts are handled here (they zoom in). */
  onSelect(id: string | null): void;
  /** The window changed at the end of a move, and what moved it. */
  onRangeChanged(start: Date, end: Date, cause: MoveCause): void;
  /** vis-timeline drew the items of the latest answer: `itemCount` events and counts (bars' parts). */
  onRendered(itemCount: number): void;
  /** A query failed (a custom provider's error). */
  onQueryError(error: unknown): void;
  /**
   * The counts drawn as the density histogram in the window (none: the window's events are all
   * drawn), after each answer and at the end of each move: the element's table of counts.
   */
  onCounts?(counts: readonly Aggregate[]): void;
}

export interface TimelineViewOptions {
  readonly adapter: AdapterOptions;
  readonly items: ItemOptions & { readonly aggregateText: AggregateText };
  readonly hiddenTypes: ReadonlySet<EventType>;
  /**
   * Room kept free at each edge when fitting, in px: half the widest label (12em), so a day's
   * box centred on its day is not cut. It follows the text size (200 % text doubles it).
   */
  readonly labelRoomPx?: number;
  /**
   * The window to open on when the events' cards cannot all be read at once (see
   * `src/layout/detail-focus.ts`), given the drawing's width; null or absent: fit them all.
   */
  readonly openingWindow?: (events: readonly PreparedEvent[], width: number) => { start: number; end: number } | null;
}

type Window = { start: Date; end: Date };

/**
 * Where window queries go: a provider (a server's, say, which owns itself), or a function that
 * makes one for the element's events (which the view then owns and disposes), e.g.
 * `(events) => new WorkerQueryProvider(events, createQueryWorker)`.
 */
export type QueryProviderSource = EventQueryProvider | ((events: readonly PreparedEvent[]) => EventQueryProvider);

/** One drawn timeline: created when the element connects, disposed when it disconnects. */
export class TimelineView {
  private readonly adapter: VisTimelineAdapter;
  private readonly scheduler: WindowScheduler;
  private provider: EventQueryProvider;
  private source: QueryProviderSource | undefined;
  private ownsProvider: boolean;
  private events: readonly PreparedEvent[];
  private options: TimelineViewOptions;
  private lastAnswer?: WindowAnswer;
  /** The event the keyboard is on (its id, and the event when it is in `events`). */
  private focusedId: string | null = null;
  private focused: PreparedEvent | null = null;
  private itemCount = 0;
  /** Set when items were handed over: the next redraw is the one that shows them. */
  private awaitingDraw = false;
  private lastQueryKey = '';
  private readonly itemCache = new AnswerItemCache();
  /**
   * The container's width, read when created and on `resize()`: reading it on each query would
   * force a layout in the middle of an update (100 ms after a large list was rendered).
   */
  private width: number;
  /** False while vis-timeline is being created: an answer then would find no adapter to draw in. */
  private constructed = false;
  /** The cause of the latest move this view started, until vis-timeline reports its end. */
  private moveCause: MoveCause = 'code';
  /** The histogram of the answer's counts (set up after vis-timeline, which it is drawn in). */
  private density?: DensityLayer;
  private densityLoading?: Promise<void>;
  private destroyed = false;
  /** The counts last told to `onCounts` (by id and count), so an unchanged table is not redrawn. */
  private toldCounts = '';

  constructor(
    private readonly container: HTMLElement,
    events: readonly PreparedEvent[],
    source: QueryProviderSource | undefined,
    options: TimelineViewOptions,
    window: Window | null,
    private readonly callbacks: TimelineViewCallbacks,
    index?: TimeIndex,
  ) {
    this.events = events;
    this.options = options;
    this.source = source;
    this.width = container.clientWidth || 1000;
    this.provider = providerFor(source, events, index);
    this.ownsProvider = typeof source !== 'object';
    const first = window ?? this.openingWindow() ?? defaultWindow();
    // Answer the first window at once when the index is local, so the first frame has its items.
    const answer = this.answerNow(first);
    this.lastAnswer = answer;
    if (answer) this.lastQueryKey = JSON.stringify(this.queryFor(first));
    // Before the adapter: vis-timeline reports range changes while it is being set up.
    this.scheduler = new WindowScheduler(this.provider, {
      onAnswer: (next) => this.applyAnswer(next),
      onError: (error) => callbacks.onQueryError(error),
    });
    this.adapter = new VisTimelineAdapter(
      container,
      answer ? this.itemsOf(answer) : [],
      options.adapter,
      {
        onSelect: (id) => this.handleSelect(id),
        // A window set by code (a click, a key, `setWindow`) is answered before vis-timeline
        // redraws it; a drag or wheel is coalesced to one query per frame.
        onRangeChange: (start, end, byUser) => {
          this.density?.setWindow(start, end);
          this.request({ start, end }, { immediate: !byUser });
        },
        onRangeChanged: (start, end, byUser) => {
          // The end of a gesture: its last window, if not asked yet, is answered now.
          this.request({ start, end }, { immediate: true });
          this.tellCounts();
          callbacks.onRangeChanged(start, end, byUser ? 'pointer' : this.causeOfEnd(start, end));
        },
        onRendered: () => this.handleRendered(),
      },
      first,
    );
    this.awaitingDraw = answer !== undefined;
    this.itemCount = answer ? this.itemsOf(answer).length + answer.aggregates.length : 0;
    if (answer) this.showCounts(answer);
    this.constructed = true;
    if (!answer) this.request(first);
  }

  get isRtl(): boolean {
    return this.adapter.isRtl;
  }

  /** An event of the latest answer: a remote provider's events are known only from its answers. */
  answeredEvent(id: string): PreparedEvent | undefined {
    return this.lastAnswer?.events.find((prepared) => prepared.event.id === id);
  }

  /**
   * New data: a new index (or the custom provider again), and the current window asked anew.
   * `index`: the events' time index, if it was built already (see `MemoryQueryProvider`).
   */
  setEvents(
    events: readonly PreparedEvent[],
    source: QueryProviderSource | undefined,
    window: Window | null,
    index?: TimeIndex,
  ): void {
    // The same data it was created with (the element's first update): nothing to redo.
    if (events === this.events && source === this.source) return;
    if (this.ownsProvider) this.provider.dispose?.();
    this.events = events;
    this.source = source;
    this.provider = providerFor(source, events, index);
    this.ownsProvider = typeof source !== 'object';
    this.scheduler.setProvider(this.provider, null);
    this.adapter.resetHeight();
    // Moving the window asks for it (at once); if it did not move, ask here.
    this.lastQueryKey = '';
    const target = window ?? this.openingWindow();
    if (target) this.moveWindow(target, false, 'code');
    this.request(this.adapter.getWindow(), { immediate: true });
  }

  /** Language, numerals, lanes or hidden types changed: relabel now, and ask again for hidden types. */
  setOptions(options: TimelineViewOptions): void {
    const hiddenChanged = options.hiddenTypes !== this.options.hiddenTypes;
    const textChanged = options.items !== this.options.items;
    this.options = options;
    this.adapter.setOptions(options.adapter);
    if (textChanged) this.density?.setText(densityText(options));
    if (this.lastAnswer) this.handItems(this.lastAnswer);
    if (hiddenChanged) this.request(this.adapter.getWindow(), { immediate: true });
  }

  setSelection(id: string | null): void {
    this.adapter.setSelection(id);
  }

  /** Rings the event the keyboard is on: its item, or the count it is part of in dense data. */
  setFocused(id: string | null): void {
    this.focused = id === null ? null : (this.events.find((prepared) => prepared.event.id === id) ?? null);
    this.focusedId = id;
    this.applyFocus();
  }

  private applyFocus(): void {
    const target = this.focusTarget();
    this.adapter.setFocused(target);
    this.density?.setFocused(target);
  }

  /** What shows the focused event: its own item, else the id of the count (a bar's part) that holds it. */
  private focusTarget(): string | null {
    const { focusedId: id, focused: event } = this;
    if (id === null || !event) return id;
    return this.countHolding(event)?.id ?? id;
  }

  /** The count of the latest answer an event is part of, when it is not drawn on its own. */
  private countHolding(event: PreparedEvent): Aggregate | undefined {
    const answer = this.lastAnswer;
    if (!answer || findEvent(answer, event.event.id)) return undefined;
    const counts = answer.aggregates.filter((aggregate) => aggregate.eventType === event.eventType);
    // An event that began before the window is counted in the window's first bucket.
    return (
      counts.find((aggregate) => aggregate.start <= event.startTime && event.startTime < aggregate.end) ??
      counts.find((aggregate) => event.startTime < aggregate.start && event.endTime > aggregate.start)
    );
  }

  /**
   * Zooms to the bar that holds an event the drawing shows only as part of a count (the keyboard
   * activated it), as a click on that bar does; does nothing when the event is drawn on its own.
   */
  zoomToCountOf(id: string, cause: MoveCause = 'code'): void {
    const event = this.events.find((prepared) => prepared.event.id === id);
    const count = event && this.countHolding(event);
    if (count) this.zoomToCount(count, cause);
  }

  private zoomToCount(count: Aggregate, cause: MoveCause): void {
    this.moveWindow({ start: new Date(count.start), end: new Date(count.end) }, true, cause);
  }

  /** Scrolls so the event is in view; its item arrives with the answer for the new window. */
  reveal(prepared: PreparedEvent, cause: MoveCause = 'code', animate = true): void {
    this.moveCause = cause;
    this.adapter.reveal(prepared.startTime, prepared.endTime, prepared.event.id, animate);
  }

  fit(animate = true, cause: MoveCause = 'code'): void {
    const window = this.fittedWindow();
    if (window) this.moveWindow(window, animate, cause);
  }

  setWindow(start: Date, end: Date, animate = true, cause: MoveCause = 'code'): void {
    this.moveWindow({ start, end }, animate, cause);
  }

  getWindow(): Window {
    return this.adapter.getWindow();
  }

  zoom(factor: number, cause: MoveCause = 'code'): void {
    this.moveCause = cause;
    this.adapter.zoom(factor);
  }

  private moveWindow(window: Window, animate: boolean, cause: MoveCause): void {
    this.moveCause = cause;
    // vis-timeline redraws its old items at a new window before it reports the window to us: a
    // provider that answers later (a server) is asked first, so its answer travels meanwhile.
    // (Should vis-timeline correct the window, its report asks again for the corrected one.)
    const glides = animate && !this.options.adapter.reducedMotion;
    if (!this.provider.answerNow && !glides) this.request(window, { immediate: true });
    this.adapter.setWindow(window.start, window.end, { animate });
  }

  /**
   * The cause of a move vis-timeline says has ended (not by the user): the latest move started
   * here, once, when the window it ends on is the current one. (An earlier move's end can still
   * arrive during an animated move: vis-timeline reports the end of a move made without
   * animation 200 ms later, and an animated move does not cancel that report.)
   */
  private causeOfEnd(start: Date, end: Date): MoveCause {
    const current = this.adapter.getWindow();
    if (start.getTime() !== current.start.getTime() || end.getTime() !== current.end.getTime()) return 'code';
    const cause = this.moveCause;
    this.moveCause = 'code';
    return cause;
  }

  /** Follows a size change: redraw, and ask again (a wider view shows more items). */
  resize(): void {
    this.width = this.container.clientWidth || 1000;
    this.adapter.relayout();
    this.request(this.adapter.getWindow(), { force: true, immediate: true });
  }

  destroy(): void {
    this.destroyed = true;
    this.density?.destroy();
    this.scheduler.dispose();
    if (this.ownsProvider) this.provider.dispose?.();
    this.adapter.destroy();
  }

  /**
   * Asks for a window's items. vis-timeline reports the same window twice (`rangechange`, then
   * `rangechanged` 200 ms later): an unchanged query is not asked again.
   */
  private request(window: Window, { force = false, immediate = false } = {}): void {
    const query = this.queryFor(window);
    const key = JSON.stringify(query);
    if (!force && key === this.lastQueryKey) return;
    this.lastQueryKey = key;
    this.scheduler.request(query, { immediate: immediate && this.constructed });
  }

  private queryFor(window: Window): WindowQuery {
    return viewportQuery({
      start: window.start.getTime(),
      end: window.end.getTime(),
      widthPx: this.width,
      hiddenTypes: [...this.options.hiddenTypes],
      // About 75 labelled items across 1200 px: more would stack past reading, and vis-timeline
      // lays out each new item with its own reflow (~2 ms), so more would also be slow.
      pxPerItem: PX_PER_ITEM,
      bucketPx: BAR_PX,
    });
  }

  private answerNow(window: Window): WindowAnswer | undefined {
    return this.provider.answerNow?.(this.queryFor(window));
  }

  private applyAnswer(answer: WindowAnswer): void {
    this.lastAnswer = answer;
    this.handItems(answer);
    this.showCounts(answer);
    if (this.focusedId !== null) this.applyFocus();
  }

  private showCounts(answer: WindowAnswer): void {
    this.adapter.fillHeight(answer.aggregates.length > 0);
    if (answer.aggregates.length) this.loadDensity();
    this.density?.setCounts(answer.aggregates);
    this.tellCounts();
  }

  /**
   * The density histogram's code, loaded when a window first has counts to draw: data small
   * enough to draw every event (the article's) never asks for it (a chunk of its own in the
   * drop-in bundle). It draws the latest answer's counts once it is there.
   */
  private loadDensity(): void {
    this.densityLoading ??= import('./density-layer.js').then(({ DensityLayer }) => {
      if (this.destroyed) return;
      const options = this.options;
      this.density = new DensityLayer(
        this.adapter.axisPanel() ?? this.container,
        options.adapter.rtl,
        densityText(options),
        { activate: (count) => this.zoomToCount(count, 'pointer') },
        this.adapter.getWindow(),
      );
      this.density.setCounts(this.lastAnswer?.aggregates ?? []);
    });
  }

  /** Tells the counts in the window, if they changed since last told. */
  private tellCounts(): void {
    if (!this.callbacks.onCounts) return;
    const { start, end } = this.adapter.getWindow();
    const inView = (this.lastAnswer?.aggregates ?? []).filter(
      (count) => count.end > start.getTime() && count.start < end.getTime(),
    );
    const key = inView.map((count) => `${count.id}:${count.count}`).join(' ');
    if (key === this.toldCounts) return;
    this.toldCounts = key;
    this.callbacks.onCounts(inView);
  }

  private handItems(answer: WindowAnswer): void {
    const items = this.itemsOf(answer);
    // What `ct-render` reports: the events drawn and the counts (as when counts were items).
    this.itemCount = items.length + answer.aggregates.length;
    this.awaitingDraw = true;
    // An unchanged (say, empty) item list makes vis-timeline draw nothing, hence no `changed`:
    // the drawing already shows the answer, said in the next frame (after any draw vis-timeline
    // has pending), so that every answer ends in `ct-render`. A redraw for it would cost the
    // first render a second one.
    if (!this.adapter.setItems(items)) requestAnimationFrame(() => this.handleRendered());
  }

  private itemsOf(answer: WindowAnswer): TimelineItem[] {
    return this.itemCache.itemsOf(answer, this.options.items);
  }

  private handleRendered(): void {
    if (!this.awaitingDraw) return;
    this.awaitingDraw = false;
    this.callbacks.onRendered(this.itemCount);
  }

  /** A tap on a bar zooms (the density layer says so); vis-timeline sees a click on no item. */
  private handleSelect(id: string | null): void {
    if (id === null && this.density?.justTapped) return;
    this.callbacks.onSelect(id);
  }

  private fittedWindow(): Window | null {
    // The provider's extent when it has one: a million events are not read for it.
    const extent = this.provider.extent !== undefined ? this.provider.extent : eventsExtent(this.events);
    if (!extent) return null;
    // Half a card: at most half of the widest a card may be in this width.
    const half = Math.min(this.options.labelRoomPx ?? LABEL_ROOM_PX, (this.width * CARD_MAX_SHARE) / 2);
    const window = paddedWindow(extent, this.width, half);
    return { start: new Date(window.start), end: new Date(window.end) };
  }

  /** The window new data opens on: where its cards can be read, else all of it. */
  private openingWindow(): Window | null {
    const focus = this.options.openingWindow?.(this.events, this.width);
    return focus ? { start: new Date(focus.start), end: new Date(focus.end) } : this.fittedWindow();
  }
}

const PX_PER_ITEM = 16;
/**
 * Least width of a bucket, hence of a bar of the density histogram, px: about 60 bars across
 * 1200 px, fine enough for a trend, wide enough to hover and tap.
 */
const BAR_PX = 20;
/** Half the widest day label (12em of 14 px, see the styles), when the options do not say. */
const LABEL_ROOM_PX = 90;

/** The density layer's words: the counts' text of the items' options. */
function densityText(options: TimelineViewOptions): DensityText {
  const text = options.items.aggregateText;
  return { describe: (count) => text.ariaLabel(count), number: (count) => text.label({ count }) };
}

function providerFor(
  source: QueryProviderSource | undefined,
  events: readonly PreparedEvent[],
  index: TimeIndex | undefined,
): EventQueryProvider {
  if (source === undefined) return new MemoryQueryProvider(events, index);
  return typeof source === 'function' ? source(events) : source;
}

function defaultWindow(): Window {
  const now = Date.now();
  return { start: new Date(now - 365 * DAY), end: new Date(now) };
}

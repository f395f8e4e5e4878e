import type { ReactiveController, ReactiveElement } from 'lit';
import { sourceIssue } from '../../loaders/issues.js';
import type { PreparedEvent } from '../../model/prepared.js';
import type { ValidationIssue } from '../../model/validate.js';
import type { Aggregate } from '../../timeline/lod/query.js';
import type { TimeIndex } from '../../timeline/lod/time-index.js';
import {
  TimelineView,
  type MoveCause,
  type QueryProviderSource,
  type TimelineViewOptions,
} from '../../timeline/timeline-view.js';

export type TimeWindow = { readonly start: Date; readonly end: Date };

/** What the drawing shows, read from the element after each of its updates. */
export interface TimelineViewInput {
  readonly events: readonly PreparedEvent[];
  readonly index?: TimeIndex;
  readonly provider?: QueryProviderSource;
  readonly options: TimelineViewOptions;
  /** The window the element's `start` and `end` ask for, if any (the same object until they change). */
  readonly window: TimeWindow | null;
  readonly selectedId: string | null;
  /** The event the keyboard is on (its drawn item gets the focus ring). */
  readonly focusedId: string | null;
}

export interface TimelineViewControllerOptions {
  /** The box vis-timeline draws in (once the element has rendered). */
  container(): HTMLElement | null;
  /** Whether the element draws with vis-timeline now (not while it lays its events out itself, narrow); always by default. */
  active?(): boolean;
  /**
   * Whether to create the drawing in a task of its own rather than in the update (while a large
   * input is still on its way): vis-timeline's creation then does not lengthen the task that
   * connected the element. Never by default.
   */
  deferStart?(): boolean;
  input(): TimelineViewInput;
  /** The user selected an event (or cleared the selection: null). */
  onSelect(id: string | null): void;
  /** The window changed, at the end of a move, and what moved it. */
  onRangeChanged(start: Date, end: Date, cause: MoveCause): void;
  /** The drawing shows the items it was handed. */
  onRendered(itemCount: number): void;
  /** Reports problems (see `IssueReporter`). */
  report(issues: readonly ValidationIssue[]): void;
  /** The counts the window shows as a density histogram (none: its events are drawn one by one). */
  onCounts?(counts: readonly Aggregate[]): void;
}

/**
 * The drawn timeline of an element: created after its first render and while it is connected,
 * destroyed when it disconnects, created again when it reconnects or its direction changes
 * (vis-timeline lays out its direction once). After each update it hands the `TimelineView` only
 * what changed, and it follows the drawing box's size (vis-timeline's own check is off).
 */
export class TimelineViewController implements ReactiveController {
  private view?: TimelineView;
  private resizeObserver?: ResizeObserver;
  /** What the view was last given. */
  private shown?: TimelineViewInput;
  /** vis-timeline could not be created (a strict Trusted Types policy): not tried again until a reconnection. */
  private failed = false;
  /** The window the drawing had when it stopped (inactive, disconnected): it opens there again. */
  private parkedWindow?: TimeWindow;
  /** An event to show that was asked for before the drawing existed (a link the page opened with). */
  private pendingReveal?: { readonly prepared: PreparedEvent; readonly cause?: MoveCause };
  /** A deferred start (`deferStart`), until its task runs. */
  private startTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: TimelineViewControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // On a reconnect the shadow root is rendered already: draw again once a pending update is done.
    if (this.host.hasUpdated)
      void this.host.updateComplete.then(() => this.view || !this.isActive() || this.restart(this.options.input()));
  }

  hostUpdated(): void {
    if (!this.isActive()) {
      // Not kept while unused: its timers and listeners go with it.
      if (this.view) this.parkedWindow = this.view.getWindow();
      this.stop();
      return;
    }
    const input = this.options.input();
    if (!this.view) {
      if (this.options.deferStart?.()) this.startSoon();
      else this.restart(input);
    } else if (this.view.isRtl !== input.options.adapter.rtl) {
      // Built again for the new direction, on the same window.
      const window = this.view.getWindow();
      this.stop();
      this.start(input, window);
    } else this.apply(this.view, input);
  }

  hostDisconnected(): void {
    // A reader's window survives the element being moved in the page.
    if (this.view) this.parkedWindow = this.view.getWindow();
    this.stop();
    this.failed = false;
  }

  /** Creates the drawing in the next task, with the element's input then. */
  private startSoon(): void {
    this.startTimer ??= setTimeout(() => {
      this.startTimer = undefined;
      if (!this.view && this.host.isConnected && this.isActive()) this.restart(this.options.input());
    });
  }

  /** Draws again where the drawing was when it stopped; a window asked for (`start`, `end`) since then wins. */
  private restart(input: TimelineViewInput): void {
    this.start(input, input.window === this.shown?.window ? this.parkedWindow : undefined);
    this.parkedWindow = undefined;
  }

  /** The visible window, or null before the timeline exists. */
  getWindow(): TimeWindow | null {
    return this.view?.getWindow() ?? null;
  }

  /** Fits the window to all events. */
  fit(cause?: MoveCause, animate = true): void {
    this.view?.fit(animate, cause);
  }

  /** Zooms around the centre: in with a factor below 1, out above. */
  zoom(factor: number, cause?: MoveCause): void {
    this.view?.zoom(factor, cause);
  }

  setWindow(start: Date, end: Date, animate: boolean, cause?: MoveCause): void {
    this.view?.setWindow(start, end, animate, cause);
  }

  /** Zooms to the bar of the density histogram that holds the event, if it is drawn only as part of a count. */
  zoomToCountOf(id: string, cause?: MoveCause): void {
    this.view?.zoomToCountOf(id, cause);
  }

  /** Scrolls the event into view; before the drawing exists, it opens there (without a glide). */
  reveal(prepared: PreparedEvent, cause?: MoveCause, animate = true): void {
    if (this.view) this.view.reveal(prepared, cause, animate);
    else this.pendingReveal = { prepared, cause };
  }

  /** An event the drawing's latest answer holds (with a remote provider, the only place it is known). */
  answeredEvent(id: string): PreparedEvent | undefined {
    return this.view?.answeredEvent(id);
  }

  private isActive(): boolean {
    return this.options.active?.() ?? true;
  }

  private start(input: TimelineViewInput, window?: TimeWindow): void {
    if (this.failed || !this.host.isConnected) return;
    const container = this.options.container();
    if (!container) return;
    try {
      this.view = this.create(container, input, window);
    } catch (error) {
      // A page that enforces Trusted Types without our policy stops vis-timeline in its
      // constructor: say so (once), and leave the list view working.
      this.failed = true;
      container.replaceChildren();
      this.options.report([
        sourceIssue(
          'timeline',
          `The timeline could not be drawn (${String(error)}). If the page enforces Trusted Types, call installInertHtmlPolicy() from conflict-timeline/security and allow "default" in trusted-types.`,
        ),
      ]);
      return;
    }
    this.shown = input;
    this.observeSize(container);
    const pending = this.pendingReveal;
    this.pendingReveal = undefined;
    if (pending) this.view.reveal(pending.prepared, pending.cause, false);
  }

  private create(container: HTMLElement, input: TimelineViewInput, window?: TimeWindow): TimelineView {
    const { options } = this;
    const view = new TimelineView(
      container,
      input.events,
      input.provider,
      input.options,
      window ?? input.window,
      {
        onSelect: (id) => options.onSelect(id),
        onRangeChanged: (start, end, cause) => options.onRangeChanged(start, end, cause),
        onRendered: (itemCount) => options.onRendered(itemCount),
        onQueryError: (error) =>
          options.report([sourceIssue('queryProvider', `The query provider failed: ${String(error)}`)]),
        onCounts: (counts) => options.onCounts?.(counts),
      },
      input.index,
    );
    if (input.selectedId) view.setSelection(input.selectedId);
    if (input.focusedId) view.setFocused(input.focusedId);
    return view;
  }

  /** Hands the view what changed since it was last given its input. */
  private apply(view: TimelineView, input: TimelineViewInput): void {
    const shown = this.shown;
    this.shown = input;
    if (input.options !== shown?.options) view.setOptions(input.options);
    if (input.events !== shown?.events || input.provider !== shown?.provider)
      view.setEvents(input.events, input.provider, input.window, input.index);
    else if (input.window && input.window !== shown?.window)
      view.setWindow(input.window.start, input.window.end, false);
    if (input.selectedId !== shown?.selectedId) view.setSelection(input.selectedId);
    if (input.focusedId !== shown?.focusedId) view.setFocused(input.focusedId);
  }

  /**
   * vis-timeline does not notice size changes on its own (autoResize is off): follow the
   * container's width. (Its height is vis-timeline's own, growing with the stack: no input.)
   */
  private observeSize(container: HTMLElement): void {
    let width = container.clientWidth;
    this.resizeObserver = new ResizeObserver(() => {
      // The observer also reports the size it starts with: only a change needs a new layout.
      if (container.clientWidth === width) return;
      width = container.clientWidth;
      this.view?.resize();
    });
    this.resizeObserver.observe(container);
  }

  private stop(): void {
    clearTimeout(this.startTimer);
    this.startTimer = undefined;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.view?.destroy();
    this.view = undefined;
  }
}

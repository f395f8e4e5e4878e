/**
 * The element's drawing, wide or narrow. Wide: vis-timeline (`TimelineViewController`) with the
 * overview band above it and, where a window is too dense to draw its events, the table of counts
 * that stands for the density histogram. Narrow (the element 480 px wide or less,
 * `LayoutModeController`): the element's own vertical drawing. The element asks it to show an
 * event, and it moves the window or scrolls the entry, whichever is drawn; it says when it has
 * drawn (`ct-render`) and when the window moved (`ct-range-change`).
 */
import { nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { emit } from '../../dom-events/events.js';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import type { PreparedEvent } from '../../model/prepared.js';
import type { ValidationIssue } from '../../model/validate.js';
import type { MoveCause } from '../../timeline/timeline-view.js';
import { DensityTableController } from './density-table-controller.js';
import { LayoutModeController } from './layout-mode-controller.js';
import { NarrowDrawingController } from './narrow-drawing-controller.js';
import { OverviewController } from './overview-controller.js';
import { TimelineViewController, type TimelineViewInput } from './timeline-view-controller.js';

export interface DrawingOptions {
  /** The box vis-timeline draws in (once the element has rendered). */
  container(): HTMLElement | null;
  /** What the wide drawing shows, read after each update. */
  input(): TimelineViewInput;
  /** Create vis-timeline in a task of its own (see `TimelineViewControllerOptions.deferStart`). */
  deferStart?(): boolean;
  /** The events shown (the legend's filter applied), in time order. */
  shown(): readonly PreparedEvent[];
  format(): LocaleFormat;
  /** The list view draws nothing. */
  view(): 'timeline' | 'list';
  /** Whether events are drawn as counts where dense (an index, a query provider): then always wide. */
  counted(): boolean;
  selectedId(): string | null;
  focusedId(): string | null;
  /** True while data is on its way (no `ct-render` then: an empty drawing is not the answer). */
  loading(): boolean;
  /** The reader picked an event in the drawing (or cleared the selection: null). */
  choose(id: string | null): void;
  /** A title in the overview was clicked. */
  showEvent(id: string): void;
  announce(text: string): void;
  report(issues: readonly ValidationIssue[]): void;
}

export class DrawingController implements ReactiveController {
  /** The wide drawing: its window can be fitted, zoomed and set. */
  readonly timeline: TimelineViewController;
  private readonly layoutMode: LayoutModeController;
  private readonly narrow: NarrowDrawingController;
  private readonly overview: OverviewController;
  private readonly counts: DensityTableController;
  /** What the overview was last laid out for: new events, words or view lay it out again. */
  private overviewFor: readonly unknown[] = [];

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: DrawingOptions,
  ) {
    this.layoutMode = new LayoutModeController(host);
    this.timeline = new TimelineViewController(host, {
      container: options.container,
      active: () => !this.vertical,
      input: options.input,
      deferStart: options.deferStart,
      onSelect: options.choose,
      onRangeChanged: (start, end, cause) => this.rangeChanged(start, end, cause),
      onRendered: (itemCount) => {
        this.overview.refreshIfStale();
        if (!options.loading()) emit(host, 'ct-render', { itemCount });
      },
      report: options.report,
      onCounts: (counts) => this.counts.show(counts),
    });
    this.counts = new DensityTableController(host, {
      format: options.format,
      shown: () => options.view() === 'timeline',
    });
    this.narrow = new NarrowDrawingController(host, {
      shown: () => this.vertical && options.view() === 'timeline',
      events: options.shown,
      format: options.format,
      selectedId: options.selectedId,
      focusedId: options.focusedId,
      loading: options.loading,
      choose: options.choose,
    });
    this.overview = new OverviewController(host, {
      events: options.shown,
      format: options.format,
      window: () => this.timeline.getWindow(),
      width: () => options.container()?.clientWidth ?? 0,
      showEvent: options.showEvent,
      showWindow: (start, end, animate) => this.timeline.setWindow(start, end, animate, 'pointer'),
    });
    // After the drawings: the overview is laid out for the window they have just drawn.
    host.addController(this);
  }

  /**
   * Whether the element lays its events out vertically itself (narrow). Not for data drawn as
   * counts (too many events to draw each): those keep the wide drawing, which draws counts.
   */
  get vertical(): boolean {
    return this.layoutMode.mode === 'narrow' && !this.options.counted();
  }

  hostUpdated(): void {
    const inputs = [this.options.shown(), this.options.format(), this.options.view()];
    if (inputs.some((input, index) => input !== this.overviewFor[index])) this.overview.refresh();
    this.overviewFor = inputs;
  }

  /** Shows an event: the wide drawing moves its window (gliding if `animate`), the narrow one scrolls to its entry. */
  reveal(prepared: PreparedEvent, cause?: MoveCause, animate = true): void {
    if (this.vertical) this.narrow.reveal(prepared);
    else this.timeline.reveal(prepared, cause, animate);
  }

  /** The first shown event that ends inside the window or after it (where the keyboard starts). */
  firstInView(): string | undefined {
    const window = this.timeline.getWindow();
    return this.options.shown().find((prepared) => !window || prepared.endTime >= window.start.getTime())?.event.id;
  }

  /** The overview band (wide timeline view only). */
  renderOverview(): TemplateResult | typeof nothing {
    return this.options.view() === 'timeline' && !this.vertical ? this.overview.render() : nothing;
  }

  /** The narrow drawing (narrow timeline view only). */
  renderNarrow(): TemplateResult | typeof nothing {
    return this.options.view() === 'timeline' && this.vertical ? this.narrow.render() : nothing;
  }

  /** The table of counts that stands for the density histogram, for assistive technology. */
  renderCounts(): TemplateResult | typeof nothing {
    return this.counts.render();
  }

  private rangeChanged(start: Date, end: Date, cause: MoveCause): void {
    const byUser = cause !== 'code';
    emit(this.host, 'ct-range-change', { start, end, byUser });
    // vis-timeline reports the end of every move, also of the first window (200 ms after it was
    // set): the band is laid out again only if the window moved since it was.
    this.overview.refreshIfStale();
    // Say where the user has moved to (a keyboard move to an event says the event instead).
    if (byUser && cause !== 'keyboard-reveal') this.options.announce(this.options.format().windowShown(start, end));
  }
}

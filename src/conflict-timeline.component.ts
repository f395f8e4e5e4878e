import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { conflictTimelineStyles } from './conflict-timeline.styles.js';
import { visTimelineStyles } from './generated/vis-timeline.styles.js';
import { emit } from './dom-events/events.js';
import type { ConflictEvent, EventType } from './model/types.js';
import { EVENT_TYPES } from './model/types.js';
import type { ValidationIssue } from './model/validate.js';
import { pickText, pickedLang, type PreparedEvent } from './model/prepared.js';
import { parseEdtf, spanStart } from './model/edtf.js';
import { getLocale, type TimelineLocale } from './i18n/locales.js';
import { axisLabelFormatter, explainDate, formatSourceDate } from './i18n/format-date.js';
import { toNumerals } from './i18n/numerals.js';
import { accessibleName, itemDomId, type GroupBy } from './timeline/timeline-items.js';
import { keyboardCommand } from './internal/keyboard.js';
import type { AdapterOptions } from './timeline/vis-adapter.js';
import { TimelineView, type QueryProviderSource, type TimelineViewOptions } from './timeline/timeline-view.js';
import type { Aggregate } from './timeline/lod/query.js';
import type { TimeIndex } from './timeline/lod/time-index.js';
import { AGGREGATE_LANE } from './timeline/lod/lod-items.js';
import { aggregatePeriod, formatPeriodEdge } from './i18n/aggregate-period.js';
import { resolveLang } from './i18n/resolve-lang.js';
import { fetchSource, readLightDom, type LoadedEvents } from './loaders/load-source.js';
import { ingestEvents, ingestEventsNow, needsSlicing, type IngestResult } from './model/ingest.js';
import { iraqCoalitionEvents } from '../events/iraq-coalition.js';

export type Numerals = 'arab' | 'latn';

/** The DOM id of an event's list entry: derived from the id, but only from characters safe in an id. */
function entryDomId(id: string): string {
  return itemDomId(id).replace(/^ct-item-/, 'ct-entry-');
}

/**
 * A window bound from an attribute. A calendar date (`2016-01-01`, `2016-01`) is local midnight,
 * like the events' dates (`new Date('2016-01-01')` would be UTC midnight: the day before in the
 * Americas); anything else is read by `Date`.
 */
function attributeDate(value: string): Date | null {
  const parsed = parseEdtf(value);
  const date = parsed.ok ? spanStart(parsed.date) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * vis-timeline reports the end of a move (`rangechanged`) about 200 ms after it: a range change
 * within this long after our control or key moved the window was the user's.
 */
const USER_MOVE_WINDOW_MS = 1000;

/**
 * Events the list renders at a time (100,000 list items at once would freeze the page): a page
 * around the current event, grown on demand.
 */
const LIST_PAGE = 500;

/**
 * In the timeline view the (visually hidden) list is not what the reader waits for: it starts with
 * this many entries and grows by `LIST_GROWTH` in idle time, so the drawing comes first.
 */
const LIST_FIRST = 20;
const LIST_GROWTH = 100;

const countFormats = new Map<string, Intl.NumberFormat>();

/** Grouped digits for counts ("1,234"), Latin digits first (`numerals` converts them after). */
function countFormat(lang: string): Intl.NumberFormat {
  let format = countFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(`${lang.split('-')[0] || 'en'}-u-nu-latn`);
    countFormats.set(lang, format);
  }
  return format;
}
export type Theme = 'auto' | 'light' | 'dark';
export type View = 'timeline' | 'list';

/**
 * An interactive, bilingual timeline of dated news events, drawn with vis-timeline inside its
 * shadow root. With no data of its own it shows the events of the article on the US-led
 * coalition in Iraq.
 *
 * @summary A timeline of dated conflict events, in Arabic (right-to-left) and English.
 * @tagname conflict-timeline
 *
 * @fires {CustomEvent<CtSelectDetail>} ct-select - The user selected an event (`detail.id`, `detail.event`), or cleared the selection (`id: null`).
 * @fires {CustomEvent<CtRangeChangeDetail>} ct-range-change - The visible window changed (`detail.start`, `detail.end`, `detail.byUser`).
 * @fires {CustomEvent<CtLoadDetail>} ct-load - Data was read and validated (`detail.count`, `detail.source`).
 * @fires {CustomEvent<CtErrorDetail>} ct-error - Some input was invalid or could not be loaded (`detail.message`, `detail.issues`). Valid events are still shown.
 * @fires {CustomEvent<CtRenderDetail>} ct-render - The timeline has drawn (`detail.itemCount`).
 *
 * @slot - Optional light-DOM data: an `<ol>`/`<ul>` of `<li><time datetime="…">…</time> title</li>` (readable before the script loads), or a `<script type="application/json">` with an array of events.
 *
 * @csspart base - The wrapper of everything the element draws.
 * @csspart toolbar - The toolbar: the legend and the controls (one tab stop; arrows move along it).
 * @csspart controls - The zoom, fit and view buttons.
 * @csspart legend - The category legend (each entry toggles its category).
 * @csspart timeline - The box vis-timeline draws in (hidden from assistive technology, which reads the list).
 * @csspart item - (Within `timeline`, styled through `.vis-item` classes) use `--ct-color-*` instead.
 * @csspart details - The details panel of the selected event.
 * @csspart list - The events as an ordered list in time order: the list view, and in the timeline view the (visually hidden) reading order and keyboard stop.
 * @csspart notice - The visible error notice.
 *
 * @cssprop [--ct-font-family] - Font of all text.
 * @cssprop [--ct-font-size=0.875rem] - Base font size.
 * @cssprop [--ct-background=#ffffff] - Background.
 * @cssprop [--ct-surface=#f5f6f8] - Background of controls and panels.
 * @cssprop [--ct-text=#1b1f24] - Text colour.
 * @cssprop [--ct-muted-text=#4a525c] - Secondary text colour.
 * @cssprop [--ct-border=#c9ced6] - Border colour.
 * @cssprop [--ct-axis-text=#3b4350] - Time-axis label colour.
 * @cssprop [--ct-grid=#e4e7ec] - Grid line colour.
 * @cssprop [--ct-focus-ring=#1155cc] - Keyboard focus ring colour.
 * @cssprop [--ct-selected=#1155cc] - Selected event outline colour.
 * @cssprop [--ct-spacing=0.5rem] - Gap between parts.
 * @cssprop [--ct-radius=6px] - Corner radius.
 * @cssprop [--ct-label-max-width=12em] - Widest a day's label is drawn before it is cut with an ellipsis.
 * @cssprop [--ct-timeline-height=440px] - Tallest the timeline area grows before it scrolls.
 * @cssprop [--ct-color-battles] - Colour of battles.
 * @cssprop [--ct-color-explosions-remote-violence] - Colour of explosions and remote violence (air and drone strikes).
 * @cssprop [--ct-color-violence-against-civilians] - Colour of violence against civilians.
 * @cssprop [--ct-color-protests] - Colour of protests.
 * @cssprop [--ct-color-riots] - Colour of riots.
 * @cssprop [--ct-color-strategic-developments] - Colour of strategic developments (talks, votes, declarations).
 */
export class ConflictTimeline extends LitElement {
  static override styles = [visTimelineStyles, conflictTimelineStyles];

  /** The events to show. Setting it replaces any other data source. Validated: invalid events are reported through `ct-error` and left out. */
  @property({ attribute: false }) events?: readonly ConflictEvent[];

  /** URL of a JSON (this library's format or TimelineJS) or TimelineJS CSV file to load. A change aborts the previous request. */
  @property({ reflect: true }) src?: string;

  /** Language of the interface and the event texts: `ar` (right-to-left) or `en`. Falls back to the nearest `lang` ancestor, then the document. */
  @property({ reflect: true }) override lang = '';

  /** Digits used in dates: `latn` (0-9, as the source article writes them) or `arab` (٠-٩). */
  @property({ reflect: true }) numerals: Numerals = 'latn';

  /** Lanes: one per ACLED event type (`category`), per main actor (`actor`), or none. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupBy = 'none';

  /** Start of the visible window (an ISO date); with `end`, replaces fitting the window to the data. */
  @property({ reflect: true }) start?: string;

  /** End of the visible window (an ISO date). */
  @property({ reflect: true }) end?: string;

  /** Colour theme: `auto` follows the reader's system, or force `light` or `dark`. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** `timeline` (the drawn timeline) or `list` (an ordered list with the same events and details). */
  @property({ reflect: true }) view: View = 'timeline';

  /**
   * Answers the timeline's window queries instead of the built-in in-memory index. Either a
   * provider (a server or database behind the `EventQueryProvider` interface, for data too large
   * for a browser; then `events` may be empty), or a function making one for the element's events,
   * e.g. `(events) => new WorkerQueryProvider(events, createQueryWorker)` from `conflict-timeline/lod`.
   */
  @property({ attribute: false }) queryProvider?: QueryProviderSource;

  @state() private shownEvents: readonly PreparedEvent[] = [];
  /** The time index of `shownEvents`, when the sliced ingest built it. */
  private shownIndex?: TimeIndex;
  @state() private selectedId: string | null = null;
  @state() private hiddenTypes: ReadonlySet<EventType> = new Set();
  @state() private issues: readonly ValidationIssue[] = [];
  @state() private effectiveLang = 'en';
  /** The event the keyboard is on: the list entry that holds the one tab stop. */
  @state() private activeId: string | null = null;
  /** What the polite live region says. */
  @state() private announcement = '';
  /** Which toolbar button holds the toolbar's one tab stop (legend entries first, then controls). */
  @state() private toolbarStop = 0;
  /** The page of the event list that is rendered: from `listStart`, `listLimit` events. */
  @state() private listStart = 0;
  @state() private listLimit = LIST_PAGE;
  /** How much of the page is rendered yet, in the timeline view (see LIST_FIRST). */
  @state() private listRendered = LIST_FIRST;
  private listGrowth?: number;

  private timelineView?: TimelineView;
  private resizeObserver?: ResizeObserver;
  private loadAbort?: AbortController;
  /** When the user's own control or key last moved the window. */
  private userMovedWindowAt = -Infinity;
  /** When a keyboard move last scrolled to an event: that move announces the event, not the window. */
  private keyboardRevealAt = -Infinity;
  /** True while a `src` is being fetched. */
  private loading = false;

  /** The events currently shown (after validation), in time order. */
  get validEvents(): readonly ConflictEvent[] {
    return this.shownEvents.map((prepared) => prepared.event);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.effectiveLang = resolveLang(this);
    // On a reconnect the shadow root is already rendered: start the timeline again.
    if (this.hasUpdated)
      void this.updateComplete.then(() => {
        this.startTimeline();
        this.growListWhenIdle();
      });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTimeline();
    this.stopListGrowth();
    this.loadAbort?.abort();
    this.loadAbort = undefined;
  }

  /** Selects an event, shows its details and scrolls it into view. */
  focusEvent(id: string): void {
    const prepared = this.shownEvents.find((item) => item.event.id === id);
    if (!prepared) return;
    this.selectedId = id;
    this.activeId = id;
    this.timelineView?.setSelection(id);
    this.timelineView?.reveal(prepared);
  }

  /** Fits the visible window to all shown events. */
  fit(): void {
    this.timelineView?.fit();
  }

  /** Sets the visible window; at once unless `animate` is true (and the reader allows motion). */
  setWindow(start: Date | string | number, end: Date | string | number, options: { animate?: boolean } = {}): void {
    this.timelineView?.setWindow(new Date(start), new Date(end), options.animate ?? false);
  }

  /** The visible window, or null before the timeline exists. */
  getWindow(): { start: Date; end: Date } | null {
    return this.timelineView?.getWindow() ?? null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.effectiveLang = resolveLang(this);
    if (!this.hasUpdated || changed.has('events') || changed.has('src')) this.loadData();
  }

  protected override firstUpdated(): void {
    this.startTimeline();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.growListWhenIdle();
    const view = this.timelineView;
    if (!view) return;
    if (view.isRtl !== (this.locale().dir === 'rtl')) {
      // vis-timeline lays out its direction once, when created: build it again, keeping the window.
      const window = view.getWindow();
      this.stopTimeline();
      this.startTimeline(window);
      return;
    }
    const has = (name: string) => changed.has(name as keyof ConflictTimeline);
    if (has('shownEvents') || has('queryProvider')) {
      view.setEvents(this.shownEvents, this.queryProvider, this.requestedWindow(), this.shownIndex);
    } else if (has('effectiveLang') || has('numerals') || has('groupBy') || has('hiddenTypes')) {
      view.setOptions(this.viewOptions());
    }
    if ((has('start') || has('end')) && this.requestedWindow()) {
      const window = this.requestedWindow()!;
      view.setWindow(window.start, window.end, false);
    }
    if (has('selectedId')) view.setSelection(this.selectedId);
    if (has('activeId')) view.setFocused(this.activeId);
  }

  private startTimeline(window?: { start: Date; end: Date }): void {
    if (this.timelineView || !this.isConnected) return;
    const container = this.renderRoot.querySelector<HTMLElement>('.timeline');
    if (!container) return;
    try {
      this.timelineView = this.createView(container, window);
    } catch (error) {
      // A page that enforces Trusted Types without our policy stops vis-timeline in its
      // constructor: say so, and leave the list view working.
      container.replaceChildren();
      this.reportIssues([
        {
          index: -1,
          field: 'timeline',
          severity: 'error',
          message: `The timeline could not be drawn (${String(error)}). If the page enforces Trusted Types, call installInertHtmlPolicy() from conflict-timeline/security and allow "default" in trusted-types.`,
        },
      ]);
      return;
    }
    this.observeSize(container);
  }

  private createView(container: HTMLElement, window?: { start: Date; end: Date }): TimelineView {
    const view = new TimelineView(
      container,
      this.shownEvents,
      this.queryProvider,
      this.viewOptions(),
      window ?? this.requestedWindow(),
      {
        onSelect: (id) => this.select(id),
        onRangeChanged: (start, end, byUser) => this.handleRangeChanged(start, end, byUser),
        // Not before the data is there: a `src` still loading would report an empty drawing.
        onRendered: (itemCount) => this.loading || emit(this, 'ct-render', { itemCount }),
        onQueryError: (error) =>
          this.reportIssues([
            {
              index: -1,
              field: 'queryProvider',
              severity: 'error',
              message: `The query provider failed: ${String(error)}`,
            },
          ]),
      },
      this.shownIndex,
    );
    if (this.selectedId) view.setSelection(this.selectedId);
    if (this.activeId) view.setFocused(this.activeId);
    return view;
  }

  /** vis-timeline does not notice size changes on its own (autoResize is off): follow the container. */
  private observeSize(container: HTMLElement): void {
    let size = `${container.clientWidth}x${container.clientHeight}`;
    this.resizeObserver = new ResizeObserver(() => {
      // The observer also reports the size it starts with: only a change needs a new layout.
      const next = `${container.clientWidth}x${container.clientHeight}`;
      if (next === size) return;
      size = next;
      this.timelineView?.resize();
    });
    this.resizeObserver.observe(container);
  }

  private stopTimeline(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.timelineView?.destroy();
    this.timelineView = undefined;
  }

  /** The window the `start` and `end` attributes ask for, if both are valid dates. */
  private requestedWindow(): { start: Date; end: Date } | null {
    const start = this.start ? attributeDate(this.start) : null;
    const end = this.end ? attributeDate(this.end) : null;
    if (!start || !end || start >= end) return null;
    return { start, end };
  }

  /** Reads the current data source: at once for local data, asynchronously for `src`. */
  private loadData(): void {
    this.loadAbort?.abort();
    this.loadAbort = undefined;
    if (this.events !== undefined) {
      this.applyLoaded({ kind: 'property', candidates: this.events, issues: [] });
    } else if (this.src) {
      void this.loadSrc(this.src);
    } else {
      this.applyLoaded(readLightDom(this, this.effectiveLang, iraqCoalitionEvents));
    }
  }

  private async loadSrc(url: string): Promise<void> {
    const abort = new AbortController();
    this.loadAbort = abort;
    this.loading = true;
    try {
      const loaded = await fetchSource(url, abort.signal, this.effectiveLang);
      // A newer source was asked for while this one loaded: its answer is stale.
      if (this.loadAbort === abort) this.applyLoaded(loaded);
    } catch (error) {
      if (this.loadAbort === abort) this.loading = false;
      if (!abort.signal.aborted)
        this.reportIssues([
          {
            index: -1,
            field: 'src',
            severity: 'error',
            message: `Could not load events from ${url}: ${String(error)}`,
          },
        ]);
    }
  }

  private applyLoaded({ kind, candidates, issues: importIssues }: LoadedEvents): void {
    // A large input is ingested in slices; a newer load (loadData) aborts it through loadAbort.
    const abort = this.loadAbort ?? new AbortController();
    this.loadAbort = abort;
    const show = ({ events, issues, index }: IngestResult): void => {
      this.loading = false;
      this.shownEvents = events;
      this.shownIndex = index;
      this.listRendered = LIST_FIRST;
      if (this.selectedId && !this.shownEvents.some((prepared) => prepared.event.id === this.selectedId))
        this.selectedId = null;
      emit(this, 'ct-load', { count: this.shownEvents.length, source: kind });
      this.reportIssues([...importIssues, ...issues]);
    };
    if (!needsSlicing(candidates)) show(ingestEventsNow(candidates));
    else
      ingestEvents(candidates, { signal: abort.signal }).then(show, (error: unknown) => {
        if (!abort.signal.aborted) throw error;
      });
  }

  /** Every problem goes three ways: the console, a `ct-error` event and the visible notice. */
  private reportIssues(issues: readonly ValidationIssue[]): void {
    this.issues = issues;
    if (!issues.length) return;
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    const message = `${errors} error(s) and ${issues.length - errors} warning(s) in the timeline data; ${this.shownEvents.length} valid event(s) shown.`;
    console.warn(
      `<conflict-timeline>: ${message}`,
      issues.map((issue) => issue.message),
    );
    emit(this, 'ct-error', { message, issues });
  }

  private viewOptions(): TimelineViewOptions {
    return {
      adapter: this.adapterOptions(),
      hiddenTypes: this.hiddenTypes,
      labelRoomPx: this.labelRoomPx(),
      items: {
        lang: this.effectiveLang,
        groupBy: this.groupBy,
        formatDate: (prepared) => this.formatDate(prepared),
        aggregateText: {
          label: (aggregate) => this.formatCount(aggregate.count),
          ariaLabel: (aggregate) => this.aggregateName(aggregate),
        },
      },
    };
  }

  private formatCount(count: number): string {
    return toNumerals(countFormat(this.effectiveLang).format(count), this.numerals);
  }

  private aggregateName(aggregate: Aggregate): string {
    const period = aggregatePeriod(aggregate.start, aggregate.end, this.effectiveLang, this.numerals);
    return this.locale().ui.aggregate(this.formatCount(aggregate.count), this.typeName(aggregate.eventType), period);
  }

  private adapterOptions(): AdapterOptions {
    const locale = this.locale();
    return {
      rtl: locale.dir === 'rtl',
      minorLabel: axisLabelFormatter(this.effectiveLang, 'minor', this.numerals),
      majorLabel: axisLabelFormatter(this.effectiveLang, 'major', this.numerals),
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
      maxHeight: this.timelineMaxHeight(),
      groups: this.groupBy === 'none' ? undefined : this.lanes(),
    };
  }

  /** Half the widest label (12em) at the element's text size, in px: kept free at each edge when fitting. */
  private labelRoomPx(): number | undefined {
    const size = parseFloat(getComputedStyle(this).fontSize);
    // Half of 12em and a little: 90 px at the default 14 px.
    return Number.isFinite(size) && size > 0 ? (size * 90) / 14 : undefined;
  }

  /** `--ct-timeline-height` (px), read once per layout: the tallest the drawing grows before it scrolls. */
  private timelineMaxHeight(): number {
    const value = parseFloat(getComputedStyle(this).getPropertyValue('--ct-timeline-height'));
    return Number.isFinite(value) && value > 0 ? value : 420;
  }

  /** One lane per event type present (or per main actor), plus one for counts when lanes are by actor. */
  private lanes(): { id: string; label: string }[] {
    if (this.groupBy === 'category') {
      return this.presentTypes().map((type) => ({ id: type, label: this.typeName(type) }));
    }
    const actors = new Set<string>();
    for (const prepared of this.shownEvents) actors.add(pickText(prepared.event.actors?.actor1, 'en') || 'unknown');
    return [...[...actors].map((id) => ({ id, label: id })), { id: AGGREGATE_LANE, label: '∑' }];
  }

  /** The event types in the data, in the legend's order (computed once per data: renders are frequent). */
  private presentTypes(): EventType[] {
    return this.memo('presentTypes', [this.shownEvents], () => {
      const present = new Set<EventType>();
      for (const prepared of this.shownEvents) present.add(prepared.eventType);
      return EVENT_TYPES.filter((type) => present.has(type));
    });
  }

  private readonly memos = new Map<string, { inputs: readonly unknown[]; value: unknown }>();

  /** `compute()`'s last value while `inputs` are the same objects (100,000 events are not filtered per key press). */
  private memo<T>(key: string, inputs: readonly unknown[], compute: () => T): T {
    const last = this.memos.get(key);
    if (last && last.inputs.length === inputs.length && last.inputs.every((input, i) => input === inputs[i]))
      return last.value as T;
    const value = compute();
    this.memos.set(key, { inputs, value });
    return value;
  }

  private locale(): TimelineLocale {
    return getLocale(this.effectiveLang);
  }

  private formatDate(prepared: PreparedEvent): string {
    return formatSourceDate(prepared.start, {
      lang: this.effectiveLang,
      numerals: this.numerals,
      qualifier: prepared.event.qualifier,
      end: prepared.end,
    });
  }

  private typeName(type: EventType): string {
    return this.locale().ui.eventTypes[type];
  }

  /** An event by id: from the data, or (with a remote provider) from what it answered. */
  private findPrepared(id: string | null): PreparedEvent | undefined {
    if (id === null) return undefined;
    return this.shownEvents.find((item) => item.event.id === id) ?? this.timelineView?.answeredEvent(id);
  }

  /** Selects an event (or clears the selection) as the user asked, and says so. */
  private select(id: string | null): void {
    this.selectedId = id;
    if (id !== null) {
      this.activeId = id;
      this.showInList(id);
    }
    const prepared = this.findPrepared(id);
    this.announce(
      prepared ? this.locale().ui.opened(pickText(prepared.event.title, this.effectiveLang)) : this.locale().ui.closed,
    );
    emit(this, 'ct-select', { id, event: prepared?.event ?? null });
  }

  private announce(text: string): void {
    // The same sentence twice would not be read again: clear first, then say it on the next frame.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  private handleRangeChanged(start: Date, end: Date, byUser: boolean): void {
    // A move asked for by our own controls or keys is the user's, though vis-timeline saw a call.
    const ours = performance.now() - this.userMovedWindowAt < USER_MOVE_WINDOW_MS;
    emit(this, 'ct-range-change', { start, end, byUser: byUser || ours });
    // Say where the user has moved to (a keyboard move to an event says the event instead).
    const keyboardMove = performance.now() - this.keyboardRevealAt < USER_MOVE_WINDOW_MS;
    if ((byUser || ours) && !keyboardMove) this.announceWindow(start, end);
  }

  private announceWindow(start: Date, end: Date): void {
    const width = end.getTime() - start.getTime();
    const edge = (date: Date) => formatPeriodEdge(date.getTime(), width, this.effectiveLang, this.numerals);
    this.announce(this.locale().ui.showing(edge(start), edge(end)));
  }

  /** Moves the window for the user (controls, keys), so the range change reports `byUser`. */
  private moveWindowForUser(move: (view: TimelineView) => void): void {
    if (!this.timelineView) return;
    this.userMovedWindowAt = performance.now();
    move(this.timelineView);
  }

  /**
   * Keys on the event list (the one tab stop, in both views): move in time order (arrows mirrored
   * right to left), zoom the drawing, close the details. Enter and Space are the entry buttons' own.
   */
  private readonly handleListKeydown = (event: KeyboardEvent): void => {
    const command = keyboardCommand(event, this.locale().dir === 'rtl');
    if (!command || command.kind === 'open') return;
    if (command.kind === 'zoom' && this.view !== 'timeline') return;
    event.preventDefault();
    if (command.kind === 'zoom') this.moveWindowForUser((view) => view.zoom(command.factor));
    else if (command.kind === 'close') this.closeDetails();
    else this.moveTo(this.visibleEvents(), command.to, command.step);
  };

  private moveTo(visible: readonly PreparedEvent[], to: 'first' | 'last' | 'relative', step: number): void {
    if (!visible.length) return;
    const current = visible.findIndex((prepared) => prepared.event.id === this.activeId);
    const index =
      to === 'first'
        ? 0
        : to === 'last'
          ? visible.length - 1
          : current < 0
            ? 0
            : Math.min(visible.length - 1, Math.max(0, current + step));
    const target = visible[index]!;
    this.activeId = target.event.id;
    this.keyboardRevealAt = performance.now();
    this.moveWindowForUser((view) => view.reveal(target));
    this.announce(this.locale().ui.position(this.accessibleName(target), index + 1, visible.length));
    void this.focusEntry(target.event.id);
  }

  /** Puts the keyboard on an event's list entry, rendering the page of the list that holds it. */
  private async focusEntry(id: string): Promise<void> {
    this.showInList(id);
    await this.updateComplete;
    // In the timeline view the list is visually hidden: the drawing shows the focus, the page must not jump.
    this.entryButton(id)?.focus({ preventScroll: this.view === 'timeline' });
    if (this.view === 'list') this.entryButton(id)?.scrollIntoView({ block: 'nearest' });
  }

  /** Makes the rendered page of the list include an event (centred on it when it was outside). */
  private showInList(id: string): void {
    const index = this.visibleEvents().findIndex((prepared) => prepared.event.id === id);
    if (index < 0) return;
    if (index < this.listStart || index >= this.listStart + this.listLimit) {
      this.listStart = Math.max(0, index - LIST_PAGE / 2);
      this.listLimit = LIST_PAGE;
    }
    // The keyboard is in the list: the whole page now, not in idle time.
    this.listRendered = this.listLimit;
  }

  private entryButton(id: string): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`#${CSS.escape(entryDomId(id))}`);
  }

  private accessibleName(prepared: PreparedEvent): string {
    return accessibleName(
      pickText(prepared.event.title, this.effectiveLang),
      this.formatDate(prepared),
      this.effectiveLang,
    );
  }

  private visibleEvents(): readonly PreparedEvent[] {
    return this.memo('visibleEvents', [this.shownEvents, this.hiddenTypes], () =>
      this.hiddenTypes.size
        ? this.shownEvents.filter((prepared) => !this.hiddenTypes.has(prepared.eventType))
        : this.shownEvents,
    );
  }

  private closeDetails(): void {
    if (this.selectedId === null) return;
    const id = this.selectedId;
    this.select(null);
    // Back to the event, as the keyboard left it.
    void this.focusEntry(id);
  }

  private readonly handleDetailsKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.closeDetails();
  };

  /**
   * Tabbing into the list lands on the current event; before there is one, on the list's first
   * rendered entry, which then hands the keyboard to the selected event or the first one in view.
   */
  private readonly handleListFocusIn = (): void => {
    if (this.activeId !== null) return;
    const window = this.timelineView?.getWindow();
    const inView = this.visibleEvents().find((prepared) => !window || prepared.endTime >= window.start.getTime());
    const id = this.selectedId ?? inView?.event.id;
    if (id === undefined) return;
    this.activeId = id;
    void this.focusEntry(id);
  };

  private readonly handleEntryClick = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset['eventId'];
    if (id !== undefined) this.select(id === this.selectedId ? null : id);
  };

  // In the list view these are aria-disabled (still in the toolbar's arrow order) and do nothing.
  private readonly handleZoomIn = (): void => this.moveDrawnWindow((view) => view.zoom(0.5));
  private readonly handleZoomOut = (): void => this.moveDrawnWindow((view) => view.zoom(2));
  private readonly handleFit = (): void => this.moveDrawnWindow((view) => view.fit());

  private moveDrawnWindow(move: (view: TimelineView) => void): void {
    if (this.view === 'timeline') this.moveWindowForUser(move);
  }
  private readonly handleCloseDetails = (): void => this.closeDetails();
  private readonly handleToggleView = (): void => {
    this.view = this.view === 'timeline' ? 'list' : 'timeline';
  };

  private toggleType(type: EventType): void {
    const hidden = new Set(this.hiddenTypes);
    if (hidden.has(type)) hidden.delete(type);
    else hidden.add(type);
    this.hiddenTypes = hidden;
  }

  protected override render(): TemplateResult {
    const locale = this.locale();
    return html`
      <div part="base" class="base" dir=${locale.dir} lang=${this.effectiveLang}>
        ${this.renderToolbar(locale)} ${this.renderNotice(locale)} ${this.renderList(locale)}
        <!-- The drawing shows what the list says: hidden from assistive technology, which reads the list. -->
        <div part="timeline" class="timeline" aria-hidden="true" ?hidden=${this.view !== 'timeline'}></div>
        <p id="ct-keyboard-help" class="sr-only">${locale.ui.keyboardHelp}</p>
        ${this.renderDetails(locale)}
        <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }

  /**
   * The legend and the controls form one toolbar, one tab stop (a roving tabindex): arrows move
   * along it, in reading direction, so that Tab reaches the events after one stop, not eight.
   */
  private renderToolbar(locale: TimelineLocale): TemplateResult {
    const { ui } = locale;
    const present = this.presentTypes();
    const stop = Math.min(this.toolbarStop, present.length + 3);
    const tabindex = (index: number) => (index === stop ? 0 : -1);
    const control = present.length;
    return html`
      <div
        part="toolbar"
        class="toolbar"
        role="toolbar"
        aria-label=${ui.controls}
        @keydown=${this.handleToolbarKeydown}
        @focusin=${this.handleToolbarFocusIn}
      >
        <ul part="legend" class="legend" aria-label=${ui.legend}>
          ${present.map(
            (type, index) =>
              html`<li>
                <button
                  type="button"
                  tabindex=${tabindex(index)}
                  aria-pressed=${this.hiddenTypes.has(type) ? 'false' : 'true'}
                  @click=${() => this.toggleType(type)}
                >
                  <span class="swatch ct-type-${type}"></span>${ui.eventTypes[type]}
                </button>
              </li>`,
          )}
        </ul>
        <span class="spacer"></span>
        <div part="controls" class="controls">
          ${this.renderWindowControl('+', ui.zoomIn, this.handleZoomIn, tabindex(control))}
          ${this.renderWindowControl('−', ui.zoomOut, this.handleZoomOut, tabindex(control + 1))}
          ${this.renderWindowControl(ui.fit, undefined, this.handleFit, tabindex(control + 2))}
          <button
            type="button"
            tabindex=${tabindex(control + 3)}
            @click=${this.handleToggleView}
            aria-pressed=${this.view === 'list' ? 'true' : 'false'}
          >
            ${ui.listView}
          </button>
        </div>
      </div>
    `;
  }

  /** A control that moves the drawn window: `aria-disabled` (still in the toolbar) in the list view. */
  private renderWindowControl(
    text: string,
    label: string | undefined,
    onClick: () => void,
    tabindex: number,
  ): TemplateResult {
    return html`<button
      type="button"
      tabindex=${tabindex}
      @click=${onClick}
      aria-label=${label ?? nothing}
      title=${label ?? nothing}
      aria-disabled=${this.view === 'timeline' ? 'false' : 'true'}
    >
      ${text}
    </button>`;
  }

  private toolbarButtons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part="toolbar"] button')];
  }

  /** Arrows (mirrored right to left), Home and End move along the toolbar. */
  private readonly handleToolbarKeydown = (event: KeyboardEvent): void => {
    const buttons = this.toolbarButtons();
    const current = buttons.indexOf((this.renderRoot as ShadowRoot).activeElement as HTMLButtonElement);
    if (current < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const forward = this.locale().dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const last = buttons.length - 1;
    const targets: Record<string, number> = {
      [forward]: Math.min(last, current + 1),
      [backward]: Math.max(0, current - 1),
      Home: 0,
      End: last,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.toolbarStop = target;
    buttons[target]?.focus();
  };

  /** Focus by click or Tab also moves the tab stop, so that Tab comes back to the button last used. */
  private readonly handleToolbarFocusIn = (event: FocusEvent): void => {
    const index = this.toolbarButtons().indexOf(event.target as HTMLButtonElement);
    if (index >= 0) this.toolbarStop = index;
  };

  private renderNotice(locale: TimelineLocale): TemplateResult | typeof nothing {
    if (!this.issues.length) return nothing;
    const errors = this.issues.filter((issue) => issue.severity === 'error').length;
    return html`
      <div part="notice" class="notice" role="alert">
        ${locale.ui.dataProblems(errors, this.issues.length - errors, this.shownEvents.length)}
        <ul dir="ltr" lang="en">
          ${this.issues.slice(0, 50).map((issue) => html`<li>${issue.message}</li>`)}
        </ul>
      </div>
    `;
  }

  /**
   * The events in time order, as an ordered list of buttons: the reading order for assistive
   * technology and the keyboard's one tab stop (a roving tabindex) in both views. In the timeline
   * view it is visually hidden and the drawing shows the focus; in the list view it is the view.
   */
  private renderList(locale: TimelineLocale): TemplateResult {
    const visible = this.visibleEvents();
    const start = Math.min(this.listStart, Math.max(0, visible.length - 1));
    const size = this.view === 'list' ? this.listLimit : Math.min(this.listLimit, this.listRendered);
    const page = visible.slice(start, start + size);
    // "Show more" once the page is complete (in the timeline view it grows in idle time first).
    const later = size >= this.listLimit ? visible.length - start - page.length : 0;
    const tabStop = page.some((prepared) => prepared.event.id === this.activeId) ? this.activeId : page[0]?.event.id;
    return html`
      <div class="events ${this.view === 'timeline' ? 'sr-only' : ''}">
        ${
          start > 0
            ? this.renderShowMore(
                locale.ui.showEarlier(this.formatCount(Math.min(start, LIST_PAGE))),
                this.handleShowEarlier,
              )
            : nothing
        }
        <ol
          part="list"
          class="list"
          aria-label=${locale.ui.timelineLabel}
          aria-describedby="ct-keyboard-help"
          @keydown=${this.handleListKeydown}
          @focusin=${this.handleListFocusIn}
        >
          ${page.map((prepared) => this.renderEntry(prepared, prepared.event.id === tabStop))}
        </ol>
        ${
          later > 0
            ? this.renderShowMore(locale.ui.showMore(this.formatCount(Math.min(later, LIST_PAGE))), this.handleShowMore)
            : nothing
        }
      </div>
    `;
  }

  private renderEntry(prepared: PreparedEvent, tabStop: boolean): TemplateResult {
    const { event } = prepared;
    const lang = this.effectiveLang;
    const selected = event.id === this.selectedId;
    return html`<li class=${event.id === this.activeId ? 'active' : ''}>
      <button
        type="button"
        class="entry"
        id=${entryDomId(event.id)}
        data-event-id=${event.id}
        tabindex=${tabStop ? 0 : -1}
        aria-expanded=${selected ? 'true' : 'false'}
        aria-controls=${selected ? 'ct-details' : nothing}
        @click=${this.handleEntryClick}
      >
        <span
          ><span class="title" lang=${pickedLang(event.title, lang)} dir="auto">${pickText(event.title, lang)}</span
          ><span class="comma">${lang.startsWith('ar') ? '، ' : ', '}</span></span
        ><span class="date">${this.formatDate(prepared)}</span>
      </button>
      ${
        event.summary
          ? html`<p lang=${pickedLang(event.summary, lang)} dir="auto">${pickText(event.summary, lang)}</p>`
          : nothing
      }
    </li>`;
  }

  private renderShowMore(label: string, onClick: () => void): TemplateResult {
    return html`<button type="button" class="more" @click=${onClick}>${label}</button>`;
  }

  /** Renders more of the hidden list's page in idle time, until the page is complete. */
  private growListWhenIdle(): void {
    if (this.listGrowth !== undefined || this.view !== 'timeline' || this.listRendered >= this.listLimit) return;
    const grow = () => {
      this.listGrowth = undefined;
      if (this.isConnected) this.listRendered += LIST_GROWTH;
    };
    // Safari has no requestIdleCallback.
    this.listGrowth =
      'requestIdleCallback' in window
        ? requestIdleCallback(grow, { timeout: 500 })
        : (setTimeout(grow, 50) as unknown as number);
  }

  private stopListGrowth(): void {
    if (this.listGrowth === undefined) return;
    if ('cancelIdleCallback' in window) cancelIdleCallback(this.listGrowth);
    else clearTimeout(this.listGrowth);
    this.listGrowth = undefined;
  }

  private readonly handleShowMore = (): void => {
    this.listLimit += LIST_PAGE;
    this.listRendered = this.listLimit;
  };

  private readonly handleShowEarlier = (): void => {
    const earlier = Math.min(this.listStart, LIST_PAGE);
    this.listStart -= earlier;
    this.listLimit += earlier;
    this.listRendered = this.listLimit;
  };

  private renderDetails(locale: TimelineLocale): TemplateResult | typeof nothing {
    const prepared = this.findPrepared(this.selectedId);
    if (!prepared) return nothing;
    const { event } = prepared;
    const { ui } = locale;
    const lang = this.effectiveLang;
    const explanation = explainDate(prepared.start, { lang, end: prepared.end, qualifier: event.qualifier });
    return html`
      <section
        id="ct-details"
        part="details"
        class="details ct-type-${prepared.eventType}"
        aria-labelledby="ct-details-title"
        @keydown=${this.handleDetailsKeydown}
      >
        <h2 id="ct-details-title" lang=${pickedLang(event.title, lang)} dir="auto">${pickText(event.title, lang)}</h2>
        <p class="date">${this.formatDate(prepared)}</p>
        ${explanation ? html`<p class="explanation">${explanation}</p>` : nothing}
        ${event.summary ? html`<p lang=${pickedLang(event.summary, lang)} dir="auto">${pickText(event.summary, lang)}</p>` : nothing}
        ${event.source?.quote ? html`<blockquote lang=${event.source.language || 'ar'} dir="auto">${event.source.quote}</blockquote>` : nothing}
        <dl>
          ${this.detailRow(ui.category, locale.ui.eventTypes[prepared.eventType])}
          ${this.detailRow(ui.actors, this.actorsText(event))}
          ${this.detailRow(ui.location, pickText(event.location?.name, lang))}
          ${event.fatalities !== undefined ? this.detailRow(ui.fatalities, toNumerals(String(event.fatalities), this.numerals)) : nothing}
          ${this.detailRow(ui.source, this.sourceText(event))}
          ${event.reportedBy === 'reader-comment' ? this.detailRow(ui.reportedBy, ui.readerComment) : nothing}
        </dl>
        <button type="button" class="close" @click=${this.handleCloseDetails} aria-label=${ui.close} title=${ui.close}>
          ×
        </button>
      </section>
    `;
  }

  private detailRow(label: string, value: string): TemplateResult | typeof nothing {
    if (!value) return nothing;
    return html`<dt>${label}</dt>
      <dd><bdi>${value}</bdi></dd>`;
  }

  private actorsText(event: ConflictEvent): string {
    const { actors } = event;
    if (!actors) return '';
    const lang = this.effectiveLang;
    const names = [actors.actor1, actors.actor2, ...(actors.associated ?? [])]
      .map((actor) => pickText(actor, lang))
      .filter(Boolean);
    return names.join(lang.startsWith('ar') ? '، ' : ', ');
  }

  private sourceText(event: ConflictEvent): string {
    return pickText(event.source?.outlet, this.effectiveLang);
  }
}

import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LocaleFormat } from '../i18n/locale-format.js';
import type { NumeralSystem } from '../i18n/numerals.js';
import type { DataFormat } from '../loaders/types.js';
import type { PreparedEvent } from '../model/prepared.js';
import type { ConflictEvent, EventType } from '../model/types.js';
import type { GroupBy } from '../timeline/timeline-items.js';
import type { QueryProviderSource, TimelineViewOptions } from '../timeline/timeline-view.js';
import { getDefaultEvents, setDefaultEvents } from './default-events.js';
import { requestedWindow } from './requested-window.js';
import { timelineOptions, toggled, withoutHidden } from './timeline-options.js';
import { elementStyles } from './styles/element.styles.js';
import { setUpReading } from './controllers/reading.js';
import { EventSourceController, type ShownEvents } from './controllers/event-source-controller.js';
import { IssueReporter } from './controllers/issue-reporter.js';
import { EventListController } from './controllers/event-list-controller.js';
import { LiveAnnouncer } from './controllers/live-announcer.js';
import { LoadProgressController } from './controllers/load-progress-controller.js';
import { LocaleController } from './controllers/locale-controller.js';
import { ToolbarController } from './controllers/toolbar-controller.js';
import type { TimeWindow } from './controllers/timeline-view-controller.js';
import { DrawingController } from './controllers/drawing.js';
import { emptyStateTemplate, noticeTemplate } from './templates/notice.js';
import { precisionKeyTemplate, type PrecisionKind } from './templates/precision-key.js';
import { EventsSummary } from '../model/events-summary.js';
import { flagName, flagOrText } from './flag-or-text.js';

export type Theme = 'auto' | 'light' | 'dark';
export type View = 'timeline' | 'list';

const NO_EVENTS: ShownEvents = { events: [], summary: EventsSummary.of([]), kind: 'default' };

/**
 * An interactive, bilingual timeline of dated news events, drawn with vis-timeline inside its
 * shadow root. With no data of its own it shows `ConflictTimeline.defaultEvents` (the drop-in
 * bundle makes them the article on the US-led coalition in Iraq), or says how to give it data.
 *
 * @summary A timeline of dated conflict events, in Arabic (right-to-left) and English.
 * @tagname conflict-timeline
 *
 * @fires {CustomEvent<CtSelectDetail>} ct-select - An event was selected (`detail.id`, `detail.event`) by any means (a click, the keyboard, `focusEvent`, Previous/Next, story mode, a deep link), once per selection; or the selection was cleared (`id: null`).
 * @fires {CustomEvent<CtRangeChangeDetail>} ct-range-change - The visible window changed (`detail.start`, `detail.end`, `detail.byUser`).
 * @fires {CustomEvent<CtLoadDetail>} ct-load - Data was read and validated (`detail.count`, `detail.source`).
 * @fires {CustomEvent<CtErrorDetail>} ct-error - Some input was invalid or could not be loaded (`detail.message`, `detail.issues`). Valid events are still shown.
 * @fires {CustomEvent<CtRenderDetail>} ct-render - The timeline has drawn (`detail.itemCount`).
 * @fires {CustomEvent<CtProgressDetail>} ct-progress - A `src` is being read: `detail.rows` and `detail.bytes` read so far, `detail.totalBytes` when the server gave the size. At most every 100 ms, and once with the final counts before `ct-load`.
 *
 * @slot - Optional light-DOM data: an `<ol>`/`<ul>` of `<li><time datetime="…">…</time> title</li>` (readable before the script loads), or a `<script type="application/json">` with an array of events.
 *
 * @csspart base - The wrapper of everything the element draws.
 * @csspart toolbar - The toolbar: the legend and the controls (one tab stop; arrows move along it).
 * @csspart controls - The zoom, fit and view buttons.
 * @csspart legend - The category legend (each entry toggles its category).
 * @csspart overview - The band above the drawing when it does not show every event: the whole span, a mark per event, the titles of the events outside the drawing's window (groups for those with no room), the window as a frame (a brush: press the track or the years to centre the window there, drag the frame to move it). Hidden from assistive technology (the list is the reading order).
 * @csspart timeline - The box vis-timeline draws in (hidden from assistive technology, which reads the list). Its items are styled with the `--ct-color-*` properties.
 * @csspart key - The precision key below the drawing (how a day, a month or year, an approximate and an uncertain date are drawn); shown when the shown events use more than one, in the timeline view of a wide element only.
 * @csspart vertical - The narrow layout's drawing (the element 480 px wide or less): time runs down a rail, each event's date and whole title beside its marker. Hidden from assistive technology, like `timeline`.
 * @csspart details - The card of the selected event.
 * @csspart media - An event's picture in the details panel (a `<figure>`): the image in a box of fixed aspect ratio, its caption and credit; `[data-broken]` when the image did not load (its alt text shows instead).
 * @csspart story-nav - The card's Previous and Next buttons and where the event stands ("3 of 12").
 * @csspart copy-link - The card's "Copy link" (with `deep-link`).
 * @csspart list - The events as an ordered list in time order: the list view, and in the timeline view the (visually hidden) reading order and keyboard stop.
 * @csspart counts - The table of counts that stands for the drawing's density histogram (visually hidden: read by assistive technology), when the window is too dense to draw its events one by one.
 * @csspart notice - The visible error notice.
 * @csspart progress - The indicator of a `src` that takes more than 300 ms to load: rows read, and a bar when the size is known (a polite status, its spoken words updated at most every 5 s).
 * @csspart empty - What an element with no data (and no default) says: how to give it data.
 *
 * @cssprop [--ct-font-family] - Font of all text (default: Noto Sans Arabic, then Noto Sans; in English Noto Sans first).
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
 * @cssprop [--ct-label-max-width=22em] - Widest a day's card (its date over its title) grows before the title wraps; titles are never cut.
 * @cssprop [--ct-timeline-height=560px] - Tallest the timeline area grows before it scrolls (half as high again with lanes).
 * @cssprop [--ct-vertical-height=none] - Tallest the narrow layout's drawing grows before it scrolls (by default it grows with its events and the page scrolls).
 * @cssprop [--ct-color-battles] - Colour of battles.
 * @cssprop [--ct-color-explosions-remote-violence] - Colour of explosions and remote violence (air and drone strikes).
 * @cssprop [--ct-color-violence-against-civilians] - Colour of violence against civilians.
 * @cssprop [--ct-color-protests] - Colour of protests.
 * @cssprop [--ct-color-riots] - Colour of riots.
 * @cssprop [--ct-color-strategic-developments] - Colour of strategic developments (talks, votes, declarations).
 * @cssprop [--ct-media-aspect-ratio=3 / 2] - Aspect ratio of the box an event's picture is shown in (the whole picture shows inside it).
 */
export class ConflictTimeline extends LitElement {
  static override styles = elementStyles;

  /**
   * The events every element with no data of its own shows (none by default). Set it once, e.g.
   * `ConflictTimeline.defaultEvents = iraqCoalitionEvents` (from `conflict-timeline/events/iraq-coalition`);
   * elements already on the page that show the default follow. (The drop-in bundle chooses the
   * article with a loader instead, so that its events arrive only when an element needs them;
   * reading this then gives `undefined` until they have.)
   */
  static get defaultEvents(): readonly ConflictEvent[] | undefined {
    return getDefaultEvents();
  }
  static set defaultEvents(events: readonly ConflictEvent[] | undefined) {
    setDefaultEvents(events);
  }

  /** The events to show. Setting it replaces any other data source. Validated: invalid events are reported through `ct-error` and left out. */
  @property({ attribute: false }) events?: readonly ConflictEvent[];

  /** URL of a file to load: this library's JSON, TimelineJS JSON or CSV, an ACLED export or a UCDP GED CSV (told apart by content; see `format`). A CSV is read as it arrives; a change aborts the previous request. */
  @property({ reflect: true }) src?: string;

  /** The format of `src`: `auto` (detected from its content), or one of `conflict-json`, `timelinejs-json`, `timelinejs-csv`, `acled-csv`, `ucdp-ged-csv` to read it as that format whatever it looks like. An unknown name is reported through `ct-error` and detection is used. */
  @property({ reflect: true }) format: DataFormat = 'auto';

  /**
   * Load `src` in a Web Worker (off by default): fetched, read, validated and indexed there, the
   * page holding only the events the drawing shows, for files of hundreds of thousands of events
   * or more (a million ACLED rows). An `events` array of more than 2,000 events is loaded there
   * too: sent in parts, so that the page's garbage collector never pauses over an object per
   * event (if the worker cannot start, the page reads them, with a warning). The event list then
   * holds no events (the drawing, its counts and their table remain) and `validEvents` is empty.
   * The worker script ships next to the module (`source-worker.js`) or the drop-in bundle
   * (`conflict-timeline.source-worker.js`).
   */
  @property({ type: Boolean, reflect: true }) worker = false;

  /** Language of the interface and the event texts: `ar` (right-to-left) or `en`. Falls back to the nearest `lang` ancestor, then the document, and follows their changes. */
  @property({ reflect: true }) override lang = '';

  /** Digits used in dates: `latn` (0-9, as the source article writes them) or `arab` (٠-٩). */
  @property({ reflect: true }) numerals: NumeralSystem = 'latn';

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

  /**
   * Story mode: opens on the card of the first shown event (`story`), or of the event whose id it
   * names (`story="event-id"`), to be read event by event with Previous and Next. The overview and
   * the drawing stay.
   */
  @property({ converter: flagOrText }) story: boolean | string = false;

  /**
   * Deep links (off by default; off, the element never reads or writes the page's URL). `deep-link`:
   * the URL fragment is the selected event's id (`#event-id`); `deep-link="name"`: this timeline's
   * part of it is `#name=event-id`, leaving other timelines' parts alone. A link selects its event;
   * a selection rewrites the fragment (replacing the history entry, not adding one).
   */
  @property({ attribute: 'deep-link', converter: flagOrText }) deepLink: boolean | string = false;

  @state() private data: ShownEvents = NO_EVENTS;
  @state() private hiddenTypes: ReadonlySet<EventType> = new Set();
  /** How text is written: a new object when the language or the digits change. (Not `format`: that names the data format of `src`.) */
  @state() private localeFormat!: LocaleFormat;

  // Derived in willUpdate from the state above.
  private visible: readonly PreparedEvent[] = [];
  private types: readonly EventType[] = [];
  private precision: readonly PrecisionKind[] = [];
  private viewOptions!: TimelineViewOptions;
  private window: TimeWindow | null = null;

  private readonly locale = new LocaleController(this);
  private readonly issues = new IssueReporter(this, () => this.data.summary.size);
  private readonly announcer = new LiveAnnouncer(this);
  private readonly loadProgress = new LoadProgressController(this, {
    format: () => this.localeFormat,
    announce: (text) => this.announcer.announce(text),
  });
  private readonly source = new EventSourceController(this, {
    lang: () => this.locale.lang,
    show: (shown) => this.show(shown),
    report: (issues) => this.issues.report(issues),
    progress: this.loadProgress,
  });
  private readonly selection = setUpReading(this, {
    events: () => this.data.events,
    shown: () => this.visible,
    answered: (id) => this.timeline.answeredEvent(id),
    ready: () => !this.source.pending,
    format: () => this.localeFormat,
    announce: (text) => this.announcer.announce(text),
    deepLink: () => flagName(this.deepLink),
    story: () => flagName(this.story),
    chosen: (id, reveal, animate) => {
      this.list.show(id);
      // The narrow drawing keeps the chosen entry in view above the details (a sheet at the bottom).
      const prepared =
        reveal || this.drawing.vertical ? this.data.events.find((item) => item.event.id === id) : undefined;
      if (prepared) this.drawing.reveal(prepared, 'code', animate);
    },
    closed: (id) => void this.list.focusEntry(id),
  });
  private readonly list: EventListController = new EventListController(this, {
    events: () => this.visible,
    format: () => this.localeFormat,
    view: () => this.view,
    selectedId: () => this.selection.id,
    firstInView: () => this.drawing.firstInView(),
    moved: (target, index, count) => {
      this.drawing.reveal(target, 'keyboard-reveal');
      this.announcer.announce(
        this.localeFormat.ui.position(this.localeFormat.accessibleName(target), index + 1, count),
      );
    },
    activate: (id) => {
      this.selection.toggle(id);
      // Enter on an event the drawing shows only inside a bar also zooms to that bar.
      if (this.selection.id === id && this.view === 'timeline') this.timeline.zoomToCountOf(id, 'keyboard-reveal');
    },
    zoom: (factor) => this.timeline.zoom(factor, 'keyboard'),
    close: () => this.selection.close(),
  });
  private readonly drawing: DrawingController = new DrawingController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.timeline'),
    // A large input on its way: vis-timeline is created in a task after the one that connected the element.
    deferStart: () => this.source.pending,
    input: () => ({
      events: this.data.events,
      index: this.data.index,
      provider: this.queryProvider ?? this.data.provider,
      options: this.viewOptions,
      window: this.window,
      selectedId: this.selection.id,
      focusedId: this.list.activeId,
    }),
    shown: () => this.visible,
    format: () => this.localeFormat,
    view: () => this.view,
    counted: () => Boolean(this.data.index || this.queryProvider || this.data.provider),
    selectedId: () => this.selection.id,
    focusedId: () => this.list.activeId,
    loading: () => this.source.loading,
    choose: (id) => this.selection.choose(id),
    showEvent: (id) => this.focusEvent(id),
    announce: (text) => this.announcer.announce(text),
    report: (issues) => this.issues.report(issues),
  });
  private readonly timeline = this.drawing.timeline;
  private readonly toolbar = new ToolbarController(this, {
    format: () => this.localeFormat,
    types: () => this.types,
    hiddenTypes: () => this.hiddenTypes,
    view: () => this.view,
    windowControls: () => !this.drawing.vertical,
    toggleType: (type) => (this.hiddenTypes = toggled(this.hiddenTypes, type)),
    toggleView: () => (this.view = this.view === 'timeline' ? 'list' : 'timeline'),
    fit: () => this.timeline.fit('control'),
    zoom: (factor) => this.timeline.zoom(factor, 'control'),
  });

  constructor() {
    super();
    // The visually hidden list renders its other entries once the drawing (wide or narrow) has drawn.
    this.addEventListener('ct-render', () => this.list.drawingDrawn());
  }

  /** The events currently shown (after validation), in time order. */
  get validEvents(): readonly ConflictEvent[] {
    return this.data.events.map((prepared) => prepared.event);
  }

  /** Selects an event, opens its card and scrolls it into view; fires `ct-select` if the selection changed. */
  focusEvent(id: string): void {
    const prepared = this.data.events.find((item) => item.event.id === id);
    if (!prepared) return;
    if (this.selection.id === id) {
      this.list.show(id);
      this.drawing.reveal(prepared);
    } else this.selection.choose(id, { reveal: true });
  }

  /** Fits the visible window to all shown events; animated unless `animate` is false (or the reader prefers less motion). */
  fit(options: { animate?: boolean } = {}): void {
    this.timeline.fit(undefined, options.animate ?? true);
  }

  /** Sets the visible window; at once unless `animate` is true (and the reader allows motion). */
  setWindow(start: Date | string | number, end: Date | string | number, options: { animate?: boolean } = {}): void {
    this.timeline.setWindow(new Date(start), new Date(end), options.animate ?? false);
  }

  /** The visible window, or null before the timeline exists. */
  getWindow(): { start: Date; end: Date } | null {
    return this.timeline.getWindow();
  }

  // Untyped keys: the private state is not in `keyof this`.
  protected override willUpdate(changed: PropertyValues): void {
    const srcFormatChanged = changed.has('format') && this.src && this.events === undefined;
    const srcChanged = changed.has('src') || changed.has('worker');
    if (!this.hasUpdated || changed.has('events') || srcChanged || srcFormatChanged) this.source.load();
    this.localeFormat = this.locale.format;
    if (changed.has('data') || changed.has('hiddenTypes')) {
      this.visible = withoutHidden(this.data.events, this.hiddenTypes);
      this.precision = this.data.summary.precisionKinds(this.hiddenTypes);
    }
    if (changed.has('data')) this.types = this.data.summary.types;
    if (changed.has('start') || changed.has('end')) this.window = requestedWindow(this.start, this.end);
    const lanesChanged = changed.has('data') && this.groupBy !== 'none';
    if (changed.has('localeFormat') || changed.has('groupBy') || changed.has('hiddenTypes') || lanesChanged) {
      const { localeFormat: format, groupBy, hiddenTypes, types } = this;
      this.viewOptions = timelineOptions({ format, groupBy, hiddenTypes, types, events: this.data.events }, this);
    }
  }

  protected override render(): TemplateResult {
    const { localeFormat: format, view } = this;
    const { vertical } = this.drawing;
    const empty = this.data.kind === 'default' && !this.data.events.length && !this.source.pending;
    return html`
      <div part="base" class="base ${vertical ? 'narrow' : ''}" dir=${format.dir} lang=${format.lang}>
        ${this.toolbar.render()} ${this.loadProgress.render()}
        ${noticeTemplate(this.issues.issues, this.data.summary.size, format)}
        ${empty ? emptyStateTemplate(format) : nothing} ${this.list.render()} ${this.drawing.renderOverview()}
        <!-- The drawing shows what the list says: hidden from assistive technology, which reads the list. -->
        <div
          part="timeline"
          class="timeline ${this.groupBy === 'none' ? '' : 'lanes'}"
          aria-hidden="true"
          ?hidden=${view !== 'timeline' || vertical}
        ></div>
        ${this.drawing.renderNarrow()}
        ${view === 'timeline' && !vertical ? precisionKeyTemplate(format, this.precision) : nothing}
        ${this.drawing.renderCounts()}
        <p id="ct-keyboard-help" class="sr-only">${format.ui.keyboardHelp}</p>
        ${this.selection.render()}
        <div class="sr-only" role="status" aria-live="polite">${this.announcer.text}</div>
      </div>
    `;
  }

  /** New data from the source. */
  private show(shown: ShownEvents): void {
    this.data = shown;
    this.list.restart();
    this.selection.keepIn(shown.events);
  }
}

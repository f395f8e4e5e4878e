/**
 * The narrow layout's drawing (the element 480 px wide or less): lays the shown events out down a
 * rail (`src/layout/vertical-layout.ts`, cached per list of events), renders them
 * (`templates/vertical-timeline.ts`), says when it has drawn (`ct-render`, as vis-timeline's
 * drawing does) and scrolls an event's entry into view.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { emit } from '../../dom-events/events.js';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import { verticalLayout, type VerticalEvent, type VerticalRow } from '../../layout/vertical-layout.js';
import type { PreparedEvent } from '../../model/prepared.js';
import { verticalTimelineTemplate, type VerticalTimelineActions } from '../templates/vertical-timeline.js';

export interface NarrowDrawingOptions {
  /** Whether the narrow drawing is what the element shows now. */
  shown(): boolean;
  events(): readonly PreparedEvent[];
  format(): LocaleFormat;
  selectedId(): string | null;
  focusedId(): string | null;
  /** True while data is on its way (no `ct-render` then). */
  loading(): boolean;
  /** An entry was clicked. */
  choose(id: string): void;
}

export class NarrowDrawingController implements ReactiveController {
  private rows: { readonly events: readonly PreparedEvent[]; readonly rows: readonly VerticalRow[] } = {
    events: [],
    rows: [],
  };
  /** The events last reported drawn, or null when the drawing is not shown. */
  private drawn: readonly PreparedEvent[] | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    private readonly options: NarrowDrawingOptions,
  ) {
    host.addController(this);
  }

  render(): TemplateResult {
    const events = this.options.events();
    if (this.rows.events !== events) this.rows = { events, rows: verticalLayout(events.map(verticalEvent)) };
    const state = {
      format: this.options.format(),
      events,
      rows: this.rows.rows,
      selectedId: this.options.selectedId(),
      focusedId: this.options.focusedId(),
    };
    return verticalTimelineTemplate(state, this.actions);
  }

  hostUpdated(): void {
    // Drawn in this update: say so as vis-timeline does (not while a `src` loads).
    const drawn = this.options.shown() ? this.options.events() : null;
    if (drawn && drawn !== this.drawn && !this.options.loading())
      emit(this.host, 'ct-render', { itemCount: drawn.length });
    this.drawn = drawn;
  }

  /** Scrolls an event's entry into view, once the update that draws it is done. */
  reveal(prepared: PreparedEvent): void {
    void this.host.updateComplete.then(() =>
      this.host.renderRoot
        .querySelector(`.v-entry[data-event-id="${CSS.escape(prepared.event.id)}"]`)
        ?.scrollIntoView({ block: 'nearest' }),
    );
  }

  private readonly actions: VerticalTimelineActions = {
    entryClick: (event) => {
      const id = (event.currentTarget as HTMLElement).dataset['eventId'];
      if (id !== undefined) this.options.choose(id);
    },
  };
}

/** An event as the vertical layout measures it. */
function verticalEvent(prepared: PreparedEvent): VerticalEvent {
  return { start: prepared.startTime, end: prepared.endTime, isSpan: prepared.isSpan };
}

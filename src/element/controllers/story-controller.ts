import type { ReactiveController, ReactiveElement } from 'lit';
import type { PreparedEvent } from '../../model/prepared.js';
import { quote } from '../../model/validate-text.js';

export interface StoryOptions {
  /** Off (undefined), on (null: open on the first shown event), or the id of the event to open on. */
  opening(): string | null | undefined;
  /** The element's events (all of them): new ones open the story again. */
  events(): readonly PreparedEvent[];
  /** The events shown (the legend's filter applied), in time order. */
  shown(): readonly PreparedEvent[];
  /** Whether the events are all there (no load in progress). */
  ready(): boolean;
  selectedId(): string | null;
  /**
   * Selects the event (opening its card, firing `ct-select`); `animate`: false on arrival (the
   * drawing jumps to the opening), true when the story is pointed elsewhere later.
   */
  select(id: string, animate: boolean): void;
}

/**
 * Story mode (`story`): when its events arrive, the element opens on the card of the first shown
 * event, or of the one `story="event-id"` names, for TimelineJS-style reading with Previous and
 * Next; the overview and the drawing stay as they are. An event already selected (by a deep link,
 * or the reader) is left open.
 */
export class StoryController implements ReactiveController {
  /** The events the story last opened for, and the opening it used. */
  private openedFor?: readonly PreparedEvent[];
  private openedAt: string | null | undefined;

  constructor(
    host: ReactiveElement,
    private readonly options: StoryOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const opening = this.options.opening();
    const events = this.options.events();
    if (opening === undefined || !this.options.ready() || !events.length) return;
    if (events === this.openedFor && opening === this.openedAt) return;
    // A story pointed elsewhere after it opened goes there; on arrival it leaves a selection open.
    const moved = this.openedFor !== undefined && opening !== this.openedAt;
    this.openedFor = events;
    this.openedAt = opening;
    if (this.options.selectedId() !== null && !moved) return;
    const target = this.target(opening);
    if (target && target.event.id !== this.options.selectedId()) this.options.select(target.event.id, moved);
  }

  private target(opening: string | null): PreparedEvent | undefined {
    if (opening !== null) {
      const named = this.options.events().find((prepared) => prepared.event.id === opening);
      if (named) return named;
      console.warn(`<conflict-timeline>: story names no event here; opening on the first: ${quote(opening)}`);
    }
    return this.options.shown()[0];
  }
}

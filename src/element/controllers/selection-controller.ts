import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { emit } from '../../dom-events/events.js';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import type { PreparedEvent } from '../../model/prepared.js';
import { storyStep } from '../story-steps.js';
import { detailsTemplate, type DetailsActions } from '../templates/details.js';
import { storyNavTemplate, type StoryNavActions } from '../templates/story-controls.js';

export interface SelectionOptions {
  /** An event by id: from the data, or (with a remote provider) from what the drawing was answered. */
  find(id: string): PreparedEvent | undefined;
  /** The events shown (the legend's filter applied), in time order: what Previous and Next step through. */
  shown(): readonly PreparedEvent[];
  format(): LocaleFormat;
  announce(text: string): void;
  /**
   * An event was selected (the element makes it the keyboard's current one); `reveal`: the
   * drawing must move to show it (the reader did not pick it there), animated or not.
   */
  chosen(id: string, reveal: boolean, animate: boolean): void;
  /** The user closed the details of this event (the keyboard goes back to it). */
  closed(id: string): void;
  /** More controls at the foot of the card of this event (Copy link), if any. */
  cardExtras?(id: string): TemplateResult | typeof nothing;
}

/** How a selection was made. */
export interface ChooseOptions {
  /** Move the drawing to the event (a selection made outside the drawing). */
  readonly reveal?: boolean;
  /**
   * Animate that move (default). A selection the page arrives with (a deep link, a story's
   * opening) jumps: a glide across years before the reader has seen anything only delays them.
   */
  readonly animate?: boolean;
}

/**
 * The selected event and its card. Every selection (a click, the keyboard, `focusEvent`,
 * Previous/Next, story mode, a deep link) goes through `choose`, which announces it and fires
 * `ct-select` once; `set` changes it silently (for the element's own bookkeeping). No lifecycle of
 * its own: it asks its host to update when the selection changes.
 */
export class SelectionController {
  /** The selected event's id (null: none, the details are closed). */
  id: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: SelectionOptions,
  ) {}

  /** Selects an event, or clears the selection (null), without announcing or firing anything. */
  set(id: string | null): void {
    if (id === this.id) return;
    this.id = id;
    this.host.requestUpdate();
  }

  /** Selects an event (or clears the selection), says so and fires `ct-select`. */
  choose(id: string | null, { reveal = false, animate = true }: ChooseOptions = {}): void {
    this.set(id);
    if (id !== null) this.options.chosen(id, reveal, animate);
    const prepared = id === null ? undefined : this.options.find(id);
    const { ui } = this.options.format();
    this.options.announce(prepared ? ui.opened(this.options.format().text(prepared.event.title)) : ui.closed);
    emit(this.host, 'ct-select', { id, event: prepared?.event ?? null });
  }

  /** A click on the selected event's entry closes its details; on another, selects it. */
  toggle(id: string): void {
    this.choose(id === this.id ? null : id);
  }

  /** Closes the details as the user asked; the keyboard goes back to the event. */
  close(): void {
    const { id } = this;
    if (id === null) return;
    this.choose(null);
    this.options.closed(id);
  }

  /** Goes to the shown event before (-1) or after (1) the selected one in time, if there is one. */
  step(direction: -1 | 1): void {
    const current = this.id === null ? undefined : this.options.find(this.id);
    if (!current) return;
    const step = storyStep(this.options.shown(), current);
    const target = direction < 0 ? step.previous : step.next;
    if (target) this.choose(target.event.id, { reveal: true });
  }

  /** New events: the selection stays if its event is still there. */
  keepIn(events: readonly PreparedEvent[]): void {
    if (this.id !== null && !events.some((prepared) => prepared.event.id === this.id)) this.set(null);
  }

  /** The card of the selected event, if any. */
  render(): TemplateResult | typeof nothing {
    const prepared = this.id === null ? undefined : this.options.find(this.id);
    if (!prepared) return nothing;
    const format = this.options.format();
    const shown = this.options.shown();
    // No steps where no event is shown one by one (a query provider's answer only).
    const footer = html`${shown.length ? storyNavTemplate(storyStep(shown, prepared), format, this.nav) : nothing}
    ${this.options.cardExtras?.(prepared.event.id) ?? nothing}`;
    return detailsTemplate(prepared, format, this.actions, footer);
  }

  private readonly nav: StoryNavActions = {
    previous: () => this.step(-1),
    next: () => this.step(1),
  };

  private readonly actions: DetailsActions = {
    close: () => this.close(),
    keydown: (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      this.close();
    },
  };
}

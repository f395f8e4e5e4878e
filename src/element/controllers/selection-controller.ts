import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { emit } from '../../dom-events/events.js';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import type { PreparedEvent } from '../../model/prepared.js';
import { detailsTemplate, type DetailsActions } from '../templates/details.js';

export interface SelectionOptions {
  /** An event by id: from the data, or (with a remote provider) from what the drawing was answered. */
  find(id: string): PreparedEvent | undefined;
  format(): LocaleFormat;
  announce(text: string): void;
  /** The user selected an event (the element makes it the keyboard's current one). */
  chosen(id: string): void;
  /** The user closed the details of this event (the keyboard goes back to it). */
  closed(id: string): void;
}

/**
 * The selected event and its details panel. A selection the user makes is announced and fired as
 * `ct-select`; one made by code (`focusEvent`) is not. No lifecycle of its own: it asks its host
 * to update when the selection changes.
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

  /** Selects an event (or clears the selection) as the user asked, and says so. */
  choose(id: string | null): void {
    this.set(id);
    if (id !== null) this.options.chosen(id);
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

  /** New events: the selection stays if its event is still there. */
  keepIn(events: readonly PreparedEvent[]): void {
    if (this.id !== null && !events.some((prepared) => prepared.event.id === this.id)) this.set(null);
  }

  /** The details panel of the selected event, if any. */
  render(): TemplateResult | typeof nothing {
    const prepared = this.id === null ? undefined : this.options.find(this.id);
    return prepared ? detailsTemplate(prepared, this.options.format(), this.actions) : nothing;
  }

  private readonly actions: DetailsActions = {
    close: () => this.close(),
    keydown: (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      this.close();
    },
  };
}

import type { ReactiveElement, TemplateResult } from 'lit';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import type { PreparedEvent } from '../../model/prepared.js';
import { entryDomId, eventListTemplate, type EventListActions } from '../templates/event-list.js';
import { keyboardCommand } from './keyboard.js';
import { ListPagingController } from './list-paging-controller.js';
import { RovingTabindexController, type RovingItems } from './roving-tabindex-controller.js';

export interface EventListOptions {
  /** The events in the list (those not hidden), in time order. */
  events(): readonly PreparedEvent[];
  format(): LocaleFormat;
  /** In the timeline view the list is visually hidden: it renders in idle time, and the drawing shows the focus. */
  view(): 'timeline' | 'list';
  selectedId(): string | null;
  /** Where the keyboard starts when it tabs in before any event was chosen (the first in view). */
  firstInView(): string | undefined;
  /** The keyboard moved to an event (the element shows it in the drawing and says which it is). */
  moved(target: PreparedEvent, index: number, count: number): void;
  /** An entry was clicked (or activated with Enter or Space). */
  activate(id: string): void;
  /** Plus or minus on the list in the timeline view: zoom the drawing in (factor < 1) or out. */
  zoom(factor: number): void;
  /** Escape on the list: close the details. */
  close(): void;
}

/**
 * The event list: the reading order for assistive technology and the keyboard's one tab stop, in
 * both views. Which page of it is rendered (`ListPagingController`) and which entry holds the tab
 * stop, the event the keyboard is on (`RovingTabindexController`). It has no lifecycle of its own
 * (its paging has): it renders the list and asks its host to update.
 */
export class EventListController {
  private readonly paging: ListPagingController;
  private readonly roving: RovingTabindexController;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: EventListOptions,
  ) {
    // Hidden, the list grows only after the drawing has drawn: the reader sees the drawing first.
    this.paging = new ListPagingController(host, () => options.view() === 'timeline', true);
    this.roving = new RovingTabindexController(host, {
      items: () => this.items(),
      vertical: true,
      rtl: () => options.format().dir === 'rtl',
      focus: (id) => void this.focusEntry(id),
      moved: (_id, index, count) => {
        const target = options.events()[index];
        if (target) options.moved(target, index, count);
      },
      // Tabbing in before there is a current event: the selected one, else the first in view.
      firstStop: () => options.selectedId() ?? options.firstInView(),
    });
  }

  /** The event the keyboard is on (the entry with the tab stop; the drawing rings its item). */
  get activeId(): string | null {
    return this.roving.stop;
  }

  /** Makes an event the current one and renders the page of the list that holds it. */
  show(id: string): void {
    this.roving.setStop(id);
    this.paging.include(this.indexOf(id));
  }

  /** Puts the keyboard on an event's entry, rendering the page of the list that holds it. */
  async focusEntry(id: string): Promise<void> {
    this.paging.include(this.indexOf(id));
    await this.host.updateComplete;
    const entry = this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(entryDomId(id))}`);
    const hidden = this.options.view() === 'timeline';
    // Visually hidden, the list must not scroll the page: the drawing shows the focus.
    entry?.focus({ preventScroll: hidden });
    if (!hidden) entry?.scrollIntoView({ block: 'nearest' });
  }

  /** New events: render few entries again (the rest in idle time, once the drawing has drawn them). */
  restart(): void {
    this.paging.restart();
  }

  /** The drawing has drawn: the rest of the entries may follow. */
  drawingDrawn(): void {
    this.paging.drawingDrawn();
  }

  render(): TemplateResult {
    const events = this.options.events();
    const page = this.paging.page(events.length);
    const rendered = events.slice(page.start, page.end).map((prepared) => prepared.event.id);
    return eventListTemplate(
      {
        format: this.options.format(),
        view: this.options.view(),
        events,
        page,
        tabStop: this.roving.tabStopAmong(rendered),
        activeId: this.roving.stop,
        selectedId: this.options.selectedId(),
      },
      this.actions,
    );
  }

  private readonly actions: EventListActions = {
    entryClick: (event) => {
      const id = (event.currentTarget as HTMLElement).dataset['eventId'];
      if (id !== undefined) this.options.activate(id);
    },
    keydown: (event) => {
      if (!this.roving.handleKeydown(event)) this.command(event);
    },
    focusin: (event) => {
      const id = (event.target as HTMLElement).dataset['eventId'];
      if (id !== undefined) this.roving.handleFocusIn(id);
    },
    showEarlier: () => this.paging.showEarlier(),
    showMore: () => this.paging.showMore(),
  };

  /** Keys other than moves: plus and minus zoom the drawing, Escape closes the details. */
  private command(event: KeyboardEvent): void {
    const command = keyboardCommand(event, this.options.format().dir === 'rtl');
    if (command?.kind === 'zoom' && this.options.view() === 'timeline') {
      event.preventDefault();
      this.options.zoom(command.factor);
    } else if (command?.kind === 'close') {
      event.preventDefault();
      this.options.close();
    }
  }

  private items(): RovingItems {
    const events = this.options.events();
    return { count: events.length, keyAt: (index) => events[index]?.event.id, indexOf: (id) => this.indexOf(id) };
  }

  private indexOf(id: string): number {
    return this.options.events().findIndex((prepared) => prepared.event.id === id);
  }
}

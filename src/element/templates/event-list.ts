import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import { pickedLang, type PreparedEvent } from '../../model/prepared.js';
import { itemDomId } from '../../timeline/timeline-items.js';
import type { ListPage } from '../controllers/list-paging-controller.js';
import { printSourceTemplate } from './print-source.js';

/** The DOM id of an event's list entry: derived from the id, but only from characters safe in an id. */
export function entryDomId(id: string): string {
  return itemDomId(id).replace(/^ct-item-/, 'ct-entry-');
}

export interface EventListState {
  readonly format: LocaleFormat;
  /** The events in the list, in time order (the rendered ones are `page` of them). */
  readonly events: readonly PreparedEvent[];
  readonly page: ListPage;
  readonly view: 'timeline' | 'list';
  /** The entry with the list's one tab stop. */
  readonly tabStop: string | undefined;
  /** The event the keyboard is on. */
  readonly activeId: string | null;
  readonly selectedId: string | null;
}

/** Stable handlers; an entry's event id is in its `data-event-id`. */
export interface EventListActions {
  entryClick(event: Event): void;
  keydown(event: KeyboardEvent): void;
  focusin(event: FocusEvent): void;
  showEarlier(): void;
  showMore(): void;
}

/**
 * The events in time order, as an ordered list of buttons: the reading order for assistive
 * technology and the keyboard's one tab stop (a roving tabindex) in both views. In the timeline
 * view it is visually hidden and the drawing shows the focus; in the list view it is the view.
 */
export function eventListTemplate(state: EventListState, actions: EventListActions): TemplateResult {
  const { format, page } = state;
  const { ui } = format;
  return html`
    <div class="events ${state.view === 'timeline' ? 'sr-only' : ''}">
      ${page.earlier > 0 ? showMoreButton(ui.showEarlier(format.count(page.earlier)), actions.showEarlier) : nothing}
      <ol
        part="list"
        class="list"
        aria-label=${ui.timelineLabel}
        aria-describedby="ct-keyboard-help"
        @keydown=${actions.keydown}
        @focusin=${actions.focusin}
      >
        ${state.events.slice(page.start, page.end).map((prepared) => entryTemplate(prepared, state, actions))}
      </ol>
      ${page.later > 0 ? showMoreButton(ui.showMore(format.count(page.later)), actions.showMore) : nothing}
    </div>
  `;
}

function entryTemplate(prepared: PreparedEvent, state: EventListState, actions: EventListActions): TemplateResult {
  const { event } = prepared;
  const { format } = state;
  const selected = event.id === state.selectedId;
  return html`<li class=${event.id === state.activeId ? 'active' : ''}>
    <button
      type="button"
      class="entry"
      id=${entryDomId(event.id)}
      data-event-id=${event.id}
      tabindex=${event.id === state.tabStop ? 0 : -1}
      aria-expanded=${selected ? 'true' : 'false'}
      aria-controls=${selected ? 'ct-details' : nothing}
      @click=${actions.entryClick}
    >
      <span
        ><span class="title" lang=${pickedLang(event.title, format.lang)} dir="auto">${format.text(event.title)}</span
        ><span class="comma">${format.locale.listSeparator}</span></span
      ><span class="date">${format.date(prepared)}</span>
    </button>
    ${
      event.summary
        ? html`<p lang=${pickedLang(event.summary, format.lang)} dir="auto">${format.text(event.summary)}</p>`
        : nothing
    }
    ${printSourceTemplate(prepared, format)}
  </li>`;
}

function showMoreButton(label: string, onClick: () => void): TemplateResult {
  return html`<button type="button" class="more" @click=${onClick}>${label}</button>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import { cssProperties } from './css-properties.js';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import { roundedGap, type VerticalRow } from '../../layout/vertical-layout.js';
import { pickedLang, type PreparedEvent } from '../../model/prepared.js';
import { itemClassName } from '../../timeline/timeline-items.js';

export interface VerticalTimelineState {
  readonly format: LocaleFormat;
  /** The events drawn, in time order. */
  readonly events: readonly PreparedEvent[];
  /** Their rows (`verticalLayout`), one per event, in the same order. */
  readonly rows: readonly VerticalRow[];
  readonly selectedId: string | null;
  /** The event the keyboard is on (its entry gets the focus ring). */
  readonly focusedId: string | null;
}

/** Stable handlers; an entry's event id is in its `data-event-id`. */
export interface VerticalTimelineActions {
  entryClick(event: Event): void;
}

/**
 * The narrow layout's drawing: time runs down a rail on the start side, each event a marker on it
 * (a dot for a day, a bar for a span) beside its date as the source phrases it and its whole
 * title; long gaps are breaks that say how long, each new year is labelled on the rail. Like the
 * wide drawing it is hidden from assistive technology (the event list is the reading order and
 * the keyboard's stop) and its entries are not focusable: a click selects, the list's keyboard
 * rings the entry it is on.
 */
export function verticalTimelineTemplate(
  state: VerticalTimelineState,
  actions: VerticalTimelineActions,
): TemplateResult {
  const { format, events } = state;
  return html`<div part="vertical" class="vertical" aria-hidden="true">
    <ol class="v-rows">
      ${state.rows.map((row) => {
        const prepared = events[row.index];
        return prepared ? rowTemplate(row, prepared, state, actions, format) : nothing;
      })}
    </ol>
  </div>`;
}

function rowTemplate(
  row: VerticalRow,
  prepared: PreparedEvent,
  state: VerticalTimelineState,
  actions: VerticalTimelineActions,
  format: LocaleFormat,
): TemplateResult {
  const { event } = prepared;
  const classes = [
    'v-entry',
    itemClassName(prepared),
    event.id === state.selectedId ? 'selected' : '',
    event.id === state.focusedId ? 'ct-focused' : '',
  ].join(' ');
  const bar = row.marker.kind === 'bar' ? row.marker : undefined;
  return html`${row.breakMs === undefined ? nothing : breakTemplate(row.breakMs, format)}
    <li
      class=${classes}
      data-event-id=${event.id}
      ${cssProperties({ '--ct-v-gap': `${row.gap.toFixed(1)}px`, '--ct-v-bar': bar ? `${bar.length}px` : null })}
      @click=${actions.entryClick}
    >
      <span class="v-rail">
        ${row.year === undefined ? nothing : html`<span class="v-year">${format.digits(String(row.year))}</span>`}
        <span class="v-marker ${bar ? `v-bar${bar.cut ? ' v-cut' : ''}` : 'v-dot'}"></span>
      </span>
      <span class="v-text">
        <span class="v-date">${format.date(prepared)}</span>
        <span class="v-title" lang=${pickedLang(event.title, format.lang)} dir="auto">${format.text(event.title)}</span>
      </span>
    </li>`;
}

/** A gap too long to draw: a broken rail and roughly how long ("≈ 2 years"). */
function breakTemplate(ms: number, format: LocaleFormat): TemplateResult {
  const { unit, count } = roundedGap(ms);
  return html`<li class="v-break">
    <span class="v-rail"></span><span class="v-gap-text">${format.ui.gapBreak(unit, count, format.count(count))}</span>
  </li>`;
}

/**
 * The overview band's markup: positions from `OverviewController`'s layout, in logical CSS
 * properties (`inset-inline-start`), so that right to left mirrors by itself. Hidden from
 * assistive technology, like the drawing: the event list is the reading order, and its keys move
 * the drawing. A pointer can click a title (to go to its event) or a group (to show it).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssProperties } from './css-properties.js';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import type { TimeSpan } from '../../layout/focus-window.js';
import type { OverviewLayout } from '../../layout/overview-layout.js';
import type { TimeTick } from '../../layout/time-ticks.js';
import { pickText, type PreparedEvent } from '../../model/prepared.js';

/** Room for titles above the marks (px). */
export const OVERVIEW_LABEL_ROOM = 112;

/** An event as the band places it. */
export interface OverviewEvent extends TimeSpan {
  readonly key: string;
  readonly prepared: PreparedEvent;
}

/** What the band draws: where its marks, titles and groups go, and its year ticks. */
export interface OverviewState {
  readonly layout: OverviewLayout<OverviewEvent>;
  readonly ticks: readonly TimeTick[];
  readonly span: TimeSpan;
  readonly width: number;
  readonly format: LocaleFormat;
}

/** The summary of a group of events: "3 events, 2019–2020". */
export function groupText(format: LocaleFormat, events: readonly TimeSpan[]): string {
  const end = Math.max(...events.map((event) => event.end));
  return format.eventGroup(events.length, events[0]!.start, Math.max(end, events[0]!.start + 1));
}

export interface OverviewActions {
  /** A title was clicked: show its event. */
  showEvent(id: string): void;
  /** A group was clicked: show its span. */
  showSpan(start: number, end: number): void;
  /** A pointer went down on the track or the years: the window follows it (see `OverviewController`). */
  scrub(event: PointerEvent): void;
}

/** Short of any month: a period of this length is named by its month. */
const MONTH_MS = 27 * 24 * 3600 * 1000;

const px = (value: number) => `${Math.round(value * 10) / 10}px`;

export function overviewTemplate(
  state: OverviewState | null,
  actions: OverviewActions,
): TemplateResult | typeof nothing {
  if (!state) return nothing;
  const { layout, ticks, format } = state;
  const height = OVERVIEW_LABEL_ROOM;
  return html`
    <div part="overview" class="overview" aria-hidden="true" ${cssProperties({ '--ct-overview-room': px(height) })}>
      <div class="overview-labels">
        ${[...layout.labels.values()].map((label) => {
          const event = layout.marks.find((mark) => mark.event.key === label.key)?.event as OverviewEvent | undefined;
          if (!event) return nothing;
          const title = pickText(event.prepared.event.title, format.lang);
          return html`<span
            class="overview-title ct-type-${event.prepared.eventType}"
            dir="auto"
            title=${format.accessibleName(event.prepared)}
            ${cssProperties({ 'inset-inline-start': px(label.start), bottom: px(label.bottom), 'inline-size': px(label.width + 4) })}
            @click=${() => actions.showEvent(event.key)}
            >${title}</span
          >`;
        })}
        ${layout.groups.map(
          (group) =>
            html`<span
              class="overview-group"
              ${cssProperties({ 'inset-inline-start': px(group.label.start), bottom: px(group.label.bottom) })}
              @click=${() => actions.showSpan(group.span.start, group.span.end)}
              >${groupText(format, group.events)}</span
            >`,
        )}
      </div>
      <div class="overview-scrub" @pointerdown=${actions.scrub}>
        <div class="overview-track">
          ${
            layout.brush
              ? html`<span
                  class="overview-brush"
                  ${cssProperties({ 'inset-inline-start': px(layout.brush.start), 'inline-size': px(Math.max(layout.brush.end - layout.brush.start, 4)) })}
                ></span>`
              : nothing
          }
          ${layout.marks.map(
            (mark) =>
              html`<span
                class="overview-mark ct-type-${mark.event.prepared.eventType}"
                ${cssProperties({ 'inset-inline-start': px(mark.start), 'inline-size': px(mark.end - mark.start) })}
              ></span>`,
          )}
        </div>
        <div class="overview-axis">
          ${ticks.map(
            (tick) =>
              html`<span class="overview-tick" ${cssProperties({ 'inset-inline-start': px(tick.at) })}
                >${
                  tick.unit === 'year'
                    ? format.digits(String(new Date(tick.time).getFullYear()))
                    : format.period(tick.time, tick.time + MONTH_MS)
                }</span
              >`,
          )}
        </div>
      </div>
    </div>
  `;
}

/**
 * The overview band (focus + context): the whole span of the shown events on one short axis, a
 * mark per event, the window the drawing shows as a brush, and the titles of the events outside
 * that window where they have room (groups "3 events, 2019–2020" for the rest). Shown only when
 * the drawing does not show every event. It follows the drawing's window and width; the geometry
 * is `src/layout/overview-layout.ts`, the markup `templates/overview.ts`.
 */
import type { nothing, ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { DAY } from '../../model/time.js';
import {
  groupText,
  OVERVIEW_LABEL_ROOM,
  overviewTemplate,
  type OverviewActions,
  type OverviewState,
} from '../templates/overview.js';
import type { LocaleFormat } from '../../i18n/locale-format.js';
import { pickText, type PreparedEvent } from '../../model/prepared.js';
import { wrapLines, type MeasureText } from '../../layout/card-size.js';
import { extentOf } from '../../layout/focus-window.js';
import { layoutOverview } from '../../layout/overview-layout.js';
import { timeTicks } from '../../layout/time-ticks.js';
import { canvasMeasure } from '../card-measure.js';

/** Above this many events the band shows no titles (large data reads as density instead). */
export const OVERVIEW_MAX_EVENTS = 400;
/** The band's type: titles at 12 px (never below the 11 px a reader needs), at most 12em wide. */
export const OVERVIEW_TITLE_PX = 12;
const TITLE_MAX_WIDTH = 12 * OVERVIEW_TITLE_PX;
const TITLE_MAX_LINES = 3;
const LINE_HEIGHT = 1.25;

export interface OverviewOptions {
  events(): readonly PreparedEvent[];
  format(): LocaleFormat;
  /** The drawing's window, or null before it exists. */
  window(): { start: Date; end: Date } | null;
  /** The band's width (px): the drawing's. */
  width(): number;
  /** A title was clicked: show its event. */
  showEvent(id: string): void;
  /** A group was clicked (animate), or the reader moves the window along the track (at once). */
  showWindow(start: Date, end: Date, animate: boolean): void;
}

export class OverviewController implements ReactiveController {
  /** What the band draws, or null when it is not shown. */
  state: OverviewState | null = null;
  private measure?: MeasureText;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: OverviewOptions,
  ) {
    host.addController(this);
  }

  /** The width and window the band was last laid out for. */
  private laidOutFor = '';

  hostConnected(): void {}

  render(): TemplateResult | typeof nothing {
    return overviewTemplate(this.state, this.actions);
  }

  private readonly actions: OverviewActions = {
    showEvent: (id) => this.options.showEvent(id),
    // The group's span with a margin, so that its first and last cards are not at the edges.
    showSpan: (start, end) => {
      const margin = Math.max((end - start) * 0.15, 3 * DAY);
      this.options.showWindow(new Date(start - margin), new Date(end + margin), true);
    },
    scrub: (event) => this.scrub(event),
  };

  /**
   * The band as a brush: a press on the track or the years centres the window there; a press on
   * the frame grips it where it was pressed. Either way the window then follows the pointer (at
   * most once a frame) until it is released. Mirrored right to left. A pointer's only: the band is
   * hidden from assistive technology, whose reader moves the window with the list's keys.
   */
  private scrub(event: PointerEvent): void {
    const { state } = this;
    const window = this.options.window();
    if (!state || !window || event.button !== 0) return;
    event.preventDefault();
    const area = event.currentTarget as HTMLElement;
    const box = area.getBoundingClientRect();
    const rtl = state.format.dir === 'rtl';
    const perPx = (state.span.end - state.span.start) / Math.max(box.width, 1);
    const timeAt = (x: number) => state.span.start + (rtl ? box.right - x : x - box.left) * perPx;
    const start = window.start.getTime();
    const length = window.end.getTime() - start;
    const onFrame = (event.target as Element).closest('.overview-brush') !== null;
    const grip = onFrame ? timeAt(event.clientX) - start : length / 2;
    let frame = 0;
    let x = event.clientX;
    const follow = () => {
      frame = 0;
      const from = timeAt(x) - grip;
      this.options.showWindow(new Date(from), new Date(from + length), false);
    };
    if (!onFrame) follow();
    const moves = new AbortController();
    area.setPointerCapture?.(event.pointerId);
    area.addEventListener(
      'pointermove',
      (move) => {
        x = move.clientX;
        frame ||= requestAnimationFrame(follow);
      },
      { signal: moves.signal },
    );
    const release = () => {
      moves.abort();
      if (frame) {
        cancelAnimationFrame(frame);
        follow();
      }
    };
    area.addEventListener('pointerup', release, { signal: moves.signal });
    area.addEventListener('pointercancel', release, { signal: moves.signal });
  }

  /** Lays the band out again if the drawing's width or window changed since the last time. */
  refreshIfStale(): void {
    if (this.key() !== this.laidOutFor) this.refresh();
  }

  private key(): string {
    const window = this.options.window();
    return `${this.options.width()} ${window?.start.getTime()} ${window?.end.getTime()}`;
  }

  /** Lays the band out again for the drawing's current window (after a move, new data, a resize). */
  refresh(): void {
    const next = this.compute();
    if (next === null && this.state === null) return;
    this.state = next;
    this.host.requestUpdate();
  }

  private compute(): OverviewState | null {
    const prepared = this.options.events();
    const window = this.options.window();
    const width = this.options.width();
    this.laidOutFor = this.key();
    if (!window || width <= 0 || prepared.length < 2 || prepared.length > OVERVIEW_MAX_EVENTS) return null;
    const events = prepared.map((item) => ({
      key: item.event.id,
      start: item.startTime,
      end: item.isSpan ? item.endTime : item.startTime,
      prepared: item,
    }));
    const extent = extentOf(events)!;
    const focus = { start: window.start.getTime(), end: window.end.getTime() };
    if (focus.start <= extent.start && focus.end >= extent.end) return null;
    // A little room at both ends, so that the first and last marks are not on the edge.
    const pad = Math.max((extent.end - extent.start) * 0.02, 24 * 3600 * 1000);
    const span = { start: extent.start - pad, end: extent.end + pad };
    const format = this.options.format();
    this.measure ??= canvasMeasure(this.host);
    const measure = this.measure;
    const layout = layoutOverview({
      events,
      span,
      focus,
      width,
      labelRoom: OVERVIEW_LABEL_ROOM,
      labelSize: (event) => textBox(pickText(event.prepared.event.title, format.lang), measure),
      groupSize: (group) => textBox(groupText(format, group), measure),
    });
    return { layout, ticks: timeTicks(span, width, 48), span, width, format };
  }
}

/** A title's box at the band's type: wrapped at 12em, at most three lines (else no room). */
function textBox(text: string, measure: MeasureText): { width: number; height: number } {
  const lines = wrapLines(text, OVERVIEW_TITLE_PX, TITLE_MAX_WIDTH, measure);
  const height = Math.ceil(lines.count * OVERVIEW_TITLE_PX * LINE_HEIGHT) + 2;
  // Too long to read in three lines: no room (the event joins a group).
  return { width: Math.ceil(lines.widest) + 2, height: lines.count > TITLE_MAX_LINES ? Infinity : height };
}

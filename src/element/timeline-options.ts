/**
 * What the drawing is told, derived from the element's state: the adapter's options (direction,
 * axis labels, lanes, height), the items' text and the hidden types. Rebuilt when one of these
 * changes; a new object tells the view to relabel.
 */
import type { LocaleFormat } from '../i18n/locale-format.js';
import type { PreparedEvent } from '../model/prepared.js';
import { pickText } from '../model/prepared.js';
import type { EventType } from '../model/types.js';
import { laneOf, type GroupBy } from '../timeline/timeline-items.js';
import type { TimelineViewOptions } from '../timeline/timeline-view.js';
import { LANES_GROWTH, TIMELINE_HEIGHT_PX } from './styles/base.styles.js';
import { cardMetrics, canvasMeasure } from './card-measure.js';
import { cardSize, type CardSize } from '../layout/card-size.js';
import { detailFocus } from '../layout/detail-focus.js';
import { CARD_MAX_SHARE } from '../layout/padded-window.js';

export interface TimelineOptionsInput {
  readonly format: LocaleFormat;
  readonly groupBy: GroupBy;
  readonly hiddenTypes: ReadonlySet<EventType>;
  /** The event types in the data (one lane each, by category). */
  readonly types: readonly EventType[];
  /** The events (one lane per main actor, by actor). */
  readonly events: readonly PreparedEvent[];
}

/** `element`: where the `--ct-*` sizes are read (its computed style). */
export function timelineOptions(input: TimelineOptionsInput, element: Element): TimelineViewOptions {
  const { format, groupBy } = input;
  const style = getComputedStyle(element);
  return {
    adapter: {
      rtl: format.dir === 'rtl',
      minorLabel: format.axisLabels('minor'),
      majorLabel: format.axisLabels('major'),
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
      // Lanes grow the drawing (up to half as high again) before it scrolls: every lane with its name in view.
      maxHeight: timelineMaxHeight(style) * (groupBy === 'none' ? 1 : LANES_GROWTH),
      groups: groupBy === 'none' ? undefined : lanes(input),
    },
    hiddenTypes: input.hiddenTypes,
    labelRoomPx: labelRoomPx(style),
    openingWindow: openingWindow(
      element,
      format,
      timelineMaxHeight(style) * (groupBy === 'none' ? 1 : LANES_GROWTH),
      groupBy,
    ),
    items: {
      lang: format.lang,
      groupBy,
      formatDate: (prepared) => (prepared.isSpan ? '' : format.date(prepared)),
      aggregateText: {
        label: (aggregate) => format.count(aggregate.count),
        ariaLabel: (aggregate) => format.aggregateName(aggregate),
      },
    },
  };
}

/** Above this many events the opening window is not simulated: the level of detail counts them. */
const FOCUS_MAX_EVENTS = 400;
/** What the axis and the stack's margins take of the drawing's height (px). */
const AXIS_ROOM_PX = 56;

/**
 * The window the drawing opens on: all the events when their cards can all be read, else the
 * densest run that can (the overview band titles the rest). See `src/layout/detail-focus.ts`.
 */
function openingWindow(
  element: Element,
  format: LocaleFormat,
  maxHeight: number,
  groupBy: GroupBy,
): TimelineViewOptions['openingWindow'] {
  return (events, width) => {
    if (events.length < 2 || events.length > FOCUS_MAX_EVENTS) return null;
    const measure = canvasMeasure(element);
    const own = cardMetrics(element);
    // A card is at most 35 % of the drawing's width (the styles' 35cqi).
    const metrics = { ...own, maxWidth: Math.min(own.maxWidth, width * CARD_MAX_SHARE) };
    const spans = events.map((prepared) => ({
      start: prepared.startTime,
      end: prepared.isSpan ? prepared.endTime : prepared.startTime,
      prepared,
    }));
    // The focus tries many windows: a day's card is the same in each (a span's depends on its width).
    const dayCards = new Map<PreparedEvent, CardSize>();
    const cardOf = (prepared: PreparedEvent, spanPx: number): CardSize => {
      const title = pickText(prepared.event.title, format.lang);
      if (prepared.isSpan) return cardSize(title, '', metrics, measure, spanPx - metrics.paddingX);
      let card = dayCards.get(prepared);
      if (!card) dayCards.set(prepared, (card = cardSize(title, format.date(prepared), metrics, measure)));
      return card;
    };
    const focus = detailFocus({
      events: spans,
      // Lanes leave the items the width their names' column does not take (at most 11em and padding).
      width: groupBy === 'none' ? width : width - metrics.titlePx * 11 - 16,
      lane: groupBy === 'none' ? undefined : ({ prepared }: { prepared: PreparedEvent }) => laneOf(prepared, groupBy),
      // A lane is at least as high as its name on two lines.
      minLaneHeight: metrics.titlePx * 1.3 * 2 + 12,
      height: maxHeight - AXIS_ROOM_PX,
      labelRoomPx: metrics.maxWidth / 2,
      gap: 4,
      cardSize: ({ prepared }, spanPx) => cardOf(prepared, spanPx),
    });
    return focus && !focus.all ? focus.window : null;
  };
}

/** The events whose type is not hidden (the same array when none is). */
export function withoutHidden(
  events: readonly PreparedEvent[],
  hiddenTypes: ReadonlySet<EventType>,
): readonly PreparedEvent[] {
  return hiddenTypes.size ? events.filter((prepared) => !hiddenTypes.has(prepared.eventType)) : events;
}

/** One lane per event type present, or per main actor (the density histogram spans them all). */
function lanes({ groupBy, types, events, format }: TimelineOptionsInput): { id: string; label: string }[] {
  if (groupBy === 'category') return types.map((type) => ({ id: type, label: format.typeName(type) }));
  const actors = new Set<string>();
  for (const prepared of events) actors.add(pickText(prepared.event.actors?.actor1, 'en') || 'unknown');
  return [...actors].map((id) => ({ id, label: id }));
}

/** Half the widest card (22em) at the element's text size, in px: kept free at each edge when fitting. */
function labelRoomPx(style: CSSStyleDeclaration): number | undefined {
  const size = parseFloat(style.fontSize);
  return Number.isFinite(size) && size > 0 ? (size * 14 * 11) / 16 : undefined;
}

/** `--ct-timeline-height` (px): the tallest the drawing grows before it scrolls. */
function timelineMaxHeight(style: CSSStyleDeclaration): number {
  const value = parseFloat(style.getPropertyValue('--ct-timeline-height'));
  return Number.isFinite(value) && value > 0 ? value : TIMELINE_HEIGHT_PX;
}

/** The set with `type` added, or removed if it was there (a legend entry toggled). */
export function toggled(types: ReadonlySet<EventType>, type: EventType): ReadonlySet<EventType> {
  const next = new Set(types);
  if (!next.delete(type)) next.add(type);
  return next;
}

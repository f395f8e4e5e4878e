import type { PreparedEvent } from '../model/prepared.js';
import { pickText, pickedLang } from '../model/prepared.js';
import type { EventType } from '../model/types.js';
import { accessibleName } from '../i18n/locale-format.js';
import { datePrecision } from '../model/events-summary.js';

/** What the timeline draws for one event: plain data, no DOM, no HTML. */
export interface TimelineItem {
  readonly id: string;
  /** A DOM id for the item's label, safe whatever the event id holds (the list entry derives its id from it). */
  readonly domId: string;
  readonly start: Date;
  /** Exclusive end, present for spans (ranges and month- or year-precision events). */
  readonly end?: Date;
  readonly type: 'box' | 'range';
  readonly label: string;
  readonly labelLang: string;
  /** The date as the source phrases it, drawn above the title. */
  readonly dateLabel: string;
  /** The accessible name: title and date as the source phrases it. */
  readonly ariaLabel: string;
  readonly className: string;
  readonly eventType: EventType;
  readonly group?: string;
}

export type GroupBy = 'none' | 'category' | 'actor';

export interface ItemOptions {
  readonly lang: string;
  readonly groupBy: GroupBy;
  /** Formats an event's date as the source phrases it. */
  readonly formatDate: (event: PreparedEvent) => string;
}

/** The DOM id of an event's label: derived from the id, but only from characters safe in an id. */
export function itemDomId(id: string): string {
  // Most ids are safe as they are: kept without splitting them into characters (a first render
  // makes an id for every item and every list entry).
  if (SAFE_ID.test(id)) return `ct-item-${id}`;
  return `ct-item-${[...id].map((char) => (/[A-Za-z0-9_-]/.test(char) ? char : `.${char.codePointAt(0)?.toString(36)}`)).join('')}`;
}

const SAFE_ID = /^[A-Za-z0-9_-]*$/;

/** What the timeline draws for one event: a point (a box) for a day, a span for anything longer. */
export function toTimelineItem(prepared: PreparedEvent, options: ItemOptions): TimelineItem {
  const { event } = prepared;
  const label = pickText(event.title, options.lang);
  const date = options.formatDate(prepared);
  return {
    id: event.id,
    domId: itemDomId(event.id),
    start: new Date(prepared.startTime),
    end: prepared.isSpan ? new Date(prepared.endTime) : undefined,
    type: prepared.isSpan ? 'range' : 'box',
    label,
    labelLang: pickedLang(event.title, options.lang),
    dateLabel: date,
    ariaLabel: accessibleName(label, date, options.lang),
    className: itemClassName(prepared),
    eventType: prepared.eventType,
    group: groupOf(prepared, options),
  };
}

/** CSS classes that carry the category and how precise the date is (soft edges for months and years). */
export function itemClassName(prepared: PreparedEvent): string {
  const { precision, approximate, uncertain } = datePrecision(prepared);
  const classes = [`ct-item`, `ct-type-${prepared.eventType}`, `ct-precision-${precision}`];
  if (approximate) classes.push('ct-approximate');
  if (uncertain) classes.push('ct-uncertain');
  if (prepared.event.kind === 'fact') classes.push('ct-fact');
  if (prepared.event.reportedBy === 'reader-comment') classes.push('ct-reader-comment');
  return classes.join(' ');
}

function groupOf(prepared: PreparedEvent, options: ItemOptions): string | undefined {
  return options.groupBy === 'none' ? undefined : laneOf(prepared, options.groupBy);
}

/** The lane an event is drawn in: its type's, or its main actor's. */
export function laneOf(prepared: PreparedEvent, groupBy: Exclude<GroupBy, 'none'>): string {
  return groupBy === 'category' ? prepared.eventType : pickText(prepared.event.actors?.actor1, 'en') || 'unknown';
}

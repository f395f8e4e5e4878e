import { parseEdtf, spanEnd, spanStart, type ParsedDate } from './edtf.js';
import { eventTypeOf, type ConflictEvent, type EventType } from './types.js';

/** A validated event with its dates parsed once, ready for indexing and drawing. */
export interface PreparedEvent {
  readonly event: ConflictEvent;
  readonly start: ParsedDate;
  readonly end?: ParsedDate;
  /** First instant covered, in local time (ms). */
  readonly startTime: number;
  /** First instant after the event (exclusive), in local time (ms). */
  readonly endTime: number;
  /** Whether the event is drawn as a span rather than a single day. */
  readonly isSpan: boolean;
  readonly eventType: EventType;
}

/** Parses the dates of validated events. Events whose dates do not parse are skipped (the validator reports them). */
export function prepareEvents(events: readonly ConflictEvent[]): PreparedEvent[] {
  const prepared: PreparedEvent[] = [];
  for (const event of events) {
    const item = prepareEvent(event);
    if (item) prepared.push(item);
  }
  return prepared.sort((a, b) => a.startTime - b.startTime || a.endTime - b.endTime);
}

function prepareEvent(event: ConflictEvent): PreparedEvent | undefined {
  const start = parseEdtf(event.start);
  if (!start.ok) return undefined;
  const end = event.end === undefined ? undefined : parseEdtf(event.end);
  if (end && !end.ok) return undefined;
  const endDate = end?.date;
  const startTime = spanStart(start.date).getTime();
  const endTime = spanEnd(endDate ?? start.date).getTime();
  return {
    event,
    start: start.date,
    end: endDate,
    startTime,
    endTime,
    isSpan: endDate !== undefined || start.date.precision !== 'day',
    eventType: eventTypeOf(event.category),
  };
}

/** The text of a localized field in the wanted language, falling back to any language present. */
export function pickText(text: { readonly [lang: string]: string } | undefined, lang: string): string {
  if (!text) return '';
  const base = lang.split('-')[0] ?? lang;
  return text[lang] || text[base] || text.en || text.ar || Object.values(text).find((value) => value) || '';
}

/** The language `pickText` actually found, so the DOM can mark text in another language with its own `lang`. */
export function pickedLang(text: { readonly [lang: string]: string } | undefined, lang: string): string {
  if (!text) return lang;
  const base = lang.split('-')[0] ?? lang;
  if (text[lang]) return lang;
  if (text[base]) return base;
  for (const candidate of ['en', 'ar', ...Object.keys(text)]) if (text[candidate]) return candidate;
  return lang;
}

/**
 * ACLED exports (CSV from the API or the website) to candidate events, without inventing a
 * precision ACLED does not have: see `ACLED_TIME_PRECISION` and the README's mapping table.
 */
import type { EventCategory } from '../model/types.js';
import {
  ACLED_ACTOR_TYPES,
  ACLED_DISORDER_TYPES,
  ACLED_EVENT_TYPES,
  ACLED_GEO_PRECISION,
  ACLED_REQUIRED_COLUMNS,
  ACLED_SUB_EVENT_ALIASES,
  ACLED_SUB_EVENT_TYPES,
  ACLED_TIME_PRECISION,
  type SubEventRule,
} from './acled-tables.js';
import { edtfDay, edtfMonth, isLastOfMonth, parseAcledDay, type CalendarDay } from './calendar-days.js';
import { indexColumns } from './csv-formats.js';
import type { CsvRow } from './csv-row.js';
import { DataSetRows, english, setIf } from './csv-row.js';
import { quoted } from './issues.js';
import { alpha2OfIsoNumeric } from './iso-countries.js';
import { missingColumnsIssue, type RowMapper, type UnreadableHeader } from './row-mapper.js';

/** ACLED writes in English: its texts are stored as English (`english()`), its source's language is this. */
const ACLED_LANG = 'en';

/** Keys compared without case or surrounding space. */
const byLowerCase = <V>(table: Record<string, V>): Map<string, V> =>
  new Map(Object.entries(table).map(([key, value]) => [key.toLowerCase(), value]));

const EVENT_TYPES = byLowerCase(ACLED_EVENT_TYPES);
const SUB_EVENT_NAMES = new Map<string, keyof typeof ACLED_SUB_EVENT_TYPES>([
  ...Object.keys(ACLED_SUB_EVENT_TYPES).map((name) => [name.toLowerCase(), name] as const),
  ...Object.entries(ACLED_SUB_EVENT_ALIASES).map(([alias, name]) => [alias.toLowerCase(), name] as const),
] as [string, keyof typeof ACLED_SUB_EVENT_TYPES][]);
const DISORDER_TYPES = new Set<string>(ACLED_DISORDER_TYPES.map((name) => name.toLowerCase()));
const ACTOR_TYPE_NAMES = new Set<string>(
  Object.values(ACLED_ACTOR_TYPES).flatMap((name) => {
    const lower = name.toLowerCase();
    // Newer files write "Rebel group" or "Rebel groups", "Political militia(s)".
    return [lower, lower.endsWith('s') ? lower.slice(0, -1) : `${lower}s`];
  }),
);

/** Reads ACLED rows after a header naming at least `ACLED_REQUIRED_COLUMNS`. */
export function createAcledRows(header: readonly string[]): RowMapper | UnreadableHeader {
  const columns = indexColumns(header);
  return missingColumnsIssue('ACLED', columns, ACLED_REQUIRED_COLUMNS) ?? new AcledRows(columns, header.length);
}

class AcledRows extends DataSetRows {
  constructor(columns: ReadonlyMap<string, number>, headerFields: number) {
    super(columns, headerFields, 'event_id_cnty', 'acled');
  }

  protected read(row: CsvRow): Record<string, unknown> | undefined {
    const dates = this.readDates(row);
    const subEvent = readSubEvent(row);
    const location = this.readLocation(row);
    const fatalities = row.wholeNumber('fatalities');
    checkDisorderType(row);
    checkActorType(row, 'inter1');
    checkActorType(row, 'inter2');
    if (!dates || !subEvent || location === null || fatalities === null) return undefined;
    row.decide('sub_event_type', subEvent.name, categoryDecision(subEvent.rule));
    const event: Record<string, unknown> = { id: row.id, start: dates.start };
    setIf(event, 'qualifier', dates.qualifier);
    event.title = { en: titleOf(subEvent.name, row.text('location')) };
    event.category = subEvent.rule.category satisfies EventCategory;
    setIf(event, 'summary', english(row.text('notes')));
    setIf(event, 'actors', readActors(row));
    setIf(event, 'location', location);
    setIf(event, 'fatalities', fatalities);
    event.source = { outlet: { en: outletOf(row.list('source')) }, language: ACLED_LANG };
    return event;
  }

  /** `event_date` at `time_precision`: a day, an approximate day, or a month (with early/late). */
  private readDates(row: CsvRow): { start: string; qualifier?: 'early' | 'late' } | undefined {
    const text = row.text('event_date');
    const day = text ? parseAcledDay(text) : undefined;
    if (!day) {
      row.error(
        'event_date',
        text ? `${quoted(text)} is not a date (YYYY-MM-DD or DD Month YYYY)` : 'the row has no date',
      );
    }
    const precision = row.text('time_precision');
    if (!Object.hasOwn(ACLED_TIME_PRECISION, precision)) {
      row.error('time_precision', `${quoted(precision)} is not 1 (day), 2 (week) or 3 (month)`);
      return undefined;
    }
    if (!day) return undefined;
    checkYear(row, day);
    const code = precision as keyof typeof ACLED_TIME_PRECISION;
    row.decide('time_precision', code, ACLED_TIME_PRECISION[code].meaning);
    if (code === '1') return { start: edtfDay(day) };
    if (code === '2') return { start: `${edtfDay(day)}~` };
    return monthOf(row, day);
  }

  /** Place name, admin1, country, coordinates and `geo_precision`; `null` when a number is malformed. */
  private readLocation(row: CsvRow): Record<string, unknown> | undefined | null {
    const point = row.coordinates();
    if (point === null) return null;
    const name = row.text('location') || row.text('admin3') || row.text('admin2') || row.text('admin1');
    if (!name) return undefined;
    const iso = row.wholeNumber('iso');
    const country = typeof iso === 'number' ? alpha2OfIsoNumeric(iso) : undefined;
    if (typeof iso === 'number' && !country && iso !== 0) {
      row.decide('iso', String(iso), 'no country (not an ISO 3166-1 numeric code)');
    }
    const place: Record<string, unknown> = { name: { en: name } };
    setIf(place, 'admin1', english(row.text('admin1')));
    setIf(place, 'country', country);
    if (point) {
      place.latitude = point.latitude;
      place.longitude = point.longitude;
      setIf(place, 'geoPrecision', geoPrecisionOf(row));
    }
    return place;
  }
}

/** A month-precision date: ACLED's 1st and last day say "start/end of month"; any other day says nothing. */
function monthOf(row: CsvRow, day: CalendarDay): { start: string; qualifier?: 'early' | 'late' } {
  const start = edtfMonth(day);
  if (day.day === 1) {
    row.decide('time_precision', '3, dated the 1st', 'the month, early (the source says the start of the month)');
    return { start, qualifier: 'early' };
  }
  if (isLastOfMonth(day)) {
    row.decide('time_precision', '3, dated the last day', 'the month, late (the source says the end of the month)');
    return { start, qualifier: 'late' };
  }
  return { start };
}

/** `sub_event_type` (and `event_type`, which must be one of ACLED's six and should be the sub-event's). */
function readSubEvent(row: CsvRow): { name: string; rule: SubEventRule } | undefined {
  const eventTypeText = row.text('event_type');
  const eventType = EVENT_TYPES.get(eventTypeText.toLowerCase());
  if (!eventType) row.error('event_type', `${quoted(eventTypeText)} is not one of ACLED's six event types`);
  const subText = row.text('sub_event_type');
  const name = SUB_EVENT_NAMES.get(subText.replace(/\s+/g, ' ').toLowerCase());
  if (!name) {
    row.error('sub_event_type', `${quoted(subText)} is not one of ACLED's sub-event types`);
    return undefined;
  }
  const rule: SubEventRule = ACLED_SUB_EVENT_TYPES[name];
  if (eventType && eventType !== rule.eventType) {
    row.warning(
      'event_type',
      `${quoted(eventTypeText)} does not contain the sub-event type ${quoted(name)}, which was kept (as ${rule.eventType})`,
    );
  }
  return eventType ? { name, rule } : undefined;
}

function checkYear(row: CsvRow, day: CalendarDay): void {
  const year = row.text('year');
  if (year && Number(year) !== day.year) {
    row.warning('year', `${quoted(year)} is not the year of event_date, which was kept`);
  }
}

function checkDisorderType(row: CsvRow): void {
  for (const name of row.list('disorder_type')) {
    if (!DISORDER_TYPES.has(name.toLowerCase())) {
      row.warning('disorder_type', `${quoted(name)} is not one of ACLED's disorder types (it is not kept anyway)`);
    }
  }
}

/** `inter1`/`inter2`: a code 0–8 or the text of an actor type. Not kept (the model has no actor types). */
function checkActorType(row: CsvRow, column: 'inter1' | 'inter2'): void {
  const text = row.text(column);
  if (text === '' || text === '0' || Object.hasOwn(ACLED_ACTOR_TYPES, text)) return;
  if (ACTOR_TYPE_NAMES.has(text.toLowerCase())) return;
  row.warning(column, `${quoted(text)} is not an ACLED actor type (a code 1–8 or its name)`);
}

function geoPrecisionOf(row: CsvRow): number | undefined {
  const text = row.text('geo_precision');
  if (Object.hasOwn(ACLED_GEO_PRECISION, text)) {
    row.decide('geo_precision', text, `location.geoPrecision ${text}`);
    return ACLED_GEO_PRECISION[text as keyof typeof ACLED_GEO_PRECISION];
  }
  if (text) row.warning('geo_precision', `${quoted(text)} is not 1, 2 or 3, so it was left out`);
  return undefined;
}

/** Both actors, and the associated actors of both sides in one list (the model keeps one). */
function readActors(row: CsvRow): Record<string, unknown> | undefined {
  const actors: Record<string, unknown> = {};
  setIf(actors, 'actor1', english(row.text('actor1')));
  setIf(actors, 'actor2', english(row.text('actor2')));
  const associated = row.list('assoc_actor_1').concat(row.list('assoc_actor_2'));
  if (associated.length) actors.associated = associated.map((name) => ({ en: name }));
  return actors.actor1 || actors.actor2 || actors.associated ? actors : undefined;
}

function categoryDecision(rule: SubEventRule): string {
  return `category ${rule.category}${rule.nearest ? ' (the nearest the model has)' : ''}, type ${rule.eventType}`;
}

/** The sub-event type and the place: "Armed clash, Mosul". */
function titleOf(subEvent: string, location: string): string {
  return location ? `${subEvent}, ${location}` : subEvent;
}

/** The outlets ACLED names, and ACLED itself: "Rudaw; Shafaq News (via ACLED)". */
function outletOf(sources: readonly string[]): string {
  return sources.length ? `${sources.join('; ')} (via ACLED)` : 'ACLED';
}

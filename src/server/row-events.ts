/**
 * One event row of the server's table (see `sql-mapping.ts`) as the library's JSON. The object is
 * plain and unvalidated: the client validates every event it receives, as it does any input.
 */
import type { ConflictEvent, LocalizedText } from '../model/types.js';

/** A row as DuckDB returns it: column name → JS value. */
export type EventRow = Readonly<Record<string, unknown>>;

/** The columns an answer reads (the event's fields, and its times for ordering). */
export const ANSWER_COLUMNS = [
  'id',
  'start_ms',
  'end_ms',
  'start_edtf',
  'end_edtf',
  'category',
  'text_lang',
  'title',
  'summary',
  'actor1',
  'actor2',
  'associated',
  'location_name',
  'admin1',
  'latitude',
  'longitude',
  'geo_precision',
  'fatalities',
  'fatalities_low',
  'fatalities_high',
  'outlet',
  'outlet_lang',
  'doc',
] as const;

/** The event of a row: its stored JSON, or the object its mapped columns describe. */
export function rowToEvent(row: EventRow): unknown {
  if (typeof row.doc === 'string') return JSON.parse(row.doc) as unknown;
  const lang = stringOf(row.text_lang) ?? 'en';
  const text = (value: unknown): LocalizedText | undefined => {
    const string = stringOf(value);
    return string === undefined ? undefined : { [lang]: string };
  };
  const event: Record<string, unknown> = { id: row.id, start: row.start_edtf };
  setIf(event, 'end', stringOf(row.end_edtf));
  event.title = text(row.title);
  setIf(event, 'summary', text(row.summary));
  setIf(event, 'category', stringOf(row.category));
  setIf(event, 'actors', actorsOf(row, text));
  setIf(event, 'location', locationOf(row, text));
  setIf(event, 'fatalities', numberOf(row.fatalities));
  const low = numberOf(row.fatalities_low);
  const high = numberOf(row.fatalities_high);
  if (low !== undefined && high !== undefined) event.fatalitiesRange = { low, high };
  const outlet = text(row.outlet);
  if (outlet) event.source = { outlet, language: stringOf(row.outlet_lang) ?? 'und' };
  return event as unknown as ConflictEvent;
}

function actorsOf(row: EventRow, text: (value: unknown) => LocalizedText | undefined): object | undefined {
  const actors: Record<string, unknown> = {};
  setIf(actors, 'actor1', text(row.actor1));
  setIf(actors, 'actor2', text(row.actor2));
  const associated = Array.isArray(row.associated) ? row.associated.map(text).filter(Boolean) : [];
  if (associated.length) actors.associated = associated;
  return Object.keys(actors).length ? actors : undefined;
}

function locationOf(row: EventRow, text: (value: unknown) => LocalizedText | undefined): object | undefined {
  const name = text(row.location_name);
  if (!name) return undefined;
  const location: Record<string, unknown> = { name };
  setIf(location, 'admin1', text(row.admin1));
  const latitude = numberOf(row.latitude);
  const longitude = numberOf(row.longitude);
  if (latitude !== undefined && longitude !== undefined) {
    location.latitude = latitude;
    location.longitude = longitude;
    setIf(location, 'geoPrecision', numberOf(row.geo_precision));
  }
  return location;
}

function setIf(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** DuckDB gives BIGINT as `bigint`: as a number (counts and coordinates are far below 2^53). */
function numberOf(value: unknown): number | undefined {
  if (typeof value === 'bigint') return Number(value);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

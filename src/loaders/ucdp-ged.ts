/**
 * UCDP Georeferenced Event Dataset (GED) CSV to candidate events: dates at `date_prec` (spans
 * where UCDP knows only a range), the nearest ACLED type for each type of violence, `best` deaths
 * with `low`/`high` kept, `where_prec` as the model's geographic precision. See `ucdp-tables.ts`.
 */
import { compareDays, edtfDay, edtfMonth, edtfYear, parseIsoDay, type CalendarDay } from './calendar-days.js';
import { indexColumns } from './csv-formats.js';
import type { CsvRow } from './csv-row.js';
import { DataSetRows, english, setIf } from './csv-row.js';
import { quoted } from './issues.js';
import { missingColumnsIssue, type RowMapper, type UnreadableHeader } from './row-mapper.js';
import {
  UCDP_DATE_PRECISION,
  UCDP_GED_REQUIRED_COLUMNS,
  UCDP_VIOLENCE_TYPES,
  UCDP_WHERE_PRECISION,
} from './ucdp-tables.js';

/** UCDP writes in English: its texts are stored as English (`english()`), its source's language is this. */
const UCDP_LANG = 'en';

/** Reads GED rows after a header naming at least `UCDP_GED_REQUIRED_COLUMNS`. */
export function createUcdpGedRows(header: readonly string[]): RowMapper | UnreadableHeader {
  const columns = indexColumns(header);
  return missingColumnsIssue('UCDP GED', columns, UCDP_GED_REQUIRED_COLUMNS) ?? new UcdpGedRows(columns, header.length);
}

type EventDates = { start: string; end?: string };

class UcdpGedRows extends DataSetRows {
  constructor(columns: ReadonlyMap<string, number>, headerFields: number) {
    super(columns, headerFields, 'id', 'ucdp-ged');
  }

  protected read(row: CsvRow): Record<string, unknown> | undefined {
    const dates = this.readDates(row);
    const violence = this.readViolence(row);
    const location = this.readLocation(row);
    const deaths = readDeaths(row);
    if (!dates || !violence || location === null || deaths === null) return undefined;
    const event: Record<string, unknown> = { id: row.id, start: dates.start };
    setIf(event, 'end', dates.end);
    event.title = { en: titleOf(row) };
    event.category = violence.category;
    setIf(event, 'summary', english(row.text('source_headline')));
    setIf(event, 'actors', readSides(row));
    setIf(event, 'location', location);
    setIf(event, 'fatalities', deaths.fatalities);
    setIf(event, 'fatalitiesRange', deaths.fatalitiesRange);
    event.source = readSource(row);
    return event;
  }

  /** `date_start`–`date_end` at `date_prec`. */
  private readDates(row: CsvRow): EventDates | undefined {
    const first = readDay(row, 'date_start');
    const last = row.text('date_end') ? readDay(row, 'date_end') : first;
    const precision = row.text('date_prec');
    if (!Object.hasOwn(UCDP_DATE_PRECISION, precision)) {
      row.error('date_prec', `${quoted(precision)} is not a UCDP date precision (1–5)`);
      return undefined;
    }
    if (!first || !last) return undefined;
    if (compareDays(last, first) < 0) {
      row.error('date_end', `${quoted(row.text('date_end'))} is before date_start`);
      return undefined;
    }
    const code = precision as keyof typeof UCDP_DATE_PRECISION;
    row.decide('date_prec', code, UCDP_DATE_PRECISION[code].meaning);
    return datesAt(code, first, last);
  }

  private readViolence(row: CsvRow): (typeof UCDP_VIOLENCE_TYPES)[keyof typeof UCDP_VIOLENCE_TYPES] | undefined {
    const text = row.text('type_of_violence');
    if (!Object.hasOwn(UCDP_VIOLENCE_TYPES, text)) {
      row.error('type_of_violence', `${quoted(text)} is not 1 (state-based), 2 (non-state) or 3 (one-sided)`);
      return undefined;
    }
    const rule = UCDP_VIOLENCE_TYPES[text as keyof typeof UCDP_VIOLENCE_TYPES];
    row.decide('type_of_violence', `${text} (${rule.name})`, `category ${rule.category}, type ${rule.eventType}`);
    return rule;
  }

  /** The place and its coordinates at `where_prec`; `null` when a number is malformed. */
  private readLocation(row: CsvRow): Record<string, unknown> | undefined | null {
    const point = row.coordinates();
    if (point === null) return null;
    const name = row.text('where_coordinates') || row.text('adm_2') || row.text('adm_1') || row.text('country');
    if (!name) return undefined;
    const place: Record<string, unknown> = { name: { en: name } };
    setIf(place, 'admin1', english(row.text('adm_1')));
    if (point) Object.assign(place, this.placed(row, point.latitude, point.longitude));
    return place;
  }

  /** Coordinates with their `geoPrecision`, or none where `where_prec` says only the country (or the sea) is known. */
  private placed(row: CsvRow, latitude: number, longitude: number): Record<string, number> {
    const code = row.text('where_prec');
    if (!Object.hasOwn(UCDP_WHERE_PRECISION, code)) {
      if (code) row.warning('where_prec', `${quoted(code)} is not a UCDP location precision (1–7), so none was kept`);
      return { latitude, longitude };
    }
    const geoPrecision = UCDP_WHERE_PRECISION[code as keyof typeof UCDP_WHERE_PRECISION];
    if (geoPrecision === null) {
      row.decide('where_prec', code, 'coordinates left out (only the country, or open water, is known)');
      return {};
    }
    row.decide('where_prec', code, `location.geoPrecision ${geoPrecision}`);
    return { latitude, longitude, geoPrecision };
  }
}

function readDay(row: CsvRow, column: 'date_start' | 'date_end'): CalendarDay | undefined {
  const text = row.text(column);
  const day = text ? parseIsoDay(text) : undefined;
  if (!day) row.error(column, text ? `${quoted(text)} is not a date (YYYY-MM-DD)` : 'the row has no date');
  return day;
}

/** The EDTF dates of a precision code: never a plain day where UCDP knows only a range. */
function datesAt(code: keyof typeof UCDP_DATE_PRECISION, first: CalendarDay, last: CalendarDay): EventDates {
  const result = UCDP_DATE_PRECISION[code].result;
  const write = result === 'year' ? edtfYear : result === 'month' ? edtfMonth : edtfDay;
  const start = write(first);
  const end = write(last);
  if (end !== start) return { start, end };
  // A range of days that is one day: UCDP says it does not know the day, so it is only "about".
  return { start: result === 'day-span' ? `${start}~` : start };
}

/** `best` as the deaths, `low`/`high` as their range; `null` when one is malformed. */
function readDeaths(row: CsvRow): { fatalities?: number; fatalitiesRange?: { low: number; high: number } } | null {
  const best = row.wholeNumber('best');
  const low = row.wholeNumber('low');
  const high = row.wholeNumber('high');
  if (best === null || low === null || high === null) return null;
  if (low === undefined || high === undefined) return { fatalities: best };
  const ordered = low <= high && (best === undefined || (low <= best && best <= high));
  if (ordered) return { fatalities: best, fatalitiesRange: { low, high } };
  row.warning(
    'low',
    `low ${low}, best ${best ?? '–'} and high ${high} are not in order, so low and high were left out`,
  );
  return { fatalities: best };
}

/** Side A and side B, as the dyad's two actors. */
function readSides(row: CsvRow): Record<string, unknown> | undefined {
  const actors: Record<string, unknown> = {};
  setIf(actors, 'actor1', english(row.text('side_a')));
  setIf(actors, 'actor2', english(row.text('side_b')));
  return actors.actor1 || actors.actor2 ? actors : undefined;
}

/** The place, then the dyad: "Mosul town: Government of Iraq - IS" (one dyad fights in many places). */
function titleOf(row: CsvRow): string {
  const dyad =
    row.text('dyad_name') ||
    [row.text('side_a'), row.text('side_b')].filter(Boolean).join(' - ') ||
    row.text('conflict_name') ||
    'UCDP GED event';
  const place = row.text('where_coordinates') || row.text('adm_1') || row.text('country');
  return place ? `${place}: ${dyad}` : dyad;
}

/** The publishing organisations (else the source references), and UCDP GED itself. */
function readSource(row: CsvRow): Record<string, unknown> {
  const outlets = row.text('source_office') || row.text('source_article');
  const published = parseIsoDay(row.text('source_date'));
  const source: Record<string, unknown> = {
    outlet: { en: outlets ? `${outlets} (via UCDP GED)` : 'UCDP GED' },
    language: UCDP_LANG,
  };
  if (published) source.published = edtfDay(published);
  return source;
}

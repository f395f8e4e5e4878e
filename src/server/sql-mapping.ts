/**
 * The SQL that turns ACLED and UCDP GED rows (every column read as text) into the server's event
 * rows, following the plain-data rules of `mapping.ts` (loaded as the `map_*` tables). All of it
 * runs inside DuckDB, so ten million rows map in seconds; each row gets its first `problem` (a
 * sentence naming the column and value) or none, and rows with a problem are reported, not kept.
 *
 * The event rows (`EVENT_COLUMNS`) carry the model's fields as columns; `row-events.ts` turns one
 * into a `ConflictEvent`. Times are calendar milliseconds (see `http-protocol.ts`): `start_ms` the
 * first instant, `end_ms` the first instant after the event.
 */
import {
  ACLED_EVENT_TYPES,
  ACLED_SUB_EVENT_CATEGORIES,
  ACLED_TIME_PRECISION,
  SOURCE_REPORT_LANGUAGE,
  SOURCE_TEXT_LANGUAGE,
  UCDP_DATE_PRECISION,
  UCDP_VIOLENCE_CATEGORIES,
  UCDP_WHERE_PRECISION,
} from './mapping.js';
import { EVENT_TYPES } from '../model/types.js';
import { DEFAULT_FIELD_LIMIT, MAX_ID_LENGTH } from '../model/spec.js';

/** The event table's columns, in order, with their DuckDB types. */
export const EVENT_COLUMNS = [
  ['source_file', 'INTEGER'],
  ['source_row', 'BIGINT'],
  ['id', 'VARCHAR'],
  ['start_ms', 'BIGINT'],
  ['end_ms', 'BIGINT'],
  ['type_code', 'UTINYINT'],
  ['start_edtf', 'VARCHAR'],
  ['end_edtf', 'VARCHAR'],
  ['category', 'VARCHAR'],
  ['text_lang', 'VARCHAR'],
  ['title', 'VARCHAR'],
  ['summary', 'VARCHAR'],
  ['actor1', 'VARCHAR'],
  ['actor2', 'VARCHAR'],
  ['associated', 'VARCHAR[]'],
  ['location_name', 'VARCHAR'],
  ['admin1', 'VARCHAR'],
  ['latitude', 'DOUBLE'],
  ['longitude', 'DOUBLE'],
  ['geo_precision', 'UTINYINT'],
  ['fatalities', 'BIGINT'],
  ['fatalities_low', 'BIGINT'],
  ['fatalities_high', 'BIGINT'],
  ['outlet', 'VARCHAR'],
  ['outlet_lang', 'VARCHAR'],
  /** The event as the library's JSON, for JSON sources (the other text columns are then null). */
  ['doc', 'VARCHAR'],
] as const;

export type EventColumn = (typeof EVENT_COLUMNS)[number][0];

/** `CREATE TABLE` for the event rows, with `extra` column definitions (a staging table's `problem`). */
export function createEventTableSql(name: string, extra: readonly string[] = []): string {
  const columns = [...EVENT_COLUMNS.map(([column, type]) => `${column} ${type}`), ...extra];
  return `CREATE OR REPLACE TABLE ${name} (${columns.join(', ')})`;
}

/** A SQL string literal (for the constant mapping tables only; values from files and clients are bound). */
function literal(value: string | number | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return String(value);
  return `'${value.replace(/'/g, "''")}'`;
}

function valuesTable(name: string, columns: string[], rows: (string | number | null)[][]): string {
  const values = rows.map((row) => `(${row.map(literal).join(', ')})`).join(',\n  ');
  return `CREATE OR REPLACE TEMP TABLE ${name} (${columns.join(', ')}) AS VALUES\n  ${values}`;
}

/** The statements that load `mapping.ts` into DuckDB as `map_*` tables. */
export function mappingTablesSql(): string[] {
  const typeCode = (type: string) => EVENT_TYPES.indexOf(type as (typeof EVENT_TYPES)[number]);
  const acledType = new Map(ACLED_EVENT_TYPES.map((entry) => [entry.acled, entry.eventType]));
  return [
    valuesTable(
      'map_acled_precision',
      ['code', 'rule'],
      ACLED_TIME_PRECISION.map((rule) => [rule.code, rule.rule]),
    ),
    valuesTable(
      'map_ucdp_precision',
      ['code', 'rule'],
      UCDP_DATE_PRECISION.map((rule) => [rule.code, rule.rule]),
    ),
    valuesTable(
      'map_acled_event_types',
      ['event_type_key', 'type_code'],
      ACLED_EVENT_TYPES.map((entry) => [entry.acled.toLowerCase(), typeCode(entry.eventType)]),
    ),
    valuesTable(
      'map_acled_sub_events',
      ['event_type_key', 'sub_event_type_key', 'category', 'type_code'],
      ACLED_SUB_EVENT_CATEGORIES.map((rule) => [
        rule.eventType.toLowerCase(),
        rule.subEventType.toLowerCase(),
        rule.category,
        typeCode(acledType.get(rule.eventType) ?? 'strategic-developments'),
      ]),
    ),
    valuesTable(
      'map_ucdp_violence',
      ['code', 'category', 'type_code'],
      UCDP_VIOLENCE_CATEGORIES.map((rule) => [
        rule.code,
        rule.category,
        typeCode(rule.category === 'armed-clash' ? 'battles' : 'violence-against-civilians'),
      ]),
    ),
    valuesTable(
      'map_ucdp_where',
      ['code', 'geo_precision'],
      UCDP_WHERE_PRECISION.map((rule) => [rule.code, rule.geoPrecision]),
    ),
  ];
}

/** The columns each format reads; a file must have the required ones, the others may be missing (then empty). */
export const ACLED_COLUMNS = {
  required: ['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type'],
  optional: [
    'actor1',
    'assoc_actor_1',
    'actor2',
    'assoc_actor_2',
    'admin1',
    'location',
    'latitude',
    'longitude',
    'geo_precision',
    'source',
    'notes',
    'fatalities',
  ],
} as const;

export const UCDP_COLUMNS = {
  required: ['id', 'type_of_violence', 'date_prec', 'date_start', 'date_end'],
  optional: [
    'conflict_name',
    'dyad_name',
    'side_a',
    'side_b',
    'source_office',
    'source_headline',
    'where_prec',
    'where_description',
    'adm_1',
    'adm_2',
    'country',
    'latitude',
    'longitude',
    'best',
    'high',
    'low',
  ],
} as const;

/** Trimmed text, NULL when empty. */
const text = (column: string) => `nullif(trim(${column}), '')`;

/** A whole number ≥ 0 when the text is one, NULL when empty; `bad_<name>` says when it is malformed. */
function count(column: string, name: string): string {
  const ok = `regexp_full_match(trim(${column}), '\\d{1,15}')`;
  return `CASE WHEN ${ok} THEN try_cast(trim(${column}) AS BIGINT) END AS ${name},
    coalesce(${text(column)} IS NOT NULL AND NOT ${ok}, false) AS bad_${name}`;
}

/** A decimal coordinate within ±`limit`, NULL when empty; `bad_<name>` when malformed or out of range. */
function coordinate(column: string, name: string, limit: number): string {
  const value = `try_cast(trim(${column}) AS DOUBLE)`;
  const ok = `(regexp_full_match(trim(${column}), '-?\\d{1,3}(\\.\\d{1,12})?') AND abs(${value}) <= ${limit})`;
  return `CASE WHEN ${ok} THEN ${value} END AS ${name},
    coalesce(${text(column)} IS NOT NULL AND NOT ${ok}, false) AS bad_${name}`;
}

/** A `;`-separated list, trimmed, without empty entries. */
const list = (expression: string) =>
  `list_filter(list_transform(string_split(coalesce(${expression}, ''), ';'), x -> trim(x)), x -> x <> '')`;

/** `'… "value" …'` for a problem sentence: the value quoted, cut at 60 characters. */
const quoted = (column: string) =>
  `'"' || CASE WHEN length(${column}) > 60 THEN left(${column}, 60) || '…' ELSE coalesce(${column}, '') END || '"'`;

const DAY = 86_400_000;

/** EDTF text of a date at a precision. */
function edtf(date: string, precision: 'day' | 'month' | 'year'): string {
  if (precision === 'year') return `printf('%04d', year(${date}))`;
  if (precision === 'month') return `printf('%04d-%02d', year(${date}), month(${date}))`;
  return `printf('%04d-%02d-%02d', year(${date}), month(${date}), day(${date}))`;
}

/** Calendar milliseconds of a date's midnight. */
const ms = (date: string) => `epoch_ms(${date}::TIMESTAMP)`;

/**
 * The start, end and times of the date rules of `mapping.ts`, from `d1` (the date) and `d2` (an
 * end date, UCDP only), as the columns `start_edtf`, `end_edtf`, `start_ms`, `end_ms`.
 */
function dateRuleColumns(rule: string, d1: string, d2: string): string {
  const month1 = `date_trunc('month', ${d1})`;
  const month2 = `date_trunc('month', ${d2})`;
  const year1 = `date_trunc('year', ${d1})`;
  const year2 = `date_trunc('year', ${d2})`;
  const laterDay = `(${d2} IS NOT NULL AND ${d2} > ${d1})`;
  return `
    CASE ${rule}
      WHEN 'day' THEN ${edtf(d1, 'day')}
      WHEN 'approximate-day' THEN ${edtf(d1, 'day')} || '~'
      WHEN 'span' THEN ${edtf(d1, 'day')}
      WHEN 'month' THEN ${edtf(d1, 'month')}
      WHEN 'year' THEN ${edtf(d1, 'year')}
    END AS start_edtf,
    CASE
      WHEN ${rule} IN ('day', 'span') AND ${laterDay} THEN ${edtf(d2, 'day')}
      WHEN ${rule} = 'month' AND ${d2} IS NOT NULL AND ${month2} > ${month1} THEN ${edtf(d2, 'month')}
      WHEN ${rule} = 'year' AND ${d2} IS NOT NULL AND ${year2} > ${year1} THEN ${edtf(d2, 'year')}
    END AS end_edtf,
    CASE ${rule}
      WHEN 'month' THEN ${ms(month1)}
      WHEN 'year' THEN ${ms(year1)}
      ELSE ${ms(d1)}
    END AS start_ms,
    CASE
      WHEN ${rule} = 'month' THEN ${ms(`(CASE WHEN ${d2} > ${d1} THEN ${month2} ELSE ${month1} END + INTERVAL 1 MONTH)`)}
      WHEN ${rule} = 'year' THEN ${ms(`(CASE WHEN ${d2} > ${d1} THEN ${year2} ELSE ${year1} END + INTERVAL 1 YEAR)`)}
      WHEN ${rule} IN ('day', 'span') AND ${laterDay} THEN ${ms(d2)} + ${DAY}
      ELSE ${ms(d1)} + ${DAY}
    END AS end_ms`;
}

/** The event-row columns shared by both formats, after the format's own `mapped` CTE. */
function eventRowSelect(fileNumber: number): string {
  return `
  SELECT ${fileNumber} AS source_file, source_row, id, start_ms, end_ms, type_code, start_edtf, end_edtf, category,
    '${SOURCE_TEXT_LANGUAGE}' AS text_lang, left(title, ${DEFAULT_FIELD_LIMIT}) AS title, left(summary, ${DEFAULT_FIELD_LIMIT}) AS summary,
    actor1, actor2, associated, location_name, admin1,
    CASE WHEN location_name IS NOT NULL THEN latitude END AS latitude,
    CASE WHEN location_name IS NOT NULL THEN longitude END AS longitude,
    CASE WHEN location_name IS NOT NULL AND latitude IS NOT NULL AND longitude IS NOT NULL THEN geo_precision END AS geo_precision,
    fatalities, fatalities_low, fatalities_high, outlet, '${SOURCE_REPORT_LANGUAGE}' AS outlet_lang, NULL AS doc,
    problem`;
}

/**
 * The mapping of an ACLED relation (text columns as in the export, plus `source_row`) to event
 * rows with a `problem` column. `relation` is a table or subquery the server wrote, never input.
 */
export function acledMappingSql(relation: string, fileNumber: number): string {
  const d = 'parsed_date';
  return `
WITH parsed AS (
  SELECT source_row,
    ${text('event_id_cnty')} AS id,
    trim(event_date) AS event_date_text,
    CASE
      WHEN regexp_full_match(trim(event_date), '\\d{4}-\\d{2}-\\d{2}') THEN try_strptime(trim(event_date), '%Y-%m-%d')
      WHEN regexp_full_match(trim(event_date), '\\d{1,2} [A-Za-z]+ \\d{4}') THEN try_strptime(trim(event_date), '%d %B %Y')
    END::DATE AS ${d},
    trim(time_precision) AS precision_text,
    trim(event_type) AS event_type_text,
    trim(sub_event_type) AS sub_event_type_text,
    ${text('actor1')} AS actor1, ${text('actor2')} AS actor2,
    ${list(`coalesce(assoc_actor_1, '') || ';' || coalesce(assoc_actor_2, '')`)} AS associated,
    ${text('location')} AS location_name, ${text('admin1')} AS admin1,
    ${coordinate('latitude', 'latitude', 90)},
    ${coordinate('longitude', 'longitude', 180)},
    CASE WHEN regexp_full_match(trim(geo_precision), '[123]') THEN try_cast(trim(geo_precision) AS UTINYINT) END AS geo_precision,
    coalesce(${text('geo_precision')} IS NOT NULL AND NOT regexp_full_match(trim(geo_precision), '[123]'), false) AS bad_geo_precision,
    ${count('fatalities', 'fatalities')},
    nullif(array_to_string(${list('source')}, '; '), '') AS outlet,
    ${text('notes')} AS summary
  FROM ${relation}
),
mapped AS (
  SELECT parsed.*, p.rule, s.category, s.type_code, t.type_code AS known_type,
    NULL::BIGINT AS fatalities_low, NULL::BIGINT AS fatalities_high,
    concat_ws(' in ', nullif(sub_event_type_text, ''), location_name) AS title,
    ${dateRuleColumns('p.rule', d, 'NULL::DATE')},
    CASE
      WHEN id IS NULL THEN 'event_id_cnty is empty'
      WHEN length(id) > ${MAX_ID_LENGTH} THEN 'event_id_cnty is longer than ${MAX_ID_LENGTH} characters'
      WHEN ${d} IS NULL THEN 'event_date ' || ${quoted('event_date_text')} || ' is not a date (YYYY-MM-DD or DD Month YYYY)'
      WHEN p.rule IS NULL THEN 'time_precision ' || ${quoted('precision_text')} || ' is not 1, 2 or 3'
      WHEN t.type_code IS NULL THEN 'event_type ' || ${quoted('event_type_text')} || ' is not an ACLED event type'
      WHEN s.category IS NULL THEN 'sub_event_type ' || ${quoted('sub_event_type_text')} || ' is not an ACLED sub-event type of ' || ${quoted('event_type_text')}
      WHEN bad_fatalities THEN 'fatalities is not a whole number'
      WHEN bad_latitude THEN 'latitude is not a number between -90 and 90'
      WHEN bad_longitude THEN 'longitude is not a number between -180 and 180'
      WHEN bad_geo_precision THEN 'geo_precision is not 1, 2 or 3'
    END AS problem
  FROM parsed
  LEFT JOIN map_acled_precision p ON precision_text = p.code::VARCHAR
  LEFT JOIN map_acled_event_types t ON lower(event_type_text) = t.event_type_key
  LEFT JOIN map_acled_sub_events s ON lower(event_type_text) = s.event_type_key AND lower(sub_event_type_text) = s.sub_event_type_key
)
${eventRowSelect(fileNumber)}
FROM mapped`;
}

/** The mapping of a UCDP GED relation (text columns as in the CSV, plus `source_row`) to event rows with a `problem` column. */
export function ucdpMappingSql(relation: string, fileNumber: number): string {
  const datePattern = `'\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?)?'`;
  const date = (column: string) =>
    `CASE WHEN regexp_full_match(trim(${column}), ${datePattern}) THEN try_strptime(left(trim(${column}), 10), '%Y-%m-%d') END::DATE`;
  return `
WITH parsed AS (
  SELECT source_row,
    ${text('id')} AS id,
    trim(date_start) AS date_start_text, trim(date_end) AS date_end_text,
    ${date('date_start')} AS d1, ${date('date_end')} AS d2,
    trim(date_prec) AS precision_text,
    trim(type_of_violence) AS violence_text,
    coalesce(${text('dyad_name')}, ${text('conflict_name')}) AS what,
    ${text('side_a')} AS actor1, ${text('side_b')} AS actor2,
    []::VARCHAR[] AS associated,
    coalesce(${text('where_description')}, ${text('adm_2')}, ${text('adm_1')}, ${text('country')}) AS location_name,
    ${text('adm_1')} AS admin1,
    ${coordinate('latitude', 'latitude', 90)},
    ${coordinate('longitude', 'longitude', 180)},
    trim(where_prec) AS where_text,
    ${count('best', 'fatalities')},
    ${count('low', 'fatalities_low')},
    ${count('high', 'fatalities_high')},
    nullif(array_to_string(${list('source_office')}, '; '), '') AS outlet,
    ${text('source_headline')} AS summary
  FROM ${relation}
),
mapped AS (
  SELECT parsed.* EXCLUDE (latitude, longitude, fatalities_low, fatalities_high),
    p.rule, v.category, v.type_code,
    coalesce(nullif(concat_ws(' in ', what, location_name), ''), 'UCDP GED event ' || id) AS title,
    CASE WHEN w.geo_precision IS NOT NULL THEN latitude END AS latitude,
    CASE WHEN w.geo_precision IS NOT NULL THEN longitude END AS longitude,
    w.geo_precision::UTINYINT AS geo_precision,
    CASE WHEN fatalities_low <= fatalities_high THEN fatalities_low END AS fatalities_low,
    CASE WHEN fatalities_low <= fatalities_high THEN fatalities_high END AS fatalities_high,
    ${dateRuleColumns('p.rule', 'd1', 'd2')},
    CASE
      WHEN id IS NULL THEN 'id is empty'
      WHEN length(id) > ${MAX_ID_LENGTH} THEN 'id is longer than ${MAX_ID_LENGTH} characters'
      WHEN d1 IS NULL THEN 'date_start ' || ${quoted('date_start_text')} || ' is not a date (YYYY-MM-DD)'
      WHEN p.rule IS NULL THEN 'date_prec ' || ${quoted('precision_text')} || ' is not 1 to 5'
      WHEN d2 IS NULL AND p.rule = 'span' THEN 'date_end ' || ${quoted('date_end_text')} || ' is not a date (YYYY-MM-DD), and date_prec ' || precision_text || ' needs it'
      WHEN d2 IS NULL AND nullif(date_end_text, '') IS NOT NULL THEN 'date_end ' || ${quoted('date_end_text')} || ' is not a date (YYYY-MM-DD)'
      WHEN d2 < d1 THEN 'date_end is before date_start'
      WHEN v.category IS NULL THEN 'type_of_violence ' || ${quoted('violence_text')} || ' is not 1, 2 or 3'
      WHEN bad_fatalities THEN 'best is not a whole number'
      WHEN bad_fatalities_low THEN 'low is not a whole number'
      WHEN bad_fatalities_high THEN 'high is not a whole number'
      WHEN bad_latitude THEN 'latitude is not a number between -90 and 90'
      WHEN bad_longitude THEN 'longitude is not a number between -180 and 180'
    END AS problem
  FROM parsed
  LEFT JOIN map_ucdp_precision p ON precision_text = p.code::VARCHAR
  LEFT JOIN map_ucdp_violence v ON violence_text = v.code::VARCHAR
  LEFT JOIN map_ucdp_where w ON where_text = w.code::VARCHAR
)
${eventRowSelect(fileNumber)}
FROM mapped`;
}

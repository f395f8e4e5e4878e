/**
 * Reads one source file into the store's staging table: an ACLED or UCDP GED CSV through DuckDB's
 * CSV reader and the SQL of `sql-mapping.ts`, or the library's JSON through the model's validator
 * (the same one the element uses). The format is found from the file's first bytes and header.
 */
import { open, readFile } from 'node:fs/promises';
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import type { DuckDb } from './duckdb-api.js';
import { ACLED_COLUMNS, UCDP_COLUMNS, acledMappingSql, ucdpMappingSql, EVENT_COLUMNS } from './sql-mapping.js';
import { FORMAT_SIGNATURES } from './mapping.js';
import { importConflictJson } from '../loaders/conflict-json.js';
import { validateEvents } from '../model/validate.js';
import { parseEdtf, type ParsedDate } from '../model/edtf.js';
import { EVENT_TYPES, eventTypeOf, type ConflictEvent } from '../model/types.js';

export type SourceFormat = 'acled' | 'ucdp' | 'json';

export const SOURCE_FORMATS: readonly SourceFormat[] = ['acled', 'ucdp', 'json'];

/** A file to load; without `format`, it is detected. */
export interface SourceFile {
  readonly path: string;
  readonly format?: SourceFormat;
}

/** A loaded file: its format and the number of data rows read (kept or not). */
export interface LoadedFile {
  readonly path: string;
  readonly format: SourceFormat;
  readonly rows: number;
}

/** The file could not be read as the format it claims or seems to be. */
export class SourceFileError extends Error {
  override readonly name = 'SourceFileError';
}

/** Bytes read to detect the format and the CSV header. */
const HEAD_BYTES = 1 << 16;

/** Loads a file into `staging` (numbered `index` in issues). */
export async function loadSourceFile(
  duckdb: DuckDb,
  connection: DuckDBConnection,
  file: SourceFile,
  index: number,
): Promise<LoadedFile> {
  const head = await readHead(file.path);
  const format = file.format ?? detectFormat(head, file.path);
  if (format === 'json') return { path: file.path, format, rows: await loadJson(duckdb, connection, file.path, index) };
  return { path: file.path, format, rows: await loadCsv(connection, file.path, format, csvHeader(head), index) };
}

async function readHead(path: string): Promise<string> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new SourceFileError(`${path}: cannot be read (${error.code ?? error.message}).`);
  });
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  } finally {
    await handle.close();
  }
}

/** JSON by its first character; ACLED or UCDP GED by the columns of the CSV header. */
export function detectFormat(head: string, path: string): SourceFormat {
  const first = head.trimStart()[0];
  if (first === '[' || first === '{') return 'json';
  const columns = new Set(csvHeader(head).map(normalizeName));
  for (const format of ['acled', 'ucdp'] as const)
    if (FORMAT_SIGNATURES[format].every((column) => columns.has(column))) return format;
  throw new SourceFileError(
    `${path}: not a recognised file. An ACLED export has the columns ${FORMAT_SIGNATURES.acled.join(', ')}; ` +
      `a UCDP GED CSV ${FORMAT_SIGNATURES.ucdp.join(', ')}; the library's JSON starts with [ or {.`,
  );
}

/** The fields of a CSV's first record (quotes and doubled quotes understood). */
export function csvHeader(head: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < head.length; i++) {
    const char = head[i];
    if (quoted) {
      if (char === '"' && head[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') break;
    else field += char;
  }
  fields.push(field);
  return fields;
}

function normalizeName(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Reads the CSV with DuckDB (every column as text, named `c0`, `c1`, … so that no header text
 * reaches the SQL), maps it on the way, and appends the rows to `staging`. Rows that are not CSV (a wrong
 * number of fields, an unterminated quote) are reported with their line.
 */
async function loadCsv(
  connection: DuckDBConnection,
  path: string,
  format: 'acled' | 'ucdp',
  header: readonly string[],
  index: number,
): Promise<number> {
  const positions = new Map<string, number>();
  header.forEach((name, position) => {
    if (!positions.has(normalizeName(name))) positions.set(normalizeName(name), position);
  });
  const wanted = format === 'acled' ? ACLED_COLUMNS : UCDP_COLUMNS;
  const missing = wanted.required.filter((column) => !positions.has(column));
  if (missing.length)
    throw new SourceFileError(`${path}: the ${format.toUpperCase()} columns ${missing.join(', ')} are missing.`);
  const select = [...wanted.required, ...wanted.optional].map((column) => {
    const position = positions.get(column);
    return position === undefined ? `NULL::VARCHAR AS ${column}` : `c${position} AS ${column}`;
  });
  const columns = header.map((_, position) => `'c${position}': 'VARCHAR'`).join(', ');
  const options = `auto_detect = false, header = true, columns = {${columns}}, delim = ',', quote = '"', escape = '"', store_rejects = true, rejects_table = 'csv_rejects', rejects_scan = 'csv_reject_scans', max_line_size = 16777216`;
  const rows = `(SELECT row_number() OVER () AS source_row, ${select.join(', ')} FROM read_csv($path, ${options}))`;
  const mapping = format === 'acled' ? acledMappingSql(rows, index) : ucdpMappingSql(rows, index);
  try {
    await connection.run(`INSERT INTO staging BY NAME (${mapping})`, { path });
  } catch (error) {
    throw new SourceFileError(`${path}: cannot be read as CSV (${firstLine(error)}).`);
  }
  // Lines that are not CSV: reported as rows with a problem (their line number, negative, marks them).
  await connection.run(
    `INSERT INTO staging BY NAME
     SELECT ${index} AS source_file, -(line::BIGINT) AS source_row, 'line ' || line || ' is not a CSV row: ' || error_message AS problem
     FROM csv_rejects`,
  );
  await connection.run('DROP TABLE IF EXISTS csv_rejects');
  await connection.run('DROP TABLE IF EXISTS csv_reject_scans');
  const reader = await connection.runAndReadAll(`SELECT count(*) AS n FROM staging WHERE source_file = ${index}`);
  return Number(reader.getRowObjectsJS()[0]?.n ?? 0);
}

/** Reads the library's JSON, validates it with the model's validator, and appends the events to `staging`. */
async function loadJson(duckdb: DuckDb, connection: DuckDBConnection, path: string, index: number): Promise<number> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    throw new SourceFileError(`${path}: not JSON (${firstLine(error)}).`);
  }
  const imported = importConflictJson(value);
  if (imported.issues.length) throw new SourceFileError(`${path}: ${imported.issues[0]?.message ?? 'not events'}`);
  const { events, issues } = validateEvents(imported.events);
  const appender = await connection.createAppender('staging');
  const writeRow = rowWriter(duckdb, appender);
  events.forEach((event, position) => writeRow(jsonEventRow(event, index, position + 1)));
  for (const issue of issues)
    if (issue.severity === 'error')
      writeRow({ source_file: index, source_row: issue.index + 1, id: issue.id ?? null, problem: issue.message });
  appender.closeSync();
  return imported.events.length;
}

/** The staging row of a validated event: its times, type and the event itself as JSON. */
function jsonEventRow(event: ConflictEvent, file: number, row: number): Record<string, unknown> {
  const start = parseEdtf(event.start);
  const end = event.end === undefined ? start : parseEdtf(event.end);
  // The validator accepted the dates, so both parse.
  const first = start.ok ? calendarStart(start.date) : 0;
  const last = end.ok ? calendarEnd(end.date) : first;
  return {
    source_file: file,
    source_row: row,
    id: event.id,
    start_ms: first,
    end_ms: Math.max(last, first + 1),
    type_code: EVENT_TYPES.indexOf(eventTypeOf(event.category)),
    start_edtf: event.start,
    end_edtf: event.end ?? null,
    category: event.category ?? null,
    doc: JSON.stringify(event),
  };
}

/** Appends one row by column name (absent columns are NULL). */
function rowWriter(duckdb: DuckDb, appender: DuckDBAppender) {
  const types = Object.fromEntries(EVENT_COLUMNS.map(([column, type]) => [column, type]));
  return (row: Record<string, unknown>): void => {
    for (const column of [...EVENT_COLUMNS.map(([name]) => name), 'problem']) {
      const value = row[column];
      const type = types[column] ?? 'VARCHAR';
      if (value === null || value === undefined) appender.appendNull();
      else if (type === 'BIGINT') appender.appendBigInt(BigInt(value as number));
      else if (type === 'INTEGER') appender.appendInteger(value as number);
      else if (type === 'UTINYINT') appender.appendUTinyInt(value as number);
      else if (type === 'DOUBLE') appender.appendDouble(value as number);
      else if (type === 'VARCHAR[]')
        appender.appendList(duckdb.listValue(value as string[]), duckdb.LIST(duckdb.VARCHAR));
      else appender.appendVarchar(String(value));
    }
    appender.endRow();
  };
}

/** Calendar milliseconds of a date's first instant. */
function calendarStart(date: ParsedDate): number {
  return calendarDay(date.year, date.month ?? 1, date.day ?? 1);
}

/** Calendar milliseconds of the first instant after a date (the next day, month or year). */
function calendarEnd(date: ParsedDate): number {
  if (date.precision === 'day') return calendarDay(date.year, date.month ?? 1, (date.day ?? 1) + 1);
  if (date.precision === 'month') return calendarDay(date.year, (date.month ?? 1) + 1, 1);
  return calendarDay(date.year + 1, 1, 1);
}

function calendarDay(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
}

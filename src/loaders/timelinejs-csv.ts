/**
 * CSV (RFC 4180) and the TimelineJS Google Sheets template exported as CSV, to candidate events.
 * See https://timeline.knightlab.com/docs/using-spreadsheets.html.
 */
import type { ValidationIssue } from '../model/validate.js';
import { IdRegistry } from './ids.js';
import { fieldIssue, quoted, sourceIssue } from './issues.js';
import { convertSlide, type SlideContext, type SlideConversion, type SlideField } from './timelinejs-slide.js';
import type { ImportOptions, ImportResult } from './types.js';

/**
 * Splits CSV text into records of fields (RFC 4180): quoted fields with `""` for a quote, commas
 * and line breaks inside quotes, CRLF, LF or CR line ends, a leading byte order mark. Lenient like
 * a spreadsheet: a stray quote inside an unquoted field is kept as text, an unclosed quote runs
 * to the end. A final line break ends the last record rather than starting an empty one.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\ufeff') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let position = 0;
  while (position < input.length) {
    const field = input.charAt(position) === '"' ? readQuotedField(input, position) : readPlainField(input, position);
    record.push(field.value);
    position = field.end;
    const separator = input.charAt(position);
    if (separator === ',') {
      position++;
      if (position === input.length) record.push('');
      continue;
    }
    records.push(record);
    record = [];
    position += separator === '\r' && input.charAt(position + 1) === '\n' ? 2 : 1;
  }
  // Input ending in a comma leaves its last record open.
  if (record.length > 0) records.push(record);
  return records;
}

interface CsvField {
  readonly value: string;
  /** Index of the separator after the field (`,`, a line break, or the end). */
  readonly end: number;
}

const FIELD_END = /[,\r\n]/g;

function readPlainField(input: string, start: number): CsvField {
  FIELD_END.lastIndex = start;
  const found = FIELD_END.exec(input);
  const end = found ? found.index : input.length;
  return { value: input.slice(start, end), end };
}

/** From an opening quote: the unescaped contents, then any stray text up to the separator. */
function readQuotedField(input: string, start: number): CsvField {
  const pieces: string[] = [];
  let position = start + 1;
  for (;;) {
    const quote = input.indexOf('"', position);
    if (quote === -1) return { value: pieces.join('') + input.slice(position), end: input.length };
    pieces.push(input.slice(position, quote));
    if (input.charAt(quote + 1) !== '"') {
      const rest = readPlainField(input, quote + 1);
      return { value: pieces.join('') + rest.value, end: rest.end };
    }
    pieces.push('"');
    position = quote + 2;
  }
}

// ---------------------------------------------------------------------------------------------
// The TimelineJS sheet.

/** Template columns this reads, by lower-case header, and the slide field each fills. */
const COLUMN_FIELDS = {
  year: 'start_date.year',
  month: 'start_date.month',
  day: 'start_date.day',
  'end year': 'end_date.year',
  'end month': 'end_date.month',
  'end day': 'end_date.day',
  headline: 'text.headline',
  text: 'text.text',
  media: 'media.url',
  'media credit': 'media.credit',
  type: 'type',
  group: 'group',
} as const;

type ColumnName = keyof typeof COLUMN_FIELDS;
type ColumnIndexes = Partial<Record<ColumnName, number>>;

/** The column headers as the template writes them, for messages. */
const HEADER_LABELS: Record<SlideField, string> = {
  'start_date.year': 'Year',
  'start_date.month': 'Month',
  'start_date.day': 'Day',
  'end_date.year': 'End Year',
  'end_date.month': 'End Month',
  'end_date.day': 'End Day',
  'text.headline': 'Headline',
  'text.text': 'Text',
  'media.url': 'Media',
  unique_id: 'Headline',
};

/**
 * Imports a TimelineJS sheet saved as CSV. The first non-blank row holds the headers (matched
 * case-insensitively, trimmed); `Type` = `title` rows are skipped, `era` rows become facts over
 * their range like JSON eras, blank rows are ignored. Rows are numbered in messages as in the
 * sheet (the header is row 1), and `index` is the record's 0-based position in the file.
 * Time, Display Date, Media Caption, Media Thumbnail and Background are not part of the event
 * model and are ignored. Never throws.
 */
export function importTimelineJsCsv(text: string, options: ImportOptions = {}): ImportResult {
  const records = parseCsv(typeof text === 'string' ? text : '');
  const headerRow = records.findIndex((record) => !isBlank(record));
  const columns = headerRow === -1 ? {} : indexColumns(records[headerRow] ?? []);
  if (columns.year === undefined) {
    return {
      events: [],
      issues: [sourceIssue('Year', 'The CSV has no "Year" column, so it is not a TimelineJS sheet.')],
    };
  }
  const lang = options.lang ?? 'en';
  const ids = new IdRegistry();
  const events: unknown[] = [];
  const issues: ValidationIssue[] = [];
  for (let index = headerRow + 1; index < records.length; index++) {
    const record = records[index] ?? [];
    const kind = rowKind(record, columns);
    const conversion = importRow(record, columns, kind, rowContext(index, kind, lang, ids));
    if (conversion.candidate) events.push(conversion.candidate);
    issues.push(...conversion.issues);
  }
  return { events, issues };
}

function indexColumns(header: readonly string[]): ColumnIndexes {
  const columns: ColumnIndexes = {};
  header.forEach((name, index) => {
    const key = name.trim().replace(/\s+/g, ' ').toLowerCase();
    if (Object.hasOwn(COLUMN_FIELDS, key) && columns[key as ColumnName] === undefined)
      columns[key as ColumnName] = index;
  });
  return columns;
}

type RowKind = 'blank' | 'title' | 'era' | 'event' | { readonly unknownType: string };

function rowKind(record: readonly string[], columns: ColumnIndexes): RowKind {
  if (isBlank(record)) return 'blank';
  const type = cell(record, columns, 'type').toLowerCase();
  if (type === '' || type === 'title' || type === 'era') return type || 'event';
  return { unknownType: type };
}

function importRow(
  record: readonly string[],
  columns: ColumnIndexes,
  kind: RowKind,
  context: SlideContext,
): SlideConversion {
  if (kind === 'blank' || kind === 'title') return { issues: [] };
  const conversion = convertSlide(rowAsSlide(record, columns), context);
  if (typeof kind === 'string') return conversion;
  const typeIssue = fieldIssue(
    context.place,
    'Type',
    `the type ${quoted(kind.unknownType)} is not "title" or "era", so the row is read as an event`,
    'warning',
  );
  return { ...conversion, issues: [typeIssue, ...conversion.issues] };
}

/** A sheet row in the TimelineJS JSON slide shape, so both formats share one converter. */
function rowAsSlide(record: readonly string[], columns: ColumnIndexes): object {
  const read = (name: ColumnName) => cell(record, columns, name);
  return {
    start_date: { year: read('year'), month: read('month'), day: read('day') },
    end_date: { year: read('end year'), month: read('end month'), day: read('end day') },
    text: { headline: read('headline'), text: read('text') },
    media: { url: read('media'), credit: read('media credit') },
    group: read('group'),
  };
}

function rowContext(index: number, kind: RowKind, lang: string, ids: IdRegistry): SlideContext {
  const era = kind === 'era';
  return {
    place: { index, label: `Row ${index + 1}` },
    kind: era ? 'era' : 'event',
    noun: era ? 'era' : 'row',
    lang,
    ids,
    fieldName: (field: SlideField) => HEADER_LABELS[field],
  };
}

function cell(record: readonly string[], columns: ColumnIndexes, name: ColumnName): string {
  const index = columns[name];
  return index === undefined ? '' : (record[index] ?? '').trim();
}

function isBlank(record: readonly string[]): boolean {
  return record.every((field) => field.trim() === '');
}

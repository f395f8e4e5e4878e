/**
 * The TimelineJS Google Sheets template exported as CSV, to candidate events.
 * See https://timeline.knightlab.com/docs/using-spreadsheets.html.
 */
import { columnKey } from './csv-formats.js';
import { IdRegistry } from './ids.js';
import { fieldIssue, quoted, sourceIssue } from './issues.js';
import type { RowMapper, RowOutcome, UnreadableHeader } from './row-mapper.js';
import { convertSlide, type SlideContext, type SlideConversion, type SlideField } from './timelinejs-slide.js';
import type { ImportOptions } from './types.js';

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
  'media caption': 'media.caption',
  'media alt': 'media.alt',
  'media alt text': 'media.alt',
  'alt text': 'media.alt',
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
 * Reads the rows of a TimelineJS sheet after its header row (headers matched case-insensitively,
 * trimmed), which must name a `Year` column. `Type` = `title` rows are skipped, `era` rows become
 * facts over their range like JSON eras. Rows are numbered in messages as in the sheet (the
 * header is row 1). An image in Media becomes the event's picture with its Media Credit, Media
 * Caption and alt text (a `Media Alt`, `Media Alt Text` or `Alt Text` column); other media a plain
 * link. Time, Display Date, Media Thumbnail and Background are not part of the event model and
 * are ignored.
 */
export function createTimelineJsRows(
  header: readonly string[],
  options: ImportOptions = {},
): RowMapper | UnreadableHeader {
  const columns = indexColumns(header);
  if (columns.year === undefined) {
    return { issues: [sourceIssue('Year', 'The CSV has no "Year" column, so it is not a TimelineJS sheet.')] };
  }
  return new TimelineJsRows(columns, options.lang ?? 'en');
}

class TimelineJsRows implements RowMapper {
  private readonly ids = new IdRegistry();

  constructor(
    private readonly columns: ColumnIndexes,
    private readonly lang: string,
  ) {}

  map(record: readonly string[], index: number): RowOutcome {
    const kind = rowKind(record, this.columns);
    return importRow(record, this.columns, kind, rowContext(index, kind, this.lang, this.ids));
  }

  decisions() {
    return [];
  }
}

function indexColumns(header: readonly string[]): ColumnIndexes {
  const columns: ColumnIndexes = {};
  header.forEach((name, index) => {
    const key = columnKey(name);
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
    media: {
      url: read('media'),
      credit: read('media credit'),
      caption: read('media caption'),
      alt: read('media alt') || read('media alt text') || read('alt text'),
    },
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

/**
 * The CSV formats the loaders read, told apart by their header row alone. Small on purpose: the
 * element's bundle carries this to recognise a file and loads the readers only for a CSV.
 */

/** The CSV formats read: a TimelineJS sheet, an ACLED export, a UCDP GED CSV. */
export const CSV_FORMATS = ['timelinejs-csv', 'acled-csv', 'ucdp-ged-csv'] as const;
export type CsvFormat = (typeof CSV_FORMATS)[number];

/** Whether a format name is one of the CSV formats. */
export function isCsvFormat(format: string): format is CsvFormat {
  return (CSV_FORMATS as readonly string[]).includes(format);
}

/** Columns only that format's header has together; looked at in this order. */
const SIGNATURES: readonly (readonly [CsvFormat, readonly string[]])[] = [
  ['acled-csv', ['event_id_cnty', 'event_date', 'event_type']],
  ['ucdp-ged-csv', ['date_start', 'type_of_violence']],
  ['timelinejs-csv', ['year', 'headline']],
];

/** A header cell as the readers compare it: trimmed, inner spaces as one, lower case (`EVENT_DATE` is `event_date`). */
export function columnKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The cells of a header line (`"id","date_start"` or `event_id_cnty,event_date`): quoted cells
 * unquoted, `""` read as a quote. Enough to recognise a header without the full CSV reader.
 */
export function splitHeaderLine(line: string): string[] {
  const cells: string[] = [];
  const cell = /"((?:[^"]|"")*)"([^,]*)|([^,]*)/y;
  let position = 0;
  for (;;) {
    cell.lastIndex = position;
    const match = cell.exec(line);
    const [, quoted, after = '', plain = ''] = match ?? [];
    cells.push(quoted === undefined ? plain : quoted.replaceAll('""', '"') + after);
    position = cell.lastIndex;
    if (line.charCodeAt(position) !== 44) return cells;
    position++;
  }
}

/** The format whose columns `header` names, or `undefined`. */
export function csvFormatOfHeader(header: readonly string[]): CsvFormat | undefined {
  const names = new Set(header.map(columnKey));
  return SIGNATURES.find(([, columns]) => columns.every((column) => names.has(column)))?.[0];
}

/** A column index of a header, by `columnKey`; the first of repeated names wins. */
export function indexColumns(header: readonly string[]): Map<string, number> {
  const columns = new Map<string, number>();
  header.forEach((name, index) => {
    const key = columnKey(name);
    if (!columns.has(key)) columns.set(key, index);
  });
  return columns;
}

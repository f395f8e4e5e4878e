/**
 * A data file read the way the element reads `src`, for the command line: streamed through
 * `importStream`, each batch validated as it comes, every issue given the row (or list position)
 * it stands at in the file.
 */
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { importStream, type ImportBatch } from '../loaders/event-stream.js';
import { isCsvFormat } from '../loaders/csv-formats.js';
import type { KnownFormat, MappingDecision, SourceFormat } from '../loaders/types.js';
import type { ConflictEvent } from '../model/types.js';
import { validateEvents, type ValidationIssue } from '../model/validate.js';

/** One problem, placed in the file. */
export interface FileIssue extends ValidationIssue {
  /** 1-based row of a CSV file (the header is row 1), or 1-based position in a JSON list; absent for the whole file. */
  readonly row?: number;
}

/** What reading a whole file found. */
export interface FileReading {
  readonly format: SourceFormat;
  /** Data rows (CSV) or list entries (JSON) read. */
  readonly rows: number;
  readonly bytes: number;
  readonly valid: number;
  readonly issues: FileIssue[];
  readonly decisions: MappingDecision[];
  /** Why the file could not be read at all, when it could not. */
  readonly unreadable?: string;
}

/** Valid events of one batch, in file order. */
export type EventSink = (events: readonly ConflictEvent[]) => Promise<void> | void;

const CONTENT_TYPES: Record<string, string> = { '.csv': 'text/csv', '.json': 'application/json' };

/** Reads `path` in `format` (detected when `auto`), handing each batch's valid events to `sink`. */
export async function readEventFile(
  path: string,
  format: KnownFormat | 'auto',
  sink: EventSink = () => undefined,
): Promise<FileReading> {
  const contentType = CONTENT_TYPES[extname(path).toLowerCase()];
  const stream = createReadStream(path);
  const issues: FileIssue[] = [];
  let valid = 0;
  let last: ImportBatch | undefined;
  try {
    for await (const batch of importStream(stream, { format, ...(contentType ? { contentType } : {}) })) {
      last = batch;
      for (const issue of batch.issues) issues.push(placed(issue, batch, true));
      const checked = validateEvents(batch.events);
      for (const issue of checked.issues) issues.push(placed(issue, batch, false));
      valid += checked.events.length;
      await sink(checked.events);
    }
  } finally {
    stream.destroy();
  }
  return {
    format: last?.format ?? 'unknown',
    rows: last?.progress.rows ?? 0,
    bytes: last?.progress.bytes ?? 0,
    valid,
    issues,
    decisions: last?.decisions ?? [],
    ...(last?.unreadable === undefined ? {} : { unreadable: last.unreadable }),
  };
}

/**
 * An issue with its row. The importers' issues carry the record index already; the validator's
 * name the candidate's place in the batch (`events[3]`), which is mapped back to its row.
 */
function placed(issue: ValidationIssue, batch: ImportBatch, fromImporter: boolean): FileIssue {
  if (issue.index < 0) return issue;
  const csv = isCsvFormat(batch.format);
  const recordIndex = fromImporter ? issue.index : (batch.recordIndexes[issue.index] ?? issue.index);
  const row = recordIndex + 1;
  if (fromImporter || !csv) return { ...issue, row };
  return { ...issue, row, message: issue.message.replace(/^events\[\d+\]/, `Row ${row}`) };
}

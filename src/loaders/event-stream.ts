/**
 * Events from a stream of text or bytes (a response body, a file stream) read as it arrives: the
 * format is told from the first line, a CSV is parsed a piece at a time and handed out in batches
 * with the progress so far, so that hundreds of megabytes never sit in memory as one text. A JSON
 * list of events is handed out entry by entry too (TimelineJS JSON, small, is imported whole at
 * the end). The CSV readers are loaded only when a CSV arrives.
 *
 * Runs on the main thread (it then gives the page a turn every few milliseconds), in a Worker or
 * in Node. Abortable through `signal`.
 */
import type { ValidationIssue } from '../model/validate.js';
import type { CsvEventParser } from './csv-events.js';
import { isCsvFormat, type CsvFormat } from './csv-formats.js';
import { readStart, type TextStart } from './detect.js';
import { chunksOf, type ChunkSource } from './chunks.js';
import { JsonEventReader } from './json-events.js';
import { Utf8Decoder } from './utf8-decoder.js';
import { unreadable, type JsonFormat } from './json-import.js';
import type { LoadOptions, LoadProgress, MappingDecision, SourceFormat } from './types.js';

export type { ChunkSource, StreamChunk } from './chunks.js';

export interface StreamImportOptions extends LoadOptions {
  /** The declared `Content-Type`, which only breaks ties when detecting the format. */
  readonly contentType?: string;
  /** Stops the reading: the generator throws the abort reason and the stream is cancelled. */
  readonly signal?: AbortSignal;
  /** The size the stream will have, for `progress.totalBytes`. */
  readonly totalBytes?: number;
  /** Rows gathered before a batch is handed out (default 5,000); a batch also comes every MiB. */
  readonly batchRows?: number;
  /**
   * Longest stretch of work, in milliseconds, before the page is given a turn (default 10 where
   * there is a `document`, none in a Worker or Node).
   */
  readonly taskBudgetMs?: number;
}

/** A batch of candidate events (not yet validated) and where the reading stands. */
export interface ImportBatch {
  /**
   * The format being read; `unknown` only in a last batch saying the stream is unreadable. A JSON
   * root object is told apart (the library's or TimelineJS) by its first entries: batches before
   * that say `conflict-json`. A JSON error met after entries were handed out ends the stream with
   * an unreadable batch: a caller drops what it had, as for any unreadable file.
   */
  readonly format: SourceFormat;
  readonly events: unknown[];
  readonly issues: ValidationIssue[];
  /** For each event, its record's index in a CSV file (the header is 0), or its place in a JSON list. */
  readonly recordIndexes: number[];
  readonly progress: LoadProgress;
  /** True on the last batch. */
  readonly done: boolean;
  /** On the last batch: the mapping decisions made (data sets only). */
  readonly decisions?: MappingDecision[];
  /** On a last batch when nothing could be read: why ("the JSON is invalid (…)"). */
  readonly unreadable?: string;
}

const DEFAULT_BATCH_ROWS = 5000;
const BYTES_PER_PROGRESS = 1024 * 1024;
const MAIN_THREAD_BUDGET_MS = 10;

/**
 * Reads `source` into batches of candidate events; see the module comment. Only a malformed
 * stream (a network error mid-body) or an abort makes it throw; a text in no format read here
 * gives one last batch with `unreadable` set and an error issue.
 */
export async function* importStream(
  source: ChunkSource,
  options: StreamImportOptions = {},
): AsyncGenerator<ImportBatch, void, undefined> {
  const reading = new StreamReading(options);
  const pause = taskPause(options.taskBudgetMs);
  for await (const piece of decodeText(source, options.signal)) {
    for (const part of slicesOf(piece.text, piece.bytes)) {
      const batch = await reading.accept(part.text, part.bytes);
      if (batch) yield batch;
      if (reading.stopped) return;
      await pause();
    }
  }
  options.signal?.throwIfAborted();
  yield await reading.finish();
}

/** The state of one stream being read: the start until the format is known, then its reader. */
class StreamReading {
  private head = '';
  private format: SourceFormat | undefined;
  private csv: CsvEventParser | undefined;
  private json: JsonEventReader | undefined;
  /** Why the JSON cannot be read, once a piece showed it. */
  private jsonError: string | undefined;
  private bytes = 0;
  private bytesAtLastBatch = 0;
  private pending: Pending = emptyPending();
  stopped = false;

  constructor(private readonly options: StreamImportOptions) {}

  /** Takes one piece of text; a batch when enough rows or bytes came since the last. */
  async accept(text: string, bytes: number): Promise<ImportBatch | undefined> {
    this.bytes += bytes;
    if (this.format === undefined) {
      this.head += text;
      const start = this.startOf(false);
      if (start.kind === 'more') return undefined;
      const head = this.head;
      this.head = '';
      const failed = await this.begin(start);
      if (failed) return failed;
      this.take(head);
    } else {
      this.take(text);
    }
    if (this.jsonError !== undefined) {
      this.stopped = true;
      return this.unreadableBatch(this.jsonError);
    }
    const rows = this.pending.events.length + this.pending.issues.length;
    if (
      rows < (this.options.batchRows ?? DEFAULT_BATCH_ROWS) &&
      this.bytes - this.bytesAtLastBatch < BYTES_PER_PROGRESS
    ) {
      return undefined;
    }
    return this.batch(false);
  }

  /** The last batch: the rest of the CSV and its decisions, or the whole JSON. */
  async finish(): Promise<ImportBatch> {
    if (this.format === undefined) {
      const start = this.startOf(true);
      const failed = await this.begin(start.kind === 'more' ? { kind: 'unknown', reason: 'it is empty' } : start);
      if (failed) return failed;
      this.take(this.head);
    }
    if (this.jsonError !== undefined) return this.unreadableBatch(this.jsonError);
    if (this.csv) {
      const last = this.csv.end();
      this.add(last);
      return this.batch(true, last.decisions);
    }
    return this.jsonBatch();
  }

  private startOf(complete: boolean): TextStart {
    const asked = this.options.format;
    if (asked && asked !== 'auto') return isCsvFormat(asked) ? { kind: 'csv', format: asked } : { kind: 'json' };
    return readStart(this.head, this.options.contentType, complete);
  }

  /** Sets up the reader of the format found; a last batch when there is none. */
  private async begin(start: Exclude<TextStart, { kind: 'more' }>): Promise<ImportBatch | undefined> {
    if (start.kind === 'unknown') {
      this.stopped = true;
      this.format = 'unknown';
      return this.unreadableBatch(start.reason);
    }
    if (start.kind === 'json') {
      this.format = 'conflict-json';
      const asked = this.options.format;
      const format: JsonFormat | undefined =
        asked === 'conflict-json' || asked === 'timelinejs-json' ? asked : undefined;
      this.json = new JsonEventReader(format, this.options);
      return undefined;
    }
    this.format = start.format;
    this.csv = await createCsvParser(start.format, this.options);
    return undefined;
  }

  private take(text: string): void {
    if (this.csv) {
      this.add(this.csv.push(text));
      return;
    }
    if (!this.json || this.jsonError !== undefined) return;
    try {
      const { events, indexes } = this.json.push(text);
      this.add({ events, issues: [], recordIndexes: indexes });
    } catch (error) {
      this.jsonError = `the JSON is invalid (${error instanceof Error ? error.message : 'unknown error'})`;
    }
  }

  private add(part: { events: unknown[]; issues: ValidationIssue[]; recordIndexes: number[] }): void {
    for (let index = 0; index < part.events.length; index++) {
      this.pending.events.push(part.events[index]);
      this.pending.recordIndexes.push(part.recordIndexes[index] ?? -1);
    }
    for (const issue of part.issues) this.pending.issues.push(issue);
  }

  private batch(done: boolean, decisions?: MappingDecision[]): ImportBatch {
    const { events, issues, recordIndexes } = this.pending;
    this.pending = emptyPending();
    this.bytesAtLastBatch = this.bytes;
    return {
      format: this.format ?? 'unknown',
      events,
      issues,
      recordIndexes,
      progress: this.progress(this.csv?.rows ?? this.json?.rows ?? 0),
      done,
      ...(decisions?.length ? { decisions } : {}),
    };
  }

  /** The last batch of JSON: the rest of a list, or a TimelineJS import, or why it is unreadable. */
  private jsonBatch(): ImportBatch {
    const end = this.json?.end() ?? { unreadable: 'it is empty' };
    if ('unreadable' in end) return this.unreadableBatch(end.unreadable);
    this.format = end.format;
    this.add({ events: end.events, issues: end.issues, recordIndexes: end.indexes });
    return this.batch(true);
  }

  private unreadableBatch(reason: string): ImportBatch {
    return {
      format: 'unknown',
      events: [],
      issues: unreadable(reason).issues,
      recordIndexes: [],
      progress: this.progress(0),
      done: true,
      unreadable: reason,
    };
  }

  private progress(rows: number): LoadProgress {
    const total = this.options.totalBytes;
    return total === undefined ? { rows, bytes: this.bytes } : { rows, bytes: this.bytes, totalBytes: total };
  }
}

interface Pending {
  events: unknown[];
  issues: ValidationIssue[];
  recordIndexes: number[];
}

function emptyPending(): Pending {
  return { events: [], issues: [], recordIndexes: [] };
}

/** The CSV readers, loaded on first use (a chunk of its own in the drop-in bundle). */
async function createCsvParser(format: CsvFormat, options: StreamImportOptions): Promise<CsvEventParser> {
  const { CsvEventParser } = await import('./csv-events.js');
  return new CsvEventParser({ ...(options.lang ? { lang: options.lang } : {}), format });
}

/** Longest text parsed without a chance to pause: a browser may hand over megabytes in one chunk. */
const MAX_SLICE = 65_536;

/** `text` in slices of at most `MAX_SLICE` characters, its bytes shared out by length. */
function* slicesOf(text: string, bytes: number): Generator<{ text: string; bytes: number }, void, undefined> {
  if (text.length <= MAX_SLICE) {
    yield { text, bytes };
    return;
  }
  let counted = 0;
  for (let at = 0; at < text.length; at += MAX_SLICE) {
    const end = Math.min(at + MAX_SLICE, text.length);
    const share = end === text.length ? bytes - counted : Math.round((bytes * (end - at)) / text.length);
    counted += share;
    yield { text: text.slice(at, end), bytes: share };
  }
}

/**
 * The text of each chunk (bytes decoded as UTF-8 across chunk boundaries, a large chunk in pieces
 * of at most 64 Ki characters), with its size in bytes.
 */
export async function* decodeText(
  source: ChunkSource,
  signal?: AbortSignal,
): AsyncGenerator<{ readonly text: string; readonly bytes: number }, void, undefined> {
  const decoder = new Utf8Decoder();
  for await (const chunk of chunksOf(source, signal)) {
    signal?.throwIfAborted();
    if (typeof chunk === 'string') yield { text: chunk, bytes: utf8Length(chunk) };
    else {
      // The chunk's bytes are counted with its last piece.
      const pieces = decoder.decodePieces(chunk, { stream: true });
      for (let index = 0; index < pieces.length; index++) {
        yield { text: pieces[index] as string, bytes: index === pieces.length - 1 ? chunk.byteLength : 0 };
      }
      if (pieces.length === 0) yield { text: '', bytes: chunk.byteLength };
    }
  }
  const rest = decoder.decode();
  if (rest) yield { text: rest, bytes: 0 };
}

/** Bytes a text takes in UTF-8. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair: 4 bytes for its 2 code units.
      bytes += 2;
      index++;
    } else if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

/**
 * A pause that gives the page a turn once `budgetMs` of work has passed since the last (a
 * macrotask, so input and rendering can run). No pause at all off the main thread by default.
 */
function taskPause(budgetMs?: number): () => Promise<void> {
  const budget = budgetMs ?? (typeof document === 'undefined' ? Infinity : MAIN_THREAD_BUDGET_MS);
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budget) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    since = performance.now();
  };
}

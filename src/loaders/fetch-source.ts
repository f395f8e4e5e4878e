/** Events from a URL: fetched, format detected, imported as the body arrives. Failures become issues, not exceptions. */
import { chunksOf, type StreamChunk } from './chunks.js';
import { isCsvFormat } from './csv-formats.js';
import { readStart, type TextStart } from './detect.js';
import type { StreamImportOptions } from './event-stream.js';
import type * as StreamCsv from './stream-csv.js';
import { readJsonText } from './json-import.js';
import { sourceIssue } from './issues.js';
import type { ImportResult, LoadOptions, LoadProgress, MappingDecision } from './types.js';

/** What the loaders read, best first; anything is still accepted and sniffed. */
const ACCEPT = 'application/json, text/csv;q=0.9, */*;q=0.1';

/** Options of `fetchEvents`. */
export interface FetchOptions extends LoadOptions {
  /** Called as the body arrives (at least every MiB and every few thousand rows), and once at the end. */
  readonly onProgress?: (progress: LoadProgress) => void;
  /**
   * Reads a JSON list entry by entry as the body arrives (as a CSV is read), rather than whole at
   * its end: the whole text of a large file is never held (a million events are hundreds of MB as
   * one string) and the rows read are told as progress. Costs the stream reader's file on the
   * main thread, so the source worker asks for it and the page does not.
   */
  readonly streamJson?: boolean;
  /**
   * Called with the candidate events as they are read, in order and each once: batch by batch
   * as the body arrives when it is streamed (a CSV, or JSON with `streamJson`), else all at once
   * at the end. Lets a caller validate while the rest is still coming. The result lists them
   * all again; a result with an issue instead (a body found unreadable after some batches) voids
   * what was handed out.
   */
  readonly onEvents?: (events: readonly unknown[]) => void;
}

/**
 * Fetches `url` (relative to the page) and imports what it holds: the library's JSON, TimelineJS
 * JSON or CSV, an ACLED export or a UCDP GED CSV, whatever its declared content type, as long as
 * the body is recognisably one of them (or `options.format` says which). A CSV is parsed as it
 * arrives, its readers loaded only then. Resolves with an issue for a refused (non-http(s)) URL,
 * a network error, an HTTP error status or an unreadable body. Rejects only when `signal` aborts,
 * with the abort reason (an `AbortError` by default), so a caller can drop a stale load.
 */
export async function fetchEvents(url: string, signal: AbortSignal, options: FetchOptions = {}): Promise<ImportResult> {
  const target = httpUrlOf(url);
  if (!target) return failure(url, 'only http and https addresses are allowed');
  let response: Response;
  try {
    response = await fetch(target, { signal, credentials: 'same-origin', headers: { Accept: ACCEPT } });
  } catch (error) {
    if (signal.aborted) throw error;
    return failure(url, `the request failed (${errorText(error)})`);
  }
  if (!response.ok) {
    // Nothing of an error page is needed; free the connection.
    response.body?.cancel().catch(() => undefined);
    return failure(url, `HTTP ${response.status}`);
  }
  try {
    const result = await readResponse(url, response, signal, options);
    // An abort may end the body early rather than break it: the partial result is dropped.
    signal.throwIfAborted();
    return result;
  } catch (error) {
    if (signal.aborted) throw error;
    return failure(url, `the response could not be read (${errorText(error)})`);
  }
}

type Report = (rows: number, bytes: number) => void;

/**
 * The body read as it arrives, up to where its start tells the format: JSON is then read to its
 * end and parsed whole (the page holds every event anyway), unless `streamJson`; a CSV (and a
 * streamed JSON) goes on through `importStream`, loaded for it, with the bytes already read put
 * back in front.
 */
async function readResponse(
  url: string,
  response: Response,
  signal: AbortSignal,
  options: FetchOptions,
): Promise<ImportResult> {
  const { onProgress, streamJson, onEvents, ...loadOptions } = options;
  const contentType = response.headers.get('Content-Type') ?? undefined;
  const totalBytes = declaredSize(response);
  const report: Report = (rows, bytes) =>
    onProgress?.(totalBytes === undefined ? { rows, bytes } : { rows, bytes, totalBytes });
  const body = chunksOf(response.body ?? emptyBody(), signal);
  // TextDecoder here: this reads the start of every file and the whole of a JSON read on the page;
  // a large file's body in the worker or as a CSV goes through `importStream` and its faster
  // decoder (`utf8-decoder.ts`, kept out of the drop-in bundle's entry).
  const decoder = new TextDecoder();
  const head: Uint8Array[] = [];
  let text = '';
  let bytes = 0;
  let start: TextStart = { kind: 'more' };
  while (start.kind === 'more') {
    const next = await body.next();
    if (next.done) text += decoder.decode();
    else {
      const chunk = bytesOf(next.value);
      head.push(chunk);
      bytes += chunk.byteLength;
      text += decoder.decode(chunk, { stream: true });
      report(0, bytes);
    }
    start = startOf(text, contentType, loadOptions.format, next.done === true);
  }
  if (start.kind === 'unknown') {
    await body.return();
    return failure(url, start.reason);
  }
  if (start.kind === 'csv' || streamJson) {
    const format = start.kind === 'csv' ? start.format : loadOptions.format;
    return readStreamed(
      url,
      head,
      body,
      {
        ...loadOptions,
        ...(format === undefined ? {} : { format }),
        signal,
        ...(totalBytes === undefined ? {} : { totalBytes }),
      },
      report,
      onEvents,
    );
  }
  for (let next = await body.next(); !next.done; next = await body.next()) {
    const chunk = bytesOf(next.value);
    bytes += chunk.byteLength;
    text += decoder.decode(chunk, { stream: true });
    report(0, bytes);
  }
  text += decoder.decode();
  const asked = loadOptions.format;
  const result = readJsonText(
    text,
    loadOptions,
    asked === 'conflict-json' || asked === 'timelinejs-json' ? asked : undefined,
  );
  if ('unreadable' in result) return failure(url, result.unreadable);
  onEvents?.(result.events);
  report(result.events.length, bytes);
  return result;
}

/** The format the start of the text tells, or the one asked for. */
function startOf(
  text: string,
  contentType: string | undefined,
  asked: FetchOptions['format'],
  complete: boolean,
): TextStart {
  if (asked === undefined || asked === 'auto') return readStart(text, contentType, complete);
  return isCsvFormat(asked) ? { kind: 'csv', format: asked } : { kind: 'json' };
}

/**
 * A body through `importStream`: the chunks already read first, then the rest of the body. JSON
 * found broken after some entries were read is unreadable as a whole, as when it is parsed whole.
 */
async function readStreamed(
  url: string,
  head: readonly Uint8Array[],
  body: AsyncGenerator<StreamChunk, void, undefined>,
  options: StreamImportOptions,
  report: Report,
  onEvents: FetchOptions['onEvents'],
): Promise<ImportResult> {
  let streamCsv: typeof StreamCsv;
  try {
    streamCsv = await import('./stream-csv.js');
  } catch (error) {
    await body.return();
    // The drop-in bundle loads this file from next to itself: a self-hosted copy may lack it.
    return failure(
      url,
      `the CSV reader (a file next to the conflict-timeline script) could not be loaded (${errorText(error)})`,
    );
  }
  async function* whole(): AsyncGenerator<StreamChunk, void, undefined> {
    yield* head;
    yield* body;
  }
  const events: unknown[] = [];
  const issues: ImportResult['issues'] = [];
  let decisions: MappingDecision[] | undefined;
  for await (const batch of streamCsv.importStream(whole(), options)) {
    if (batch.unreadable !== undefined) return failure(url, batch.unreadable);
    for (const event of batch.events) events.push(event);
    if (batch.events.length > 0) onEvents?.(batch.events);
    for (const issue of batch.issues) issues.push(issue);
    decisions = batch.decisions ?? decisions;
    report(batch.progress.rows, batch.progress.bytes);
  }
  return decisions ? { events, issues, decisions } : { events, issues };
}

/** A chunk as bytes (a response body's always are). */
function bytesOf(chunk: StreamChunk): Uint8Array {
  return typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
}

/** `Content-Length`, when the body is sent as it is (a compressed length says nothing of the text's). */
function declaredSize(response: Response): number | undefined {
  const length = Number(response.headers.get('Content-Length') ?? NaN);
  const encoding = (response.headers.get('Content-Encoding') ?? 'identity').trim().toLowerCase();
  return Number.isSafeInteger(length) && length >= 0 && encoding === 'identity' ? length : undefined;
}

/** A body that has ended: a 204 answer, a HEAD request. */
function emptyBody(): ReadableStream<Uint8Array> {
  return new ReadableStream({ start: (controller) => controller.close() });
}

/** The absolute URL when `url`, resolved against the page (or the worker's script), is http(s). */
function httpUrlOf(url: string): URL | undefined {
  const base = globalThis.document?.baseURI ?? globalThis.location?.href;
  if (typeof url !== 'string' || !URL.canParse(url, base)) return undefined;
  const resolved = new URL(url, base);
  return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved : undefined;
}

function failure(url: string, reason: string): ImportResult {
  return { events: [], issues: [sourceIssue('src', `Could not load events from ${url}: ${reason}.`)] };
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
}

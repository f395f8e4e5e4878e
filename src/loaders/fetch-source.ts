/** Events from a URL: fetched, format detected, imported as the body arrives. Failures become issues, not exceptions. */
import { importStream } from './event-stream.js';
import { sourceIssue } from './issues.js';
import type { ImportResult, LoadOptions, LoadProgress, MappingDecision } from './types.js';

/** What the loaders read, best first; anything is still accepted and sniffed. */
const ACCEPT = 'application/json, text/csv;q=0.9, */*;q=0.1';

/** Options of `fetchEvents`. */
export interface FetchOptions extends LoadOptions {
  /** Called as the body arrives (at least every MiB and every few thousand rows), and once at the end. */
  readonly onProgress?: (progress: LoadProgress) => void;
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
    return await readResponse(url, response, signal, options);
  } catch (error) {
    if (signal.aborted) throw error;
    return failure(url, `the response could not be read (${errorText(error)})`);
  }
}

async function readResponse(
  url: string,
  response: Response,
  signal: AbortSignal,
  options: FetchOptions,
): Promise<ImportResult> {
  const { onProgress, ...loadOptions } = options;
  const contentType = response.headers.get('Content-Type') ?? undefined;
  const totalBytes = declaredSize(response);
  const events: unknown[] = [];
  const issues: ImportResult['issues'] = [];
  let decisions: MappingDecision[] | undefined;
  const body = response.body ?? emptyBody();
  const batches = importStream(body, {
    ...loadOptions,
    signal,
    ...(contentType ? { contentType } : {}),
    ...(totalBytes === undefined ? {} : { totalBytes }),
  });
  for await (const batch of batches) {
    if (batch.unreadable !== undefined) return failure(url, batch.unreadable);
    for (const event of batch.events) events.push(event);
    for (const issue of batch.issues) issues.push(issue);
    decisions = batch.decisions ?? decisions;
    onProgress?.(batch.progress);
  }
  return decisions ? { events, issues, decisions } : { events, issues };
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

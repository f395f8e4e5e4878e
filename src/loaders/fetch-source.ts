/** Events from a URL: fetched, format detected, imported. Failures become issues, not exceptions. */
import { readText } from './detect.js';
import { sourceIssue } from './issues.js';
import { loadFromText } from './load-text.js';
import type { ImportOptions, ImportResult } from './types.js';

/** What the loaders read, best first; anything is still accepted and sniffed. */
const ACCEPT = 'application/json, text/csv;q=0.9, */*;q=0.1';

/**
 * Fetches `url` (relative to the page) and imports what it holds: conflict JSON, TimelineJS JSON
 * or a TimelineJS CSV sheet, whatever its declared content type, as long as the body is
 * recognisably one of them. Resolves with an issue for a refused (non-http(s)) URL, a network
 * error, an HTTP error status or an unreadable body. Rejects only when `signal` aborts, with
 * the abort reason (an `AbortError` by default), so a caller can drop a stale load.
 */
export async function fetchEvents(
  url: string,
  signal: AbortSignal,
  options: ImportOptions = {},
): Promise<ImportResult> {
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
  const body = await readBody(response, signal);
  signal.throwIfAborted();
  if (body.failed) return failure(url, `the response could not be read (${body.reason})`);
  const reading = readText(body.text, response.headers.get('Content-Type') ?? undefined);
  if (reading.format === 'unknown') return failure(url, reading.reason);
  return loadFromText(body.text, response.headers.get('Content-Type') ?? undefined, options);
}

type Body = { readonly failed: false; readonly text: string } | { readonly failed: true; readonly reason: string };

/** The response text; a connection that breaks mid-body is a failure, an abort is rethrown. */
async function readBody(response: Response, signal: AbortSignal): Promise<Body> {
  try {
    return { failed: false, text: await response.text() };
  } catch (error) {
    if (signal.aborted) throw error;
    return { failed: true, reason: errorText(error) };
  }
}

/** The absolute URL when `url`, resolved against the page, is http(s). */
function httpUrlOf(url: string): URL | undefined {
  if (typeof url !== 'string' || !URL.canParse(url, document.baseURI)) return undefined;
  const resolved = new URL(url, document.baseURI);
  return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved : undefined;
}

function failure(url: string, reason: string): ImportResult {
  return { events: [], issues: [sourceIssue('src', `Could not load events from ${url}: ${reason}.`)] };
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
}

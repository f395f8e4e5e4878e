import type { DataSourceKind } from '../dom-events/events.js';
import type { ValidationIssue } from '../model/validate.js';
import { fetchEvents, type FetchOptions } from './fetch-source.js';
import { readInlineJson } from './inline-json.js';
import { readMarkupEvents } from './markup.js';

/** Candidate events (not yet validated) and the problems met while reading them. */
export interface LoadedEvents {
  readonly kind: DataSourceKind;
  readonly candidates: unknown;
  readonly issues: readonly ValidationIssue[];
}

/**
 * Reads the element's own children: an inline `<script type="application/json">` first, then
 * `<ol>/<ul>` markup; with neither, the fallback dataset. Synchronous, so the first render
 * already has the data (vis-timeline fits its window to the items present at creation).
 */
export function readLightDom(root: ParentNode, lang: string, fallback: unknown): LoadedEvents {
  const inline = readInlineJson(root, { lang });
  if (inline.found && inline.result) {
    return { kind: 'inline-json', candidates: inline.result.events, issues: inline.result.issues };
  }
  const markup = readMarkupEvents(root, { lang });
  if (markup.events.length || markup.issues.length) {
    return { kind: 'markup', candidates: markup.events, issues: markup.issues };
  }
  return { kind: 'default', candidates: fallback, issues: [] };
}

/**
 * Fetches a `src` URL (in `options.format`, detected by default; `options.onProgress` follows the
 * body). Resolves with issues rather than throwing; rejects only when `signal` aborts, so the
 * caller can drop a stale load.
 */
export async function fetchSource(url: string, signal: AbortSignal, options: FetchOptions): Promise<LoadedEvents> {
  const result = await fetchEvents(url, signal, options);
  return { kind: 'src', candidates: result.events, issues: result.issues };
}

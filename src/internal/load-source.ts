import type { DataSourceKind } from '../dom-events/events.js';
import type { ValidationIssue } from '../model/validate.js';
import { fetchEvents } from '../loaders/fetch-source.js';
import { readInlineJson } from '../loaders/inline-json.js';
import { readMarkupEvents } from '../loaders/markup.js';

/** Where the element's data comes from, in order of precedence. */
export type EventSourceSpec =
  | { readonly kind: 'property'; readonly events: unknown }
  | { readonly kind: 'src'; readonly url: string }
  | { readonly kind: 'light-dom'; readonly root: ParentNode; readonly lang: string; readonly fallback: unknown };

/** Candidate events (not yet validated) and the problems met while reading them. */
export interface LoadedEvents {
  readonly kind: DataSourceKind;
  readonly candidates: unknown;
  readonly issues: readonly ValidationIssue[];
}

/**
 * Reads one data source. Resolves with issues rather than throwing; rejects only when `signal`
 * aborts, so the caller can drop a stale load.
 */
export async function loadEventSource(spec: EventSourceSpec, signal: AbortSignal): Promise<LoadedEvents> {
  if (spec.kind === 'property') return { kind: 'property', candidates: spec.events, issues: [] };
  if (spec.kind === 'src') {
    const result = await fetchEvents(spec.url, signal);
    return { kind: 'src', candidates: result.events, issues: result.issues };
  }
  return readLightDom(spec.root, spec.lang, spec.fallback);
}

function readLightDom(root: ParentNode, lang: string, fallback: unknown): LoadedEvents {
  const inline = readInlineJson(root);
  if (inline.found && inline.result) {
    return { kind: 'inline-json', candidates: inline.result.events, issues: inline.result.issues };
  }
  const markup = readMarkupEvents(root, { lang });
  if (markup.events.length || markup.issues.length) {
    return { kind: 'markup', candidates: markup.events, issues: markup.issues };
  }
  return { kind: 'default', candidates: fallback, issues: [] };
}

/** Parsed JSON of either JSON format (the library's events, TimelineJS) to candidate events. */
import { importConflictJson } from './conflict-json.js';
import { classifyJson, parseJsonText } from './detect.js';
import { sourceIssue } from './issues.js';
import { importTimelineJs } from './timelinejs-json.js';
import type { ImportOptions, ImportResult } from './types.js';

/** The JSON formats. */
export type JsonFormat = 'conflict-json' | 'timelinejs-json';

/**
 * Imports parsed JSON that is either conflict events or TimelineJS JSON: `format` when given,
 * else the one the value looks like. Never throws.
 */
export function importJsonValue(value: unknown, options: ImportOptions = {}, format?: JsonFormat): ImportResult {
  const kind = format ?? classifyJson(value);
  if (kind === 'timelinejs-json') return importTimelineJs(value, options);
  if (kind === 'conflict-json') return importConflictJson(value);
  return { events: [], issues: [sourceIssue('', 'The JSON is neither a list of events nor TimelineJS data.')] };
}

/** Imports JSON text; an invalid one gives one error issue saying why. Never throws. */
export function importJsonText(text: string, options: ImportOptions = {}, format?: JsonFormat): ImportResult {
  const parsed = parseJsonText(text);
  if ('reason' in parsed) return unreadable(parsed.reason);
  return importJsonValue(parsed.value, options, format);
}

/**
 * JSON text parsed and imported in `format`, or the one its value looks like; or why it cannot be
 * read at all ("the JSON is invalid (…)", "… neither a list of events nor TimelineJS data").
 */
export function readJsonText(
  text: string,
  options: ImportOptions,
  format?: JsonFormat,
): ImportResult | { readonly unreadable: string } {
  const parsed = parseJsonText(text);
  if ('reason' in parsed) return { unreadable: parsed.reason };
  const kind = format ?? classifyJson(parsed.value);
  if (kind !== 'conflict-json' && kind !== 'timelinejs-json') {
    return { unreadable: 'the JSON is neither a list of events nor TimelineJS data' };
  }
  return importJsonValue(parsed.value, options, kind);
}

/** The result for a source that could not be read at all: one error issue ending "…: `reason`." */
export function unreadable(reason: string): ImportResult {
  return { events: [], issues: [sourceIssue('', `The events could not be read: ${reason}.`)] };
}

/** The end of a JSON text read in pieces: the last events, or why there are none. */
export type JsonEnd =
  (ImportResult & { readonly format: JsonFormat; readonly indexes: number[] }) | { readonly unreadable: string };

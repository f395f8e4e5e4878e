/** From text (a file, a response body) or parsed JSON of any supported format to candidate events. */
import { importConflictJson } from './conflict-json.js';
import { classifyJson, readText, type TextReading } from './detect.js';
import { sourceIssue } from './issues.js';
import { importTimelineJsCsv } from './timelinejs-csv.js';
import { importTimelineJs } from './timelinejs-json.js';
import type { ImportOptions, ImportResult } from './types.js';

/**
 * Detects the format of `text` (see `detectFormat`) and imports it. An unreadable text gives one
 * error issue saying why. `options.lang` is the language of TimelineJS texts. Never throws.
 */
export function loadFromText(text: string, contentType?: string, options: ImportOptions = {}): ImportResult {
  const reading = readText(text, contentType);
  if (reading.format === 'unknown') {
    return { events: [], issues: [sourceIssue('', `The events could not be read: ${reading.reason}.`)] };
  }
  return importReading(reading, text, options);
}

/** Imports a text whose format is known; `text` is only read again for CSV. */
export function importReading(
  reading: Exclude<TextReading, { format: 'unknown' }>,
  text: string,
  options: ImportOptions,
): ImportResult {
  if (reading.format === 'timelinejs-csv') return importTimelineJsCsv(text, options);
  return importJsonValue(reading.value, options);
}

/** Imports parsed JSON that is either conflict events or TimelineJS JSON. Never throws. */
export function importJsonValue(value: unknown, options: ImportOptions = {}): ImportResult {
  const format = classifyJson(value);
  if (format === 'timelinejs-json') return importTimelineJs(value, options);
  if (format === 'conflict-json') return importConflictJson(value);
  return { events: [], issues: [sourceIssue('', 'The JSON is neither a list of events nor TimelineJS data.')] };
}

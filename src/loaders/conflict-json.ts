/** The library's own JSON: an array of `ConflictEvent`s, or an object with such an `events` array. */
import { sourceIssue } from './issues.js';
import { asRecord } from './records.js';
import type { ImportResult } from './types.js';

/**
 * Takes the candidate events out of conflict-event JSON (already parsed): the array itself, or
 * its `events` array. The events carry their own languages and are left for `validateEvents`.
 */
export function importConflictJson(value: unknown): ImportResult {
  const events = Array.isArray(value) ? value : asRecord(value).events;
  if (!Array.isArray(events)) {
    return {
      events: [],
      issues: [sourceIssue('events', 'The JSON is neither a list of events nor an object with an "events" list.')],
    };
  }
  return { events: [...events], issues: [] };
}

import type { ValidationIssue } from '../../src/model/validate.js';

/** The text of a fixture file next to the tests, fetched from the test server. */
export async function fixtureText(name: string): Promise<string> {
  const response = await fetch(new URL(`./fixtures/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.text();
}

/** The URL of a fixture file, as a page would write it. */
export function fixtureUrl(name: string): string {
  return new URL(`./fixtures/${name}`, import.meta.url).href;
}

/** The one issue about `field`; fails the test when there is none or more than one. */
export function issueAbout(issues: readonly ValidationIssue[], field: string): ValidationIssue {
  const found = issues.filter((issue) => issue.field === field);
  if (found.length !== 1) throw new Error(`expected one issue about ${field}, got ${JSON.stringify(issues)}`);
  return found[0] as ValidationIssue;
}

/** Candidate events as plain records, for property checks. */
export function records(events: readonly unknown[]): Record<string, unknown>[] {
  return events as Record<string, unknown>[];
}

/** Candidate events by their id. */
export function eventsById(events: readonly unknown[]): Map<string, Record<string, unknown>> {
  return new Map(records(events).map((event) => [event.id as string, event]));
}

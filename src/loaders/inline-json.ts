/**
 * Events given as JSON in a `<script type="application/json">` child of the element: data the
 * page ships with, read without a request. The script is never run; only its text is read.
 */
import { importJsonValue } from './json-import.js';
import { sourceIssue } from './issues.js';
import type { ImportResult } from './types.js';

/**
 * Reads the first `<script type="application/json">` child of `root`. `found` is false when
 * there is none. Its JSON may be conflict events (an array or `{ events }`) or TimelineJS JSON;
 * malformed JSON gives an error issue with the parser's message. Never throws.
 */
export function readInlineJson(
  root: ParentNode,
  options: { lang?: string } = {},
): { found: boolean; result?: ImportResult } {
  const script = [...root.children].find(isJsonScript);
  if (!script) return { found: false };
  const text = script.textContent ?? '';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    return {
      found: true,
      result: { events: [], issues: [sourceIssue('', `The inline JSON could not be read: ${reason}.`)] },
    };
  }
  return { found: true, result: importJsonValue(value, options) };
}

function isJsonScript(element: Element): boolean {
  if (element.localName !== 'script') return false;
  const type = (element.getAttribute('type') ?? '').split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}

/**
 * Events written as plain HTML inside the element, readable before any script runs:
 *
 * ```html
 * <ol>
 *   <li data-id="coalition" data-category="coalition-formed">
 *     <time datetime="2014-09-10">10 September 2014</time> Obama announces the coalition
 *     <p>Optional summary.</p>
 *   </li>
 * </ol>
 * ```
 *
 * Read-only and text-only: nothing here parses or writes markup; every string comes from
 * `textContent` or an attribute.
 */
import type { ValidationIssue } from '../model/validate.js';
import { IdRegistry, slugify } from './ids.js';
import { fieldIssue, type RecordPlace } from './issues.js';
import type { ImportOptions, ImportResult } from './types.js';

/** Children of an item that are not part of its title. */
const NOT_TITLE = new Set(['TIME', 'P', 'OL', 'UL', 'SCRIPT', 'STYLE', 'TEMPLATE']);

/**
 * Reads the `<li>` items of the `<ol>`/`<ul>` lists under `root` (items of lists nested inside
 * an item are not events). In each item: the first `<time datetime>` is the start; `data-end` or
 * a second `<time>` the end; the item's own text (without its times and paragraphs) the title;
 * its `<p>` paragraphs the summary; `data-id`, `data-category` and `data-qualifier` the matching
 * fields. Texts are stored under the nearest `lang` attribute, else `options.lang`, else `en`.
 * An item without a date is left out with an error.
 */
export function readMarkupEvents(root: ParentNode, options: ImportOptions = {}): ImportResult {
  const items = [...root.querySelectorAll('ol > li, ul > li')].filter((item) => !isNestedItem(item, root));
  const ids = new IdRegistry();
  const events: unknown[] = [];
  const issues: ValidationIssue[] = [];
  items.forEach((item, index) => {
    const place: RecordPlace = { index, label: `List item ${index + 1}` };
    const candidate = readItem(item, place, { root, fallbackLang: options.lang ?? 'en', ids }, issues);
    if (candidate) events.push(candidate);
  });
  return { events, issues };
}

interface ItemContext {
  readonly root: ParentNode;
  readonly fallbackLang: string;
  readonly ids: IdRegistry;
}

function readItem(
  item: Element,
  place: RecordPlace,
  context: ItemContext,
  issues: ValidationIssue[],
): object | undefined {
  const times = ownElements(item, 'time');
  const paragraphs = ownElements(item, 'p');
  const title = titleText(item);
  const id = context.ids.claim(attribute(item, 'data-id') || `${slugify(title) || 'item'}-${place.index + 1}`);
  const start = times[0] ? dateOf(times[0]) : '';
  if (!start) {
    issues.push(
      fieldIssue(place, 'start', 'there is no <time datetime="…"> element, so the item was left out', 'error', id),
    );
    return undefined;
  }
  const end = attribute(item, 'data-end') || (times[1] ? dateOf(times[1]) : '');
  const summary = collapse(paragraphs.map((paragraph) => paragraph.textContent ?? '').join(' '));
  const lang = langOf(item, context);
  return {
    id,
    start,
    ...(end ? { end } : {}),
    ...optionalAttribute(item, 'data-qualifier', 'qualifier'),
    // An empty title is left for the validator to report, with the rest of the event's problems.
    title: title ? { [lang]: title } : {},
    ...(summary && paragraphs[0] ? { summary: { [langOf(paragraphs[0], context)]: summary } } : {}),
    ...optionalAttribute(item, 'data-category', 'category'),
  };
}

function optionalAttribute(item: Element, name: string, field: string): Record<string, string> {
  const value = attribute(item, name);
  return value ? { [field]: value } : {};
}

/** The item's own text: its text nodes and inline elements, without times, paragraphs and nested lists. */
function titleText(item: Element): string {
  const text = [...item.childNodes]
    .map((node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (node instanceof Element && !NOT_TITLE.has(node.tagName.toUpperCase())) return ` ${node.textContent ?? ''} `;
      return ' ';
    })
    .join('');
  // The dash or colon between a date range or before the headline is not part of it.
  return trimSeparators(collapse(text));
}

const SEPARATOR = /[\p{Pd}:|·•,\s]/u;

/** Drops separators at both ends, one character at a time (a regex anchored at the end can go quadratic). */
function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && SEPARATOR.test(text.charAt(start))) start++;
  while (end > start && SEPARATOR.test(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/**
 * A `<time>`'s machine date: its `datetime`, else its text (as HTML defines). A time of day is
 * below the event model's precision and is cut off (`2014-09-10T18:00` → `2014-09-10`).
 */
function dateOf(time: Element): string {
  const value = (time.getAttribute('datetime') ?? time.textContent ?? '').trim();
  const timeOfDay = /^(-?\d{4,}-\d{2}-\d{2})[T ]/.exec(value);
  return timeOfDay?.[1] ?? value;
}

/** The nearest `lang` from the element up to `root`; past the root, the caller's language wins. */
function langOf(element: Element, context: ItemContext): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const lang = attribute(node, 'lang');
    if (lang) return lang;
    if (node === context.root) break;
  }
  return context.fallbackLang;
}

/** Descendants named `tag` that belong to this item's own text: not to a nested item, nor (for times) to a paragraph. */
function ownElements(item: Element, tag: 'time' | 'p'): Element[] {
  return [...item.querySelectorAll(tag)].filter((element) => element.parentElement?.closest('li, p') === item);
}

function isNestedItem(item: Element, root: ParentNode): boolean {
  const outer = item.parentElement?.closest('li');
  return outer !== null && outer !== undefined && isInside(outer, root);
}

function isInside(node: Node, root: ParentNode): boolean {
  return root instanceof Node && root !== node && root.contains(node);
}

function attribute(element: Element, name: string): string {
  return (element.getAttribute(name) ?? '').trim();
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

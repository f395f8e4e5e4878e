/**
 * How the validator words what it found: values described and quoted safely (shortened, bidi
 * controls shown, never markup), and the small text tests it needs (language tags, blank text).
 * Pure: no DOM.
 */
import { LANGUAGE_TAG_PATTERN, MAX_LANGUAGE_TAG_LENGTH } from './spec.js';

/** Longest preview of a value or key in a message. */
export const PREVIEW_LENGTH = 60;

/** `LANGUAGE_TAG_PATTERN`, answered without a regular expression for the usual `ar`, `en`, `fra`. */
export function isLanguageTag(lang: string): boolean {
  const length = lang.length;
  if (
    (length === 2 || length === 3) &&
    isAsciiLetter(lang.charCodeAt(0)) &&
    isAsciiLetter(lang.charCodeAt(1)) &&
    (length === 2 || isAsciiLetter(lang.charCodeAt(2)))
  ) {
    return true;
  }
  return length <= MAX_LANGUAGE_TAG_LENGTH && LANGUAGE_TAG_PATTERN.test(lang);
}

export function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

export const NON_SPACE = /\S/;

/** `/\S/.test(text)`, answered from the first character when it is plainly not white space. */
export function hasNonSpace(text: string): boolean {
  const code = text.charCodeAt(0);
  // Below U+1680 the only white space (`\s`) is at or under U+0020, and U+00A0.
  if (code > 0x20 && code < 0x1680 && code !== 0xa0) return true;
  return NON_SPACE.test(text);
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** A short, safe description of any value: never calls user code (`toString`, getters). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text ${quote(value)}`;
    case 'number':
      return `the number ${String(value)}`;
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof value}`;
  }
}

/** Quotes a string for a message, shortened so a 10 MB value makes a short message. */
/** Bidirectional controls in a quoted value would reorder the message around them: escape them. */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function quote(text: string): string {
  const quoted = JSON.stringify(text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH)}…` : text);
  return quoted.replace(BIDI_CONTROLS, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function errorText(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message).slice(0, 200) : 'an exception was thrown';
  } catch {
    return 'an exception was thrown';
  }
}

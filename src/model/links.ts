/**
 * Which links the validator keeps: absolute links of the allowed schemes and, where a field
 * allows them (`UrlSpec.relative`, for images), links relative to the page. A link is data that
 * a browser will follow or fetch, so anything that names another scheme, however disguised
 * (case, spaces, control characters, percent-encoding, HTML entities), is refused.
 *
 * Pure: no DOM.
 */
import { RELATIVE_LINK_PATTERN, type UrlSpec } from './spec.js';
import { quote } from './validate-text.js';

/** The link to keep (and how it was repaired, if it was), or why it was refused. */
export type LinkReading = { readonly url: string; readonly repair?: string } | { readonly problem: string };

/** An absolute link of one of `schemes` (`https:`, with its colon) that the URL parser reads. */
export function isAbsoluteLink(value: string, schemes: readonly string[]): boolean {
  const colon = value.indexOf(':');
  if (colon < 0 || !schemes.includes(value.slice(0, colon + 1).toLowerCase())) return false;
  return value.startsWith('//', colon + 1) && URL.canParse(value);
}

/**
 * Reads a link of a field that also allows relative links. Spaces around it are removed and a
 * protocol-relative `//host/x` becomes `https://host/x` (each with a `repair` to report): the
 * page's own scheme may be `file:` or `http:`, and an image is better fetched over https.
 */
export function readRelativeLink(raw: string, spec: UrlSpec): LinkReading {
  const trimmed = raw.trim();
  const trimRepair = trimmed === raw ? undefined : 'spaces around the link were removed';
  if (isProtocolRelative(trimmed)) {
    const url = URL.canParse(`https:${trimmed}`) ? new URL(`https:${trimmed}`).href : '';
    if (!url || url.length > spec.maxLength) return { problem: `${quote(raw)} is not a link and was dropped` };
    return { url, repair: `the protocol-relative link ${quote(trimmed)} was read as ${quote(url)}` };
  }
  if (trimmed.length > spec.maxLength) {
    return { problem: `link of ${trimmed.length} characters is longer than ${spec.maxLength} and was dropped` };
  }
  if (isAbsoluteLink(trimmed, spec.schemes) || RELATIVE_LINK_PATTERN.test(trimmed)) {
    return trimRepair ? { url: trimmed, repair: trimRepair } : { url: trimmed };
  }
  const allowed = `an ${spec.schemes.join(' or ')} link or one relative to the page`;
  const scheme = disguisedScheme(trimmed);
  const named = scheme ? ` (its scheme is ${quote(scheme)})` : '';
  return { problem: `${quote(raw)} is not ${allowed}${named} and was dropped` };
}

/** `//host/x`, also as browsers read `\\host` and `/\host`. */
function isProtocolRelative(link: string): boolean {
  return /^[/\\]{2}[^/\\]/.test(link) && !/[\s\\]/u.test(link.slice(2));
}

/**
 * The scheme a link names once what browsers and decoders ignore or undo is removed (white space
 * and control characters, percent-encoding, numeric HTML entities): for the message only, since
 * the link is refused either way.
 */
function disguisedScheme(link: string): string | undefined {
  let text = link;
  for (let round = 0; round < 3; round++) {
    text = text
      .replace(/&#x([0-9a-f]+);?/giu, (_, hex: string) => safeCodePoint(Number.parseInt(hex, 16)))
      .replace(/&#([0-9]+);?/gu, (_, decimal: string) => safeCodePoint(Number.parseInt(decimal, 10)))
      .replace(/&colon;/giu, ':');
    text = decodePercent(text);
  }
  // eslint-disable-next-line no-control-regex -- control characters are what a disguise hides in
  const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(text.replace(/[\s\x00-\x1f\x7f]/gu, ''));
  return scheme ? `${scheme[1]?.toLowerCase()}:` : undefined;
}

function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function safeCodePoint(code: number): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

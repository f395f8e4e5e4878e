/**
 * HTML to plain text without ever parsing the HTML into a document: a small, linear tokenizer.
 *
 * TimelineJS headlines and texts may carry HTML. Handing them to `innerHTML` or `DOMParser` would
 * run attacker markup (and is blocked where Trusted Types are enforced), so tags are dropped,
 * `<script>`-like contents skipped, entities decoded and whitespace collapsed here, in one pass.
 * The result is text for text bindings only: a decoded `&lt;script&gt;` stays the literal text
 * `<script>` and is never read as markup again.
 */

/** Elements whose contents are code or hidden content, not text a reader sees. */
const SKIPPED_CONTENT = new Set('script style template noscript iframe noembed noframes object'.split(' '));

/** Elements that start a new line or block, so their neighbours' words must not run together. */
const BLOCK_ELEMENTS = new Set(
  (
    'address article aside blockquote br caption dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 ' +
    'header hr li main nav ol option p pre section table tbody td tfoot th thead tr ul'
  ).split(' '),
);

/** The named entities a newsroom CMS actually writes; unknown names stay as literal text. */
// prettier-ignore
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"],
  ['nbsp', '\u00a0'], ['ensp', '\u2002'], ['emsp', '\u2003'], ['thinsp', '\u2009'], ['hairsp', '\u200a'],
  ['zwnj', '\u200c'], ['zwj', '\u200d'], ['lrm', '\u200e'], ['rlm', '\u200f'], ['shy', '\u00ad'],
  ['ndash', '–'], ['mdash', '—'], ['hellip', '…'], ['middot', '·'], ['bull', '•'],
  ['lsquo', '‘'], ['rsquo', '’'], ['sbquo', '‚'], ['ldquo', '“'], ['rdquo', '”'], ['bdquo', '„'],
  ['laquo', '«'], ['raquo', '»'], ['lsaquo', '‹'], ['rsaquo', '›'], ['prime', '′'], ['Prime', '″'],
  ['copy', '©'], ['reg', '®'], ['trade', '™'], ['deg', '°'], ['plusmn', '±'], ['times', '×'],
  ['divide', '÷'], ['euro', '€'], ['pound', '£'], ['yen', '¥'], ['cent', '¢'], ['sect', '§'],
  ['para', '¶'], ['iexcl', '¡'], ['iquest', '¿'], ['frac12', '½'], ['frac14', '¼'], ['frac34', '¾'],
  ['dagger', '†'], ['Dagger', '‡'], ['permil', '‰'],
]);

/** HTML maps numeric references 0x80–0x9F to windows-1252, which old CMS exports rely on (`&#146;` is ’). */
// prettier-ignore
const WINDOWS_1252: ReadonlyMap<number, number> = new Map([
  [0x80, 0x20ac], [0x82, 0x201a], [0x83, 0x0192], [0x84, 0x201e], [0x85, 0x2026], [0x86, 0x2020],
  [0x87, 0x2021], [0x88, 0x02c6], [0x89, 0x2030], [0x8a, 0x0160], [0x8b, 0x2039], [0x8c, 0x0152],
  [0x8e, 0x017d], [0x91, 0x2018], [0x92, 0x2019], [0x93, 0x201c], [0x94, 0x201d], [0x95, 0x2022],
  [0x96, 0x2013], [0x97, 0x2014], [0x98, 0x02dc], [0x99, 0x2122], [0x9a, 0x0161], [0x9b, 0x203a],
  [0x9c, 0x0153], [0x9e, 0x017e], [0x9f, 0x0178],
]);

const REPLACEMENT_CHARACTER = '\ufffd';
/** Longer names are no entity we know; stopping early keeps one `&` from scanning far. */
const MAX_ENTITY_NAME_LENGTH = 32;
/** More digits than a code point can have (0x10FFFF has 7 decimal digits). */
const MAX_REFERENCE_DIGITS = 8;

const AMPERSAND = 0x26;
const LESS_THAN = 0x3c;

/** Markup or a reference the tokenizer replaced: the text it stands for, and where reading goes on. */
interface Token {
  readonly text: string;
  readonly end: number;
}

/**
 * The text a reader would see in `html`: tags dropped, `<script>`/`<style>` (and other hidden)
 * contents dropped, numeric and common named entities decoded, whitespace collapsed. Linear in
 * the input length and never builds a DOM.
 */
export function htmlToText(html: string): string {
  // String concatenation (a rope in V8) measured 2–3× faster here than pushing pieces to join.
  let text = '';
  let textStart = 0;
  let position = 0;
  while (position < html.length) {
    const token = readToken(html, position);
    if (token === undefined) {
      position++;
      continue;
    }
    text += html.slice(textStart, position) + token.text;
    position = textStart = token.end;
  }
  text += html.slice(textStart);
  return collapseWhitespace(text);
}

/** Markup or a character reference at `position`; `undefined` for plain text. */
function readToken(html: string, position: number): Token | undefined {
  const code = html.charCodeAt(position);
  if (code === AMPERSAND) return readCharacterReference(html, position);
  return code === LESS_THAN ? readMarkup(html, position) : undefined;
}

/** HTML's own rule: runs of ASCII whitespace become one space; a no-break space stays. */
function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\f\r]+/g, ' ').replace(/^ | $/g, '');
}

// ---------------------------------------------------------------------------------------------
// Markup: tags, comments, doctype.

/** Reads what starts with `<` at `start`: a tag or a comment; `undefined` for a literal `<` ("3 < 5"). */
function readMarkup(html: string, start: number): Token | undefined {
  const next = html.charAt(start + 1);
  if (next === '!') return skipComment(html, start);
  if (next === '?') return { text: '', end: findTagEnd(html, start + 2) };
  if (next === '/') return readEndTag(html, start);
  return isAsciiLetter(next) ? readStartTag(html, start) : undefined;
}

function readStartTag(html: string, start: number): Token {
  const name = readTagName(html, start + 1);
  const end = findTagEnd(html, start + 1 + name.length);
  if (SKIPPED_CONTENT.has(name)) return { text: ' ', end: skipContentOf(name, html, end) };
  return { text: BLOCK_ELEMENTS.has(name) ? ' ' : '', end };
}

function readEndTag(html: string, start: number): Token {
  if (!isAsciiLetter(html.charAt(start + 2))) return { text: '', end: findTagEnd(html, start + 2) };
  const name = readTagName(html, start + 2);
  return { text: BLOCK_ELEMENTS.has(name) ? ' ' : '', end: findTagEnd(html, start + 2 + name.length) };
}

/** `<!-- … -->` (also the abrupt `<!-->`), or `<!DOCTYPE …>` and other `<!…>` up to the next `>`. */
function skipComment(html: string, start: number): Token {
  if (!html.startsWith('<!--', start)) return { text: '', end: findTagEnd(html, start + 2) };
  const body = start + 4;
  if (html.startsWith('>', body)) return { text: '', end: body + 1 };
  if (html.startsWith('->', body)) return { text: '', end: body + 2 };
  const close = html.indexOf('-->', body);
  return { text: '', end: close === -1 ? html.length : close + 3 };
}

function readTagName(html: string, from: number): string {
  let end = from;
  while (end < html.length && !isTagNameEnd(html.charAt(end))) end++;
  return html.slice(from, end).toLowerCase();
}

/**
 * Index just past the `>` that closes a tag. A `>` inside a quoted attribute value
 * (`title="a > b"`) does not close it. An unclosed tag runs to the end, as in a browser.
 */
function findTagEnd(html: string, from: number): number {
  let index = from;
  while (index < html.length) {
    const char = html.charAt(index);
    if (char === '>') return index + 1;
    index = char === '=' ? skipAttributeValue(html, index + 1) : index + 1;
  }
  return html.length;
}

function skipAttributeValue(html: string, from: number): number {
  let index = from;
  while (isAsciiWhitespace(html.charAt(index))) index++;
  const quote = html.charAt(index);
  if (quote !== '"' && quote !== "'") return index;
  const close = html.indexOf(quote, index + 1);
  return close === -1 ? html.length : close + 1;
}

/** Index just past `</name …>`, or the end of the input when the element is never closed. */
function skipContentOf(name: string, html: string, from: number): number {
  const endTag = endTagPattern(name);
  endTag.lastIndex = from;
  const found = endTag.exec(html);
  return found ? findTagEnd(html, found.index + 2 + name.length) : html.length;
}

const endTagPatterns = new Map<string, RegExp>();

/** A reusable search for `</name`; a page of many `<script>` tags compiles it once. */
function endTagPattern(name: string): RegExp {
  let pattern = endTagPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`</${name}(?:[\\s/>]|$)`, 'gi');
    endTagPatterns.set(name, pattern);
  }
  return pattern;
}

function isTagNameEnd(char: string): boolean {
  return char === '>' || char === '/' || isAsciiWhitespace(char);
}

function isAsciiLetter(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z');
}

function isAsciiWhitespace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f';
}

// ---------------------------------------------------------------------------------------------
// Character references: `&#39;`, `&#x27;`, `&amp;`.

/** Reads what starts with `&` at `start`; `undefined` when it is no reference we know, so the `&` stays. */
function readCharacterReference(html: string, start: number): Token | undefined {
  if (html.charAt(start + 1) === '#') return readNumericReference(html, start);
  let end = start + 1;
  const limit = Math.min(html.length, end + MAX_ENTITY_NAME_LENGTH);
  while (end < limit && isAsciiAlphanumeric(html.charAt(end))) end++;
  const decoded = html.charAt(end) === ';' ? NAMED_ENTITIES.get(html.slice(start + 1, end)) : undefined;
  return decoded === undefined ? undefined : { text: decoded, end: end + 1 };
}

function readNumericReference(html: string, start: number): Token | undefined {
  const hex = html.charAt(start + 2) === 'x' || html.charAt(start + 2) === 'X';
  const digitsStart = start + (hex ? 3 : 2);
  let end = digitsStart;
  while (end < html.length && isDigitOf(html.charAt(end), hex)) end++;
  if (end === digitsStart) return undefined;
  const digits = html.slice(digitsStart, end);
  const afterSemicolon = html.charAt(end) === ';' ? end + 1 : end;
  const codePoint = digits.length > MAX_REFERENCE_DIGITS ? Number.NaN : parseInt(digits, hex ? 16 : 10);
  return { text: characterFor(codePoint), end: afterSemicolon };
}

/** The character a numeric reference stands for, with HTML's replacements for the invalid ones. */
function characterFor(codePoint: number): string {
  const mapped = WINDOWS_1252.get(codePoint) ?? codePoint;
  const invalid = !(mapped > 0 && mapped <= 0x10ffff) || (mapped >= 0xd800 && mapped <= 0xdfff);
  return invalid ? REPLACEMENT_CHARACTER : String.fromCodePoint(mapped);
}

function isDigitOf(char: string, hex: boolean): boolean {
  if (char >= '0' && char <= '9') return true;
  return hex && ((char >= 'a' && char <= 'f') || (char >= 'A' && char <= 'F'));
}

function isAsciiAlphanumeric(char: string): boolean {
  return isAsciiLetter(char) || (char >= '0' && char <= '9');
}

/**
 * Reads a timeline the way a person meets it: no click, no hover, no scroll. A title counts as
 * readable only if its whole text is drawn somewhere in the element, at a readable size, inside
 * the element and the viewport, not cut by any box that clips it, and on top at three points
 * along it (nothing else painted over it there).
 *
 * It knows nothing of how the element lays titles out (vis-timeline items, an overview band, a
 * vertical list, a group summary): it looks for drawn text equal to each title. Text that is only
 * there for assistive technology (visually hidden) does not count.
 */

/** The smallest text a reader is expected to read, in CSS px. */
export const MIN_READABLE_PX = 11;

export interface TitleReading {
  readonly key: string;
  readonly text: string;
  readonly readable: boolean;
  /** Why the best drawn copy of the title is not readable (empty when it is). */
  readonly reason: string;
}

/** Whitespace folded, as a reader sees text. */
function folded(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Elements of a root, its nested shadow roots included. */
function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

/** The innermost elements whose whole text is `text`. */
function elementsWithText(root: ParentNode, text: string): Element[] {
  const matches = allElements(root).filter((element) => folded(element.textContent) === text);
  return matches.filter((element) => !matches.some((other) => other !== element && element.contains(other)));
}

/** The parent across shadow boundaries. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Why no reader sees this element at all (hidden, visually hidden, transparent), or ''. */
function hiddenReason(element: Element, host: Element): string {
  for (let node: Element | null = element; node && node !== host; node = parentOf(node)) {
    const style = getComputedStyle(node);
    if (style.display === 'none') return 'not displayed';
    if (style.visibility === 'hidden' || style.visibility === 'collapse') return 'invisible';
    if (Number(style.opacity) === 0) return 'transparent';
    if (node.hasAttribute('hidden')) return 'hidden';
    const rect = node.getBoundingClientRect();
    // The visually-hidden pattern (1 px box, clipped): there for screen readers only.
    if (rect.width <= 1 || rect.height <= 1) return 'visually hidden';
    if (style.clipPath !== 'none' && style.clipPath.startsWith('inset(50%')) return 'visually hidden';
    if (style.clip !== 'auto' && style.position === 'absolute') return 'visually hidden';
  }
  return '';
}

/** The rectangles of the element's text lines (viewport px). */
function lineRects(element: Element): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(element);
  return [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
}

function union(rects: readonly DOMRect[]): DOMRect {
  const left = Math.min(...rects.map((rect) => rect.left));
  const top = Math.min(...rects.map((rect) => rect.top));
  const right = Math.max(...rects.map((rect) => rect.right));
  const bottom = Math.max(...rects.map((rect) => rect.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}

function inside(inner: DOMRect, outer: DOMRect, slack = 1): boolean {
  return (
    inner.left >= outer.left - slack &&
    inner.right <= outer.right + slack &&
    inner.top >= outer.top - slack &&
    inner.bottom <= outer.bottom + slack
  );
}

/** Whether some box between the text and the host clips it (an ellipsis, a scrolled-away part). */
function clippedBy(element: Element, text: DOMRect, host: Element): string {
  for (let node: Element | null = element; node && node !== host; node = parentOf(node)) {
    const style = getComputedStyle(node);
    const clipsX = style.overflowX !== 'visible';
    const clipsY = style.overflowY !== 'visible';
    if (!clipsX && !clipsY) continue;
    const box = node.getBoundingClientRect();
    const cutX = clipsX && (text.left < box.left - 1 || text.right > box.right + 1);
    const cutY = clipsY && (text.top < box.top - 1 || text.bottom > box.bottom + 1);
    if (cutX || cutY) return `cut by ${describe(node)}`;
    if (node === element && clipsX && node.scrollWidth > node.clientWidth + 1) return 'shortened (ellipsis)';
  }
  return '';
}

function describe(node: Element): string {
  const part = node.getAttribute('part');
  const classes = [...node.classList].slice(0, 2).join('.');
  return `<${node.localName}${part ? ` part=${part}` : ''}${classes ? ` .${classes}` : ''}>`;
}

/** The topmost element at a viewport point, looking into the shadow roots on the way. */
function topmostAt(x: number, y: number): Element | null {
  let hit: Element | null = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

function containsDeep(ancestor: Element, node: Element | null): boolean {
  for (let current = node; current; current = parentOf(current)) if (current === ancestor) return true;
  return false;
}

/** Three points along the text: near the start of its first line, the middle, near the end of its last line. */
function pointsAlong(lines: readonly DOMRect[]): [number, number][] {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const middle = lines[Math.floor((lines.length - 1) / 2)]!;
  const inset = (rect: DOMRect) => Math.min(4, rect.width / 4);
  return [
    [first.left + inset(first), first.top + first.height / 2],
    [middle.left + middle.width / 2, middle.top + middle.height / 2],
    [last.right - inset(last), last.top + last.height / 2],
  ];
}

/** Why this drawn copy of a title is not readable at first sight, or '' when it is. */
export function unreadableReason(element: Element, host: Element): string {
  const hidden = hiddenReason(element, host);
  if (hidden) return hidden;
  const size = parseFloat(getComputedStyle(element).fontSize);
  if (size < MIN_READABLE_PX) return `text too small (${size}px)`;
  const lines = lineRects(element);
  if (!lines.length) return 'no text drawn';
  const text = union(lines);
  const viewport = new DOMRect(0, 0, window.innerWidth, window.innerHeight);
  if (!inside(text, viewport)) return 'outside the first screen';
  if (!inside(text, host.getBoundingClientRect())) return 'outside the element';
  const clipped = clippedBy(element, text, host);
  if (clipped) return clipped;
  for (const [x, y] of pointsAlong(lines)) {
    const top = topmostAt(x, y);
    if (!containsDeep(element, top)) return `covered by ${top ? describe(top) : 'nothing drawn'}`;
  }
  return '';
}

/**
 * Reads each title (key → text) in the host: readable if any drawn copy of it is. `within`, a
 * selector inside the host's shadow root, limits where copies count (lane labels must be in the
 * drawing: the legend's entries of the same names do not label a lane).
 */
export function readTitles(host: Element, titles: ReadonlyMap<string, string>, within?: string): TitleReading[] {
  const shadowRoot = host.shadowRoot ?? host;
  const root = within ? shadowRoot.querySelector(within) : shadowRoot;
  if (!root) throw new Error(`nothing matches ${within} in the element`);
  return [...titles].map(([key, raw]) => {
    const text = folded(raw);
    const copies = elementsWithText(root, text);
    if (!copies.length) return { key, text, readable: false, reason: 'not drawn' };
    const reasons = copies.map((copy) => unreadableReason(copy, host));
    const readable = reasons.some((reason) => reason === '');
    return { key, text, readable, reason: readable ? '' : [...new Set(reasons)].join('; ') };
  });
}

/** A one-line-per-title summary for a failing assertion. */
export function report(readings: readonly TitleReading[]): string {
  return readings.map((reading) => `${reading.readable ? '✓' : '✗'} ${reading.key}: ${reading.reason}`).join('\n');
}

/**
 * Measures card text with a canvas in the element's font, for the opening window's simulation
 * (`src/layout/detail-focus.ts`): far cheaper than laying out DOM for every window it tries.
 */
import type { CardMetrics, MeasureText } from '../layout/card-size.js';

let context: CanvasRenderingContext2D | null | undefined;
/** The font last set on the shared context: setting one parses it, so only when it changes. */
let contextFont = '';

/** A measurer for `element`'s font family; widths in px. */
export function canvasMeasure(element: Element): MeasureText {
  const style = getComputedStyle(element);
  // The element's own font (its shadow root's text uses it), not the page's.
  const family = style.getPropertyValue('--ct-font-family').trim() || style.fontFamily || 'sans-serif';
  context ??= document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text, fontPx) => {
    const key = `${fontPx}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      if (!context) return text.length * fontPx * 0.55;
      const wanted = `${fontPx}px ${family}`;
      if (contextFont !== wanted) context.font = contextFont = wanted;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}

/**
 * The card's sizes at the element's text size, as the styles draw it (`.ct-card`: date at
 * 12/14 of the text, line height 1.3, at most 22em wide, vis-timeline's content padding and a 1 px border:
 * 16 px across, up to 16 px down).
 */
export function cardMetrics(element: Element): CardMetrics {
  const px = textSizePx(element);
  return { titlePx: px, datePx: (px * 12) / 14, lineHeight: 1.3, maxWidth: px * 22, paddingX: 16, paddingY: 16 };
}

/** `--ct-font-size` in px (it is a length such as `0.875rem`; the host's own size otherwise). */
function textSizePx(element: Element): number {
  const style = getComputedStyle(element);
  const hostPx = parseFloat(style.fontSize) || 16;
  const value = style.getPropertyValue('--ct-font-size').trim();
  const number = parseFloat(value);
  if (!Number.isFinite(number) || number <= 0) return hostPx;
  if (value.endsWith('rem')) return number * (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
  if (value.endsWith('em')) return number * hostPx;
  return number;
}

/**
 * How big an event's card will be when drawn (a small date line over the title, wrapped), found
 * by measuring words rather than laying out DOM: the focus window tries many windows, and a card
 * is only drawn for the one chosen. Pure: the caller gives a text measurer (a canvas context in
 * the browser, anything in tests).
 */

/** The width in px of `text` at a font size in px (the element's font family). */
export type MeasureText = (text: string, fontPx: number) => number;

export interface CardMetrics {
  /** Title font size (px). */
  readonly titlePx: number;
  /** Date line font size (px). */
  readonly datePx: number;
  /** Line height as a multiple of the font size. */
  readonly lineHeight: number;
  /** Widest a day's card grows before its title wraps (px, without padding). */
  readonly maxWidth: number;
  /** Padding and border across and down, both sides together (px). */
  readonly paddingX: number;
  readonly paddingY: number;
}

export interface CardSize {
  readonly width: number;
  readonly height: number;
  /** False when the span is too narrow for its title, which is then not drawn. */
  readonly titled: boolean;
}

/**
 * The card's outer size: as wide as its longest line (at most `maxWidth`, or `wrapWidth` when a
 * span gives its own), as high as its wrapped lines.
 */
export function cardSize(
  title: string,
  date: string,
  metrics: CardMetrics,
  measure: MeasureText,
  wrapWidth = metrics.maxWidth,
): CardSize {
  // A span too narrow for a line shows no text (the styles' container query): a bare bar.
  if (wrapWidth < metrics.titlePx * 5 - metrics.paddingX) return { width: 0, height: metrics.paddingY, titled: false };
  const titleLines = wrapLines(title, metrics.titlePx, wrapWidth, measure);
  const dateLines = date ? wrapLines(date, metrics.datePx, wrapWidth, measure) : { count: 0, widest: 0 };
  const width = Math.min(wrapWidth, Math.max(titleLines.widest, dateLines.widest));
  const height =
    titleLines.count * metrics.titlePx * metrics.lineHeight + dateLines.count * metrics.datePx * metrics.lineHeight;
  return { width: Math.ceil(width + metrics.paddingX), height: Math.ceil(height + metrics.paddingY), titled: true };
}

/** Greedy word wrap, as the browser does for `white-space: normal`: lines and the widest one (px). */
export function wrapLines(
  text: string,
  fontPx: number,
  width: number,
  measure: MeasureText,
): { count: number; widest: number } {
  const words = text.split(/\s+/).filter(Boolean);
  if (!words.length) return { count: 1, widest: 0 };
  const space = measure(' ', fontPx);
  let count = 1;
  let line = 0;
  let widest = 0;
  for (const word of words) {
    const wordWidth = measure(word, fontPx);
    const next = line === 0 ? wordWidth : line + space + wordWidth;
    if (next <= width || line === 0) line = next;
    else {
      widest = Math.max(widest, line);
      count += 1;
      line = wordWidth;
    }
    // A word longer than the line breaks anywhere (overflow-wrap: anywhere).
    while (line > width) {
      count += 1;
      line -= width;
      widest = width;
    }
  }
  return { count, widest: Math.max(widest, line) };
}

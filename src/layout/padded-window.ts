import type { TimeSpan } from './focus-window.js';

import { DAY } from '../model/time.js';

/**
 * The window that shows `extent` with room for cards at its edges, `width` px wide: half a card
 * (`labelRoomPx`) before the first event, and a whole card after the last (a card starts at its
 * event and runs towards later times). The events keep at least 45 % of the width, which leaves a
 * card of up to 35 % of the width its room (see `CARD_MAX_SHARE`).
 */
export function paddedWindow(extent: TimeSpan, width: number, labelRoomPx: number): TimeSpan {
  const inner = Math.max(width - 3 * labelRoomPx, width * 0.45);
  const beforePx = Math.min(labelRoomPx, width - inner);
  const perPx = Math.max(extent.end - extent.start, DAY) / inner;
  const before = Math.max(perPx * beforePx, 3 * DAY);
  const after = Math.max(perPx * (width - inner - beforePx), 3 * DAY);
  return { start: extent.start - before, end: extent.end + after };
}

/** The widest a card is drawn, as a share of the drawing's width (the styles' 35cqi). */
export const CARD_MAX_SHARE = 0.35;

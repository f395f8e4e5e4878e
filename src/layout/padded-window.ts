import type { TimeSpan } from './focus-window.js';

import { DAY } from '../model/time.js';

/**
 * The window that shows `extent` with room for cards at its edges, `width` px wide: a little
 * before the first event, and a card's width after the last (a card starts at its event and runs
 * towards later times). The events keep at least half the width.
 */
export function paddedWindow(extent: TimeSpan, width: number, labelRoomPx: number): TimeSpan {
  const inner = Math.max(width - 3 * labelRoomPx, width / 2);
  const beforePx = Math.min(labelRoomPx, width - inner);
  const perPx = Math.max(extent.end - extent.start, DAY) / inner;
  const before = Math.max(perPx * beforePx, 3 * DAY);
  const after = Math.max(perPx * (width - inner - beforePx), 3 * DAY);
  return { start: extent.start - before, end: extent.end + after };
}

/** What a key press on the event list asks for. */
export type KeyboardCommand =
  | { readonly kind: 'move'; readonly to: MoveTarget; readonly step: number }
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'open' }
  | { readonly kind: 'close' };

/** Where an arrow, Home or End goes: the first item, the last, or `step` items on. */
export type MoveTarget = 'first' | 'last' | 'relative';

type Keys = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>;

/**
 * Maps a key to a move along a row or a list (a roving tabindex). Arrows follow reading
 * direction: in right-to-left text the left arrow goes forward (for the event list, forward in
 * time, which runs leftward). Up and down, for a list (`vertical`), are not mirrored.
 */
export function rovingMove(
  event: Keys,
  { rtl, vertical }: { readonly rtl: boolean; readonly vertical: boolean },
): { readonly to: MoveTarget; readonly step: number } | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const forward = rtl ? -1 : 1;
  switch (event.key) {
    case 'ArrowRight':
      return { to: 'relative', step: forward };
    case 'ArrowLeft':
      return { to: 'relative', step: -forward };
    case 'ArrowDown':
      return vertical ? { to: 'relative', step: 1 } : null;
    case 'ArrowUp':
      return vertical ? { to: 'relative', step: -1 } : null;
    case 'Home':
      return { to: 'first', step: 0 };
    case 'End':
      return { to: 'last', step: 0 };
    default:
      return null;
  }
}

/** The index a move lands on among `count` items, from `current` (-1: none yet, which starts at the first). */
export function moveIndex(
  move: { readonly to: MoveTarget; readonly step: number },
  current: number,
  count: number,
): number {
  if (move.to === 'first') return 0;
  if (move.to === 'last') return count - 1;
  if (current < 0) return 0;
  return Math.min(count - 1, Math.max(0, current + move.step));
}

/** Maps a key on the event list to a command: moves as `rovingMove`, plus zoom, open and close. */
export function keyboardCommand(event: Keys, rtl: boolean): KeyboardCommand | null {
  const move = rovingMove(event, { rtl, vertical: true });
  if (move) return { kind: 'move', ...move };
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case '+':
    case '=':
      return { kind: 'zoom', factor: 0.5 };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 2 };
    case 'Enter':
    case ' ':
      return { kind: 'open' };
    case 'Escape':
      return { kind: 'close' };
    default:
      return null;
  }
}

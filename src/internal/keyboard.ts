/** What a key press on the timeline asks for. */
export type KeyboardCommand =
  | { readonly kind: 'move'; readonly to: 'first' | 'last' | 'relative'; readonly step: number }
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'open' }
  | { readonly kind: 'close' };

/**
 * Maps a key to a command. Arrows follow reading direction: in right-to-left text time runs
 * leftward, so the left arrow goes forward in time. Up and down are not mirrored.
 */
export function keyboardCommand(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
  rtl: boolean,
): KeyboardCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const forward = rtl ? -1 : 1;
  switch (event.key) {
    case 'ArrowRight':
      return { kind: 'move', to: 'relative', step: forward };
    case 'ArrowLeft':
      return { kind: 'move', to: 'relative', step: -forward };
    case 'ArrowDown':
      return { kind: 'move', to: 'relative', step: 1 };
    case 'ArrowUp':
      return { kind: 'move', to: 'relative', step: -1 };
    case 'Home':
      return { kind: 'move', to: 'first', step: 0 };
    case 'End':
      return { kind: 'move', to: 'last', step: 0 };
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

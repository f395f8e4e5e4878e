import type { ReactiveControllerHost } from 'lit';
import { moveIndex, rovingMove } from './keyboard.js';

/** The items a roving tabindex moves along, by key (an id that outlives a render). */
export interface RovingItems {
  readonly count: number;
  keyAt(index: number): string | undefined;
  /** Position of the item with this key, or -1. */
  indexOf(key: string): number;
}

export interface RovingTabindexOptions {
  /** The items now, in order. */
  items(): RovingItems;
  /** A list also moves with Up and Down; a toolbar only with Left and Right. */
  readonly vertical: boolean;
  /** Right to left: Left moves forward. */
  rtl(): boolean;
  /** Puts the focus on the item that became the tab stop (it may need rendering first). */
  focus(key: string): void;
  /** What else a move by key means (a list announces the event and shows it in the drawing). */
  moved?(key: string, index: number, count: number): void;
  /**
   * Where focus arriving while there is no stop yet should go instead (a list hands it to the
   * selected event); by default the focused item becomes the stop.
   */
  firstStop?(): string | undefined;
}

/**
 * One tab stop for a group of items (a toolbar, a list): only the stop has `tabindex="0"`;
 * arrows (mirrored right to left), Home and End move it and the focus; focus by click or Tab
 * moves it too, so that Tab comes back to the item last used. No lifecycle of its own: it asks
 * its host to update when the stop moves.
 */
export class RovingTabindexController {
  /** The key of the item that holds the tab stop (null: none chosen yet). */
  stop: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RovingTabindexOptions,
  ) {}

  /** The key that gets `tabindex="0"` among the rendered ones: the stop if rendered, else the first. */
  tabStopAmong(rendered: readonly string[]): string | undefined {
    return this.stop !== null && rendered.includes(this.stop) ? this.stop : rendered[0];
  }

  /** Moves the stop (without focusing it). */
  setStop(key: string | null): void {
    if (key === this.stop) return;
    this.stop = key;
    this.host.requestUpdate();
  }

  /** Arrows, Home and End: moves the stop and the focus; returns whether the key was such a move. */
  handleKeydown(event: KeyboardEvent): boolean {
    const move = rovingMove(event, { rtl: this.options.rtl(), vertical: this.options.vertical });
    const items = this.options.items();
    if (!move || !items.count) return false;
    const current = this.stop === null ? -1 : items.indexOf(this.stop);
    const index = moveIndex(move, current, items.count);
    const key = items.keyAt(index);
    if (key === undefined) return false;
    event.preventDefault();
    this.setStop(key);
    this.options.moved?.(key, index, items.count);
    this.options.focus(key);
    return true;
  }

  /** Focus arrived on an item (click, Tab): it becomes the stop, or the first stop is chosen. */
  handleFocusIn(key: string): void {
    const first = this.stop === null ? this.options.firstStop?.() : undefined;
    if (first === undefined) {
      this.setStop(key);
      return;
    }
    this.setStop(first);
    if (first !== key) this.options.focus(first);
  }
}

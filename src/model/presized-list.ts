/**
 * A list of new objects filled in order, a million of them when the input is large. Grown by
 * `push`, its array is copied again and again while it holds objects the young generation of
 * the heap still has, and each copy is more work for the garbage collector: in Chromium,
 * preparing a million events took about twice as long as with the array made once at the
 * length expected. So it is made once (at most `MAX_PRESIZED` long, for a hostile length), and
 * cut to the items filled when read.
 */

/** The longest array made in advance (16 MB of references); beyond it the array grows as usual. */
export const MAX_PRESIZED = 1 << 21;

export class PresizedList<T> {
  private readonly items: T[];
  private count = 0;

  /** `expected`: how many items will probably be pushed (anything not a count is taken as 0). */
  constructor(expected: number) {
    const length = Number.isFinite(expected) && expected > 0 ? Math.floor(expected) : 0;
    this.items = new Array<T>(Math.min(length, MAX_PRESIZED));
  }

  get length(): number {
    return this.count;
  }

  push(item: T): void {
    this.items[this.count++] = item;
  }

  /** The items pushed so far: the same array each time, cut to them (pushing may go on after). */
  array(): T[] {
    if (this.items.length !== this.count) this.items.length = this.count;
    return this.items;
  }
}

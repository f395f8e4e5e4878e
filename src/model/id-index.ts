/**
 * The first index of each id: an open-addressing hash table over typed arrays. A `Map` of a
 * million ids took 1.1–1.6 s to fill in Chromium on a 2-core machine (its tables live in the
 * JavaScript heap, which the collector scans again and again while they grow); this one takes
 * about a fifth of that, and its slots are numbers the collector never looks into.
 */

/** Slots per id at most (a half-full table keeps probe runs short). */
const LOAD = 2;
const EMPTY = 0;

export class IdIndex {
  // The ids in the order they were added; `slots` holds an id's position + 1 (0: empty).
  private readonly ids: string[] = [];
  private hashes: Int32Array;
  private values: Int32Array;
  private slots: Int32Array;
  private mask: number;

  /** `expected`: how many ids will probably be added (the table then never grows). */
  constructor(expected = 0) {
    // Anything but a count (NaN from a caller's arithmetic) leaves the smallest table, which grows.
    const capacity = Number.isFinite(expected) ? Math.max(16, Math.floor(expected)) : 16;
    this.hashes = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.slots = new Int32Array(tableSize(capacity));
    this.mask = this.slots.length - 1;
  }

  get size(): number {
    return this.ids.length;
  }

  /** The index `id` was first added with, or `undefined` after adding it with `index` (an int32). */
  firstOrAdd(id: string, index: number): number | undefined {
    const hash = hashOf(id);
    const { slots, hashes, ids, mask } = this;
    let slot = hash & mask;
    for (let taken = slots[slot] as number; taken !== EMPTY; taken = slots[slot] as number) {
      const position = taken - 1;
      if (hashes[position] === hash && ids[position] === id) return this.values[position];
      slot = (slot + 1) & mask;
    }
    const position = ids.length;
    if (position === this.hashes.length) {
      this.grow();
      return this.firstOrAdd(id, index);
    }
    ids.push(id);
    hashes[position] = hash;
    this.values[position] = index;
    slots[slot] = position + 1;
    return undefined;
  }

  /** Twice the room: the ids are placed again by their stored hashes (no id is hashed twice). */
  private grow(): void {
    const capacity = this.hashes.length * 2;
    this.hashes = copyInto(new Int32Array(capacity), this.hashes);
    this.values = copyInto(new Int32Array(capacity), this.values);
    const slots = new Int32Array(tableSize(capacity));
    const mask = slots.length - 1;
    for (let position = 0; position < this.ids.length; position++) {
      let slot = (this.hashes[position] as number) & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = position + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

function tableSize(capacity: number): number {
  let size = 16;
  while (size < capacity * LOAD) size *= 2;
  return size;
}

function copyInto(target: Int32Array, source: Int32Array): Int32Array {
  target.set(source);
  return target;
}

/**
 * FNV-1a over the UTF-16 code units, its bits mixed down so that ids differing only at their end
 * (`event-1`, `event-2`, ACLED's `IRQ1234`) land far apart in the table's low bits.
 */
function hashOf(id: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  return hash ^ (hash >>> 12);
}

/**
 * A map from strings that never grows in one go. A `Map` doubles its table when it fills: at
 * 524,288 ids the next `set` copies every entry into a new table, one step of 100–250 ms that
 * no time slicing can cut (the ingest of a million events stalled there). Spread over 256 maps,
 * each table stays small and each growth short, whatever the total.
 */

/** Number of maps (a power of two: a key's map is its hash's low bits). */
const SHARDS = 256;

/** `Map.prototype.getOrInsert` (the upsert proposal) where the browser has it. */
const getOrInsert = (Map.prototype as { getOrInsert?: (key: unknown, value: unknown) => unknown }).getOrInsert;

export class ShardedMap<V> {
  private readonly shards: Map<string, V>[] = Array.from({ length: SHARDS }, () => new Map<string, V>());

  get(key: string): V | undefined {
    return this.shardOf(key).get(key);
  }

  set(key: string, value: V): this {
    this.shardOf(key).set(key, value);
    return this;
  }

  /**
   * The value `key` already has, or `undefined` after giving it `value`: what `get` then `set`
   * do, in one lookup where the browser has `Map.prototype.getOrInsert` (a million ids are a
   * million lookups, each a few cache misses).
   */
  firstOrSet(key: string, value: V): V | undefined {
    const shard = this.shardOf(key);
    if (getOrInsert === undefined) {
      const first = shard.get(key);
      if (first === undefined) shard.set(key, value);
      return first;
    }
    const size = shard.size;
    const first = getOrInsert.call(shard, key, value) as V;
    return shard.size > size ? undefined : first;
  }

  /** Entries in the fullest of its maps (how evenly the keys spread). */
  get largestShard(): number {
    return Math.max(...this.shards.map((shard) => shard.size));
  }

  /**
   * The shard of a key, from its length and its last four characters: ids that differ mostly at
   * their end (`event-1`, `event-2`, ACLED's `IRQ1234`) spread evenly, for a few operations.
   */
  private shardOf(key: string): Map<string, V> {
    let hash = key.length;
    for (let i = Math.max(0, key.length - 4); i < key.length; i++)
      hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    return this.shards[(hash ^ (hash >>> 16)) & (SHARDS - 1)] as Map<string, V>;
  }
}

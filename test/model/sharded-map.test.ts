import { expect } from '@open-wc/testing';
import { ShardedMap } from '../../src/model/sharded-map.js';

describe('ShardedMap', () => {
  it('is a map from strings', () => {
    const map = new ShardedMap<number>();
    expect(map.get('a')).to.equal(undefined);
    map.set('a', 1).set('b', 2).set('a', 3);
    expect(map.get('a')).to.equal(3);
    expect(map.get('b')).to.equal(2);
    expect(map.get('')).to.equal(undefined);
    map.set('', 0);
    expect(map.get('')).to.equal(0);
  });

  it('firstOrSet gives the value a key already has, or sets it and gives undefined', () => {
    const map = new ShardedMap<number>();
    expect(map.firstOrSet('a', 1)).to.equal(undefined);
    expect(map.get('a')).to.equal(1);
    expect(map.firstOrSet('a', 2)).to.equal(1);
    expect(map.get('a')).to.equal(1);
    // A value that is itself undefined-like is still found.
    expect(map.firstOrSet('zero', 0)).to.equal(undefined);
    expect(map.firstOrSet('zero', 5)).to.equal(0);
    map.set('a', 3);
    expect(map.firstOrSet('a', 4)).to.equal(3);
  });

  it('spreads ids that differ at their end over its maps, so that none grows large', () => {
    for (const id of [(i: number) => `bench-${i}`, (i: number) => `IRQ${i}`, (i: number) => `${i}`]) {
      const map = new ShardedMap<number>();
      for (let i = 0; i < 100_000; i++) map.set(id(i), i);
      // 256 maps: an even spread puts about 390 ids in each; one Map of them all would hold 100,000.
      expect(map.largestShard, id(0)).to.be.below(2000);
      expect(map.get(id(99_999))).to.equal(99_999);
    }
  });
});

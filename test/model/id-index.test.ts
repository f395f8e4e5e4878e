import { expect } from '@open-wc/testing';
import { IdIndex } from '../../src/model/id-index.js';

describe('IdIndex', () => {
  it('gives the index an id was first added with, or adds it and gives undefined', () => {
    const index = new IdIndex();
    expect(index.firstOrAdd('a', 1)).to.equal(undefined);
    expect(index.firstOrAdd('a', 2)).to.equal(1);
    expect(index.firstOrAdd('b', 0)).to.equal(undefined);
    // An index of 0 is found as such, not taken for a missing id.
    expect(index.firstOrAdd('b', 5)).to.equal(0);
    expect(index.firstOrAdd('', 7)).to.equal(undefined);
    expect(index.firstOrAdd('', 8)).to.equal(7);
    expect(index.size).to.equal(3);
  });

  it('keeps every id apart when it grows past its expected size', () => {
    for (const id of [
      (i: number) => `bench-${i}`,
      (i: number) => `IRQ${i}`,
      (i: number) => `${i}`,
      (i: number) => `حدث ${i}`,
    ]) {
      const index = new IdIndex(4);
      for (let i = 0; i < 50_000; i++) expect(index.firstOrAdd(id(i), i)).to.equal(undefined);
      for (let i = 0; i < 50_000; i += 997) expect(index.firstOrAdd(id(i), -1), id(i)).to.equal(i);
      expect(index.size).to.equal(50_000);
    }
  });

  it('finds each id again when many share one run of slots', () => {
    // A tiny table: the ids probe past each other's slots; each is found at its own.
    const index = new IdIndex(1);
    const ids = Array.from({ length: 40 }, (_, i) => `x${i}`);
    ids.forEach((id, i) => index.firstOrAdd(id, i));
    ids.forEach((id, i) => expect(index.firstOrAdd(id, 99)).to.equal(i));
    expect(index.firstOrAdd('x40', 40)).to.equal(undefined);
  });

  it('takes an expected size that is not a count (NaN, infinite, negative) as the smallest, and grows', () => {
    for (const expected of [Number.NaN, Number.POSITIVE_INFINITY, -5]) {
      const index = new IdIndex(expected);
      for (let i = 0; i < 100; i++) expect(index.firstOrAdd(`e${i}`, i), String(expected)).to.equal(undefined);
      expect(index.firstOrAdd('e42', -1), String(expected)).to.equal(42);
    }
  });
});

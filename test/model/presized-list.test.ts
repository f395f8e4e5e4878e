import { expect } from '@open-wc/testing';
import { MAX_PRESIZED, PresizedList } from '../../src/model/presized-list.js';

describe('PresizedList', () => {
  it('gives the items pushed, in order, cut to them when fewer came than expected', () => {
    const list = new PresizedList<string>(5);
    list.push('a');
    list.push('b');
    expect(list.length).to.equal(2);
    expect(list.array()).to.deep.equal(['a', 'b']);
    expect(list.array().length).to.equal(2);
  });

  it('takes more items than expected', () => {
    const list = new PresizedList<number>(2);
    for (let i = 0; i < 5; i++) list.push(i);
    expect(list.array()).to.deep.equal([0, 1, 2, 3, 4]);
  });

  it('goes on after being read, in the same array', () => {
    const list = new PresizedList<number>(4);
    list.push(1);
    const first = list.array();
    list.push(2);
    expect(list.array()).to.equal(first);
    expect(first).to.deep.equal([1, 2]);
  });

  it('takes an expected length that is not a count as none, and caps a huge one', () => {
    for (const expected of [Number.NaN, -3, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, 0.5]) {
      const list = new PresizedList<number>(expected);
      expect(list.array(), String(expected)).to.deep.equal([]);
      list.push(7);
      expect(list.array(), String(expected)).to.deep.equal([7]);
    }
    // 2 ** 40 references would be 8 TB: made at the cap, it still takes what comes.
    const huge = new PresizedList<number>(2 ** 40);
    huge.push(1);
    expect(huge.array()).to.deep.equal([1]);
    expect(MAX_PRESIZED).to.be.lessThan(2 ** 22);
  });
});

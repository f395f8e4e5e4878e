import { expect } from '@open-wc/testing';
import { IdRegistry } from '../../src/loaders/ids.js';

describe('IdRegistry', () => {
  it('hands out an id once, then the same id with -2, -3, …', () => {
    const ids = new IdRegistry();
    expect(['a', 'a', 'b', 'a'].map((id) => ids.claim(id))).to.deep.equal(['a', 'a-2', 'b', 'a-3']);
    expect(ids.has('a-2')).to.equal(true);
    expect(ids.has('a-4')).to.equal(false);
  });

  it('skips a suffixed id another record already took as its own', () => {
    const ids = new IdRegistry();
    expect(['x-2', 'x', 'x'].map((id) => ids.claim(id))).to.deep.equal(['x-2', 'x', 'x-3']);
  });

  it('keeps 100,000 ids apart (ACLED-like, differing at their end)', () => {
    const ids = new IdRegistry();
    for (let i = 0; i < 100_000; i++) expect(ids.claim(`IRQ${i}`)).to.equal(`IRQ${i}`);
    expect(ids.claim('IRQ50000')).to.equal('IRQ50000-2');
    expect(ids.has('IRQ99999')).to.equal(true);
    expect(ids.has('IRQ100000')).to.equal(false);
  });
});

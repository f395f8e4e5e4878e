import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { cardSize, wrapLines, type CardMetrics } from '../../src/layout/card-size.js';

/** Every character 10 px wide at 10 px (a space too): widths are easy to reason about. */
const measure = (text: string, fontPx: number) => text.length * fontPx;
const metrics: CardMetrics = { titlePx: 10, datePx: 10, lineHeight: 1, maxWidth: 100, paddingX: 10, paddingY: 4 };

describe('wrapLines', () => {
  it('wraps greedily at spaces, as white-space: normal does', () => {
    // "aaaa bbbb cccc" at 10 px: 40 + 10 + 40 = 90 fits in 100; with cccc it does not.
    expect(wrapLines('aaaa bbbb cccc', 10, 100, measure)).to.deep.equal({ count: 2, widest: 90 });
    expect(wrapLines('aaaa', 10, 100, measure)).to.deep.equal({ count: 1, widest: 40 });
  });

  it('breaks a word longer than the line anywhere', () => {
    expect(wrapLines('a'.repeat(25), 10, 100, measure).count).to.equal(3);
  });

  it('never gives a line wider than the width, and more text never takes fewer lines', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 20 }), (words) => {
        const text = words.join(' ');
        const lines = wrapLines(text, 10, 100, measure);
        expect(lines.widest).to.be.at.most(100);
        expect(wrapLines(`${text} more`, 10, 100, measure).count).to.be.at.least(lines.count);
      }),
    );
  });
});

describe('cardSize', () => {
  it('is its longest line wide and its lines high, with padding; a date adds its lines', () => {
    expect(cardSize('aaaa bbbb cccc', '', metrics, measure)).to.deep.equal({ width: 100, height: 24, titled: true });
    expect(cardSize('aaaa', '1 May 2024', metrics, measure)).to.deep.equal({ width: 110, height: 24, titled: true });
  });

  it('wraps a span’s title in the span’s width; too narrow a span draws no title', () => {
    expect(cardSize('aaaa bbbb', '', metrics, measure, 45).height).to.equal(24);
    expect(cardSize('aaaa bbbb', '', metrics, measure, 30)).to.deep.equal({ width: 0, height: 4, titled: false });
  });
});

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { stackLabels, type LabelRequest, type PlacedLabel } from '../../src/layout/stack-labels.js';

const label = (key: string, at: number, width = 100, height = 20): LabelRequest => ({ key, at, width, height });

function overlaps(a: PlacedLabel, b: PlacedLabel, gap: number): boolean {
  return (
    a.start < b.start + b.width + gap &&
    b.start < a.start + a.width + gap &&
    a.bottom < b.bottom + b.height + gap &&
    b.bottom < a.bottom + a.height + gap
  );
}

const labelsArbitrary = fc.array(
  fc.record({
    at: fc.integer({ min: -200, max: 1400 }),
    width: fc.integer({ min: 20, max: 300 }),
    height: fc.integer({ min: 10, max: 80 }),
  }),
  { maxLength: 60 },
);

describe('stackLabels', () => {
  it('keeps a label at its place along the axis when there is room', () => {
    const { placed } = stackLabels([label('a', 10), label('b', 300)], { width: 1000, height: 100 });
    expect(placed.map((p) => [p.key, p.start, p.bottom])).to.deep.equal([
      ['a', 10, 0],
      ['b', 300, 0],
    ]);
  });

  it('lifts a label that would cover an earlier one, by its height and the gap', () => {
    const { placed, height } = stackLabels([label('a', 10), label('b', 50)], { width: 1000, height: 100, gap: 4 });
    expect(placed[1]).to.include({ key: 'b', start: 50, bottom: 24 });
    expect(height).to.equal(44);
  });

  it('drops a label into a hole under a higher one (first fit, not just above the highest)', () => {
    // 'b' rests on 'a' (0–100), overhanging to 150; 'd' (100–190) touches only 'b' across, whose
    // room below (on the axis, right of 'a') is free: 'd' goes there, not above 'b'.
    const { placed } = stackLabels([label('a', 0), label('b', 50), label('c', 200, 100, 60), label('d', 100, 90)], {
      width: 1000,
      height: 100,
    });
    expect(placed.map((p) => [p.key, p.bottom])).to.deep.equal([
      ['a', 0],
      ['b', 20],
      ['c', 0],
      ['d', 0],
    ]);
  });

  it('pulls a label back inside the axis at both ends instead of cutting it', () => {
    const { placed } = stackLabels([label('early', -50), label('late', 950)], { width: 1000, height: 100 });
    expect(placed.map((p) => p.start)).to.deep.equal([0, 900]);
  });

  it('leaves out what has no room, and says which', () => {
    const { placed, unplaced } = stackLabels([label('a', 0), label('b', 0), label('c', 0), label('huge', 0, 2000)], {
      width: 1000,
      height: 45,
    });
    expect(placed.map((p) => p.key)).to.deep.equal(['a', 'b']);
    expect(unplaced).to.deep.equal(['c', 'huge']);
  });

  it('never overlaps two labels, never leaves the box, and places a label only where it fits', () => {
    fc.assert(
      fc.property(labelsArbitrary, fc.integer({ min: 0, max: 12 }), (specs, gap) => {
        const requests = specs.map((spec, i) => label(String(i), spec.at, spec.width, spec.height));
        const options = { width: 1200, height: 300, gap };
        const { placed, unplaced, height } = stackLabels(requests, options);
        expect(placed.length + unplaced.length).to.equal(requests.length);
        for (const p of placed) {
          expect(p.start).to.be.within(0, options.width - p.width);
          expect(p.bottom + p.height).to.be.at.most(options.height);
          expect(p.bottom + p.height).to.be.at.most(height);
        }
        for (let i = 0; i < placed.length; i++)
          for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!, placed[j]!, gap)).to.equal(false);
        // An unplaced label (narrow enough) really had no room: on the axis it would overlap.
        for (const key of unplaced) {
          const request = requests[Number(key)]!;
          if (request.width > options.width) continue;
          const start = Math.min(Math.max(request.at, 0), options.width - request.width);
          const candidate = { key, start, bottom: 0, width: request.width, height: request.height };
          const fitsOnAxis = request.height <= options.height && !placed.some((p) => overlaps(p, candidate, gap));
          expect(fitsOnAxis, `label ${key} had room on the axis`).to.equal(false);
        }
      }),
    );
  });
});

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LoopedWork, type Loop } from '../../src/model/looped-work.js';

/** Three loops that record what they ran; the second's length depends on the first's work. */
function recordingLoops(sizes: readonly number[]): { loops: Loop[]; ran: string[] } {
  const ran: string[] = [];
  let produced = 0;
  const loops: Loop[] = [
    {
      length: () => sizes[0] ?? 0,
      run: (from, to) => {
        for (let i = from; i < to; i++) ran.push(`a${i}`);
        produced += to - from;
      },
    },
    // Read when the loop starts: as many iterations as the first loop produced, times two.
    { length: () => produced * 2, run: (from, to) => ran.push(`b${from}-${to}`) },
    { length: () => sizes[1] ?? 0, run: (from, to) => ran.push(`c${from}-${to}`) },
  ];
  return { loops, ran };
}

/** The iterations that ran, one entry each (ranges expanded), to compare steppings. */
function iterations(ran: readonly string[]): string[] {
  return ran.flatMap((entry) => {
    const range = /^([bc])(\d+)-(\d+)$/.exec(entry);
    if (!range) return [entry];
    const [, loop, from, to] = range;
    return Array.from({ length: Number(to) - Number(from) }, (_, i) => `${loop}${Number(from) + i}`);
  });
}

describe('LoopedWork', () => {
  it('runs the loops in order, each over its whole length, at once', () => {
    const { loops, ran } = recordingLoops([3, 2]);
    const work = new LoopedWork(loops);
    expect(work.done).to.equal(false);
    work.runAll();
    expect(work.done).to.equal(true);
    expect(ran).to.deep.equal(['a0', 'a1', 'a2', 'b0-6', 'c0-2']);
  });

  it('does the same iterations, in the same order, however it is stepped', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.nat(20), fc.nat(20)),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 40 }),
        (sizes, steps) => {
          const whole = recordingLoops(sizes);
          new LoopedWork(whole.loops).runAll();
          const stepped = recordingLoops(sizes);
          const work = new LoopedWork(stepped.loops);
          for (let i = 0; !work.done; i++) work.step(steps[i % steps.length]!);
          expect(iterations(stepped.ran)).to.deep.equal(iterations(whole.ran));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('runs at most `count` iterations a step, across loops', () => {
    const { loops, ran } = recordingLoops([3, 4]);
    const work = new LoopedWork(loops);
    work.step(4);
    expect(iterations(ran)).to.deep.equal(['a0', 'a1', 'a2', 'b0']);
    work.step(6);
    expect(iterations(ran).length).to.equal(10);
    expect(work.done).to.equal(false);
    work.step(100);
    expect(work.done).to.equal(true);
    expect(iterations(ran).length).to.equal(3 + 6 + 4);
  });

  it('is done at once with no loops or empty ones', () => {
    expect(new LoopedWork([]).done).to.equal(true);
    const empty = new LoopedWork([{ length: () => 0, run: () => expect.fail('an empty loop ran') }]);
    empty.step(1);
    expect(empty.done).to.equal(true);
  });
});

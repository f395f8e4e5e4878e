/**
 * Work cut into loops that can run a little at a time, so that long work can yield to the event
 * loop between steps (src/model/ingest.ts) and still run at once, with the same code, when
 * the input is small.
 */

/** Work that can be done a little at a time: `step` until `done`. */
export interface Stepwise {
  readonly done: boolean;
  /** Does up to `count` more iterations of the work. */
  step(count: number): void;
}

/** One loop of a `LoopedWork`: `run(from, to)` does its iterations `from` up to (not including) `to`. */
export interface Loop {
  /** Its number of iterations, read when the loop starts: it may depend on the loops before it. */
  readonly length: () => number;
  readonly run: (from: number, to: number) => void;
}

/**
 * Loops run one after the other and cut anywhere: `step(count)` runs `count` iterations, so a
 * caller can yield to the event loop between steps (src/model/ingest.ts), and `runAll` does
 * the same work at once. Both give the same result because both run the same loops in order.
 */
export class LoopedWork implements Stepwise {
  private current = 0;
  private next = 0;
  private length: number | undefined;

  constructor(private readonly loops: readonly Loop[]) {}

  get done(): boolean {
    return this.current >= this.loops.length;
  }

  step(count: number): void {
    let budget = count;
    while (budget > 0 && !this.done) {
      const loop = this.loops[this.current] as Loop;
      this.length ??= loop.length();
      const to = Math.min(this.length, this.next + budget);
      if (to > this.next) loop.run(this.next, to);
      budget -= to - this.next;
      this.next = to;
      if (this.next >= this.length) this.nextLoop();
    }
  }

  runAll(): void {
    this.step(Number.POSITIVE_INFINITY);
  }

  private nextLoop(): void {
    this.current++;
    this.next = 0;
    this.length = undefined;
  }
}

/** Work done through a `LoopedWork` of its own: `step`, `runAll` and `done` are the loops'. */
export abstract class LoopedTask implements Stepwise {
  protected abstract readonly work: LoopedWork;

  get done(): boolean {
    return this.work.done;
  }

  step(count: number): void {
    this.work.step(count);
  }

  runAll(): void {
    this.work.runAll();
  }
}

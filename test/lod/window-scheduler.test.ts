import { expect } from '@open-wc/testing';
import { WindowScheduler, type FrameClock } from '../../src/timeline/lod/window-scheduler.js';
import {
  abortError,
  type EventQueryProvider,
  type WindowAnswer,
  type WindowQuery,
} from '../../src/timeline/lod/query.js';
import { MemoryQueryProvider } from '../../src/timeline/lod/memory-provider.js';
import { DAY, preparedEvent } from './helpers.js';

/** A frame clock the test advances by hand. */
class ManualFrames implements FrameClock {
  private callbacks = new Map<number, () => void>();
  private next = 1;
  request(callback: () => void): number {
    this.callbacks.set(this.next, callback);
    return this.next++;
  }
  cancel(handle: number): void {
    this.callbacks.delete(handle);
  }
  get scheduled(): number {
    return this.callbacks.size;
  }
  tick(): void {
    const callbacks = [...this.callbacks.values()];
    this.callbacks.clear();
    callbacks.forEach((callback) => callback());
  }
}

interface Call {
  query: WindowQuery;
  signal?: AbortSignal;
  resolve(answer: WindowAnswer): void;
  reject(error: unknown): void;
}

/** A provider whose answers the test releases, in any order; it rejects on abort like a real one. */
class ControlledProvider implements EventQueryProvider {
  readonly calls: Call[] = [];
  readonly size = 0;
  query(query: WindowQuery, signal?: AbortSignal): Promise<WindowAnswer> {
    return new Promise((resolve, reject) => {
      this.calls.push({ query, signal, resolve, reject });
      signal?.addEventListener('abort', () => reject(abortError()));
    });
  }
}

const answerOf = (total: number): WindowAnswer => ({ events: [], aggregates: [], total });
const q = (start: number): WindowQuery => ({ start, end: start + 10, maxItems: 5, resolution: 1 });
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('WindowScheduler', () => {
  it('sends at most one query per frame: the last window asked for', () => {
    const frames = new ManualFrames();
    const provider = new ControlledProvider();
    const scheduler = new WindowScheduler(provider, { onAnswer: () => {} }, frames);
    for (let i = 0; i < 20; i++) scheduler.request(q(i));
    expect(frames.scheduled).to.equal(1);
    expect(provider.calls).to.have.length(0);
    frames.tick();
    expect(provider.calls.map((call) => call.query.start)).to.deep.equal([19]);
    frames.tick();
    expect(provider.calls).to.have.length(1);
  });

  it('drops the answer to a stale query and aborts it', async () => {
    const frames = new ManualFrames();
    const provider = new ControlledProvider();
    const answers: [number, number][] = [];
    const scheduler = new WindowScheduler(
      provider,
      { onAnswer: (answer, query) => answers.push([answer.total, query.start]) },
      frames,
    );
    scheduler.request(q(1));
    frames.tick();
    scheduler.request(q(2));
    frames.tick();
    const [first, second] = provider.calls;
    expect(first?.signal?.aborted).to.equal(true);
    expect(second?.signal?.aborted).to.equal(false);
    second?.resolve(answerOf(2));
    first?.resolve(answerOf(1));
    await settle();
    expect(answers).to.deep.equal([[2, 2]]);
  });

  it('reports failures but not aborts', async () => {
    const frames = new ManualFrames();
    const provider = new ControlledProvider();
    const errors: unknown[] = [];
    const scheduler = new WindowScheduler(
      provider,
      { onAnswer: () => {}, onError: (error) => errors.push(error) },
      frames,
    );
    scheduler.request(q(1));
    frames.tick();
    scheduler.request(q(2));
    frames.tick();
    provider.calls[1]?.reject(new Error('offline'));
    await settle();
    expect(errors.map(String)).to.deep.equal(['Error: offline']);
  });

  it('asks the new provider for the last window when the data changes', async () => {
    const frames = new ManualFrames();
    const oldProvider = new ControlledProvider();
    const newProvider = new ControlledProvider();
    const answers: number[] = [];
    const scheduler = new WindowScheduler(oldProvider, { onAnswer: (answer) => answers.push(answer.total) }, frames);
    scheduler.request(q(5));
    frames.tick();
    scheduler.setProvider(newProvider);
    expect(oldProvider.calls[0]?.signal?.aborted).to.equal(true);
    frames.tick();
    expect(newProvider.calls.map((call) => call.query.start)).to.deep.equal([5]);
    newProvider.calls[0]?.resolve(answerOf(9));
    await settle();
    expect(answers).to.deep.equal([9]);
  });

  it('stops after dispose: no frame, no query, no callback', async () => {
    const frames = new ManualFrames();
    const provider = new ControlledProvider();
    const answers: number[] = [];
    const scheduler = new WindowScheduler(provider, { onAnswer: (answer) => answers.push(answer.total) }, frames);
    scheduler.request(q(1));
    frames.tick();
    scheduler.request(q(2));
    scheduler.dispose();
    expect(frames.scheduled).to.equal(0);
    provider.calls[0]?.resolve(answerOf(1));
    scheduler.request(q(3));
    frames.tick();
    await settle();
    expect(provider.calls).to.have.length(1);
    expect(answers).to.deep.equal([]);
  });

  it('answers an immediate request from the in-memory index at once, replacing the one waiting for a frame', () => {
    const frames = new ManualFrames();
    const provider = new MemoryQueryProvider([preparedEvent('a', 0, DAY), preparedEvent('b', 10 * DAY, 11 * DAY)]);
    const answers: [string[], number][] = [];
    const scheduler = new WindowScheduler(
      provider,
      { onAnswer: (answer, query) => answers.push([answer.events.map((p) => p.event.id), query.start]) },
      frames,
    );
    scheduler.request({ start: 0, end: DAY, maxItems: 10, resolution: DAY, margin: 0 });
    scheduler.request(
      { start: 10 * DAY, end: 11 * DAY, maxItems: 10, resolution: DAY, margin: 0 },
      { immediate: true },
    );
    expect(answers).to.deep.equal([[['b'], 10 * DAY]]);
    expect(frames.scheduled).to.equal(0);
    frames.tick();
    expect(answers).to.have.length(1);
  });

  it('answers at once from any provider with an answerNow, not only the in-memory one', () => {
    const frames = new ManualFrames();
    const answered: string[] = [];
    const provider: EventQueryProvider = {
      size: 1,
      query: () => Promise.reject(new Error('query() must not be used when answerNow is there')),
      answerNow: (query) => ({ events: [preparedEvent(`at-${query.start}`, 0, DAY)], aggregates: [], total: 1 }),
    };
    const scheduler = new WindowScheduler(
      provider,
      {
        onAnswer: (answer) => answered.push(answer.events[0]!.event.id),
        onError: (error) => answered.push(String(error)),
      },
      frames,
    );
    scheduler.request({ start: 5, end: DAY, maxItems: 10, resolution: DAY }, { immediate: true });
    expect(answered).to.deep.equal(['at-5']);
  });

  it('sends an immediate request to an async provider without waiting for a frame, aborting the older one', () => {
    const frames = new ManualFrames();
    const provider = new ControlledProvider();
    const scheduler = new WindowScheduler(provider, { onAnswer: () => {} }, frames);
    scheduler.request(q(1));
    frames.tick();
    scheduler.request(q(2));
    scheduler.request(q(3), { immediate: true });
    expect(provider.calls.map((call) => call.query.start)).to.deep.equal([1, 3]);
    expect(provider.calls[0]?.signal?.aborted).to.equal(true);
    frames.tick();
    expect(provider.calls).to.have.length(2);
  });

  it('uses animation frames by default', async () => {
    const provider = new ControlledProvider();
    const scheduler = new WindowScheduler(provider, { onAnswer: () => {} });
    scheduler.request(q(1));
    scheduler.request(q(2));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    expect(provider.calls.map((call) => call.query.start)).to.deep.equal([2]);
    scheduler.dispose();
  });
});

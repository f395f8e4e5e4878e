/** The default query provider: a `TimeIndex` on the main thread. */
import type { PreparedEvent } from '../../model/prepared.js';
import { abortError, type EventQueryProvider, type WindowAnswer, type WindowQuery } from './query.js';
import { TimeIndex, toWindowAnswer } from './time-index.js';

/**
 * Answers window queries from a `TimeIndex` on the main thread. A query over 100,000 events takes
 * about a millisecond, far less than vis-timeline's redraw, so this is the default provider.
 */
export class MemoryQueryProvider implements EventQueryProvider {
  private readonly index: TimeIndex;

  /**
   * Indexes the events (as `prepareEvents` returns them); the array must not change afterwards.
   * `index`: their index if it was built already (`ingestEvents` builds it in slices), which
   * spares the first render the 20–30 ms of building it for 100,000 events.
   */
  constructor(
    private readonly events: readonly PreparedEvent[],
    index?: TimeIndex,
  ) {
    if (index && index.size !== events.length)
      throw new RangeError(`The index holds ${index.size} events, the array ${events.length}.`);
    this.index = index ?? TimeIndex.fromEvents(events);
  }

  get size(): number {
    return this.index.size;
  }

  get extent(): { start: number; end: number } | null {
    return this.index.extent;
  }

  query(q: WindowQuery, signal?: AbortSignal): Promise<WindowAnswer> {
    if (signal?.aborted) return Promise.reject(abortError());
    try {
      return Promise.resolve(this.answerNow(q));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** The same answer, at once: lets the element draw its first frame without waiting a frame. */
  answerNow(q: WindowQuery): WindowAnswer {
    return toWindowAnswer(this.index.query(q), this.events);
  }
}

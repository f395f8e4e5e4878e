/**
 * Turns a stream of window changes (vis-timeline reports dozens per second while the user drags
 * or wheels) into at most one query per animation frame, and hands on only the answer to the
 * newest query: an answer that arrives after a newer query was sent is dropped, and its query is
 * aborted so that a worker or server can skip it.
 *
 * A single window change (set by code, a click, a key) need not wait for a frame: `immediate`
 * sends it at once, and the in-memory index even answers it synchronously, so its items reach
 * vis-timeline before vis-timeline's own redraw of the new window (one redraw instead of two).
 */
import { isAbortError, type EventQueryProvider, type WindowAnswer, type WindowQuery } from './query.js';

/** When to run the next query: `requestAnimationFrame` by default; tests pass a manual clock. */
export interface FrameClock {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

/** What the scheduler calls back. */
export interface WindowSchedulerCallbacks {
  /** The answer to the newest query (never to a stale one). */
  onAnswer(answer: WindowAnswer, query: WindowQuery): void;
  /** A query failed (an abort is not a failure and is not reported). */
  onError?(error: unknown, query: WindowQuery): void;
}

const animationFrames: FrameClock = {
  request: (callback) => requestAnimationFrame(() => callback()),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/** Coalesces window queries to one per frame and drops stale answers. */
export class WindowScheduler {
  private wanted?: WindowQuery;
  private frame?: number;
  private inFlight?: AbortController;
  /** The last query sent to the provider, asked again by `setProvider`. */
  private lastQuery?: WindowQuery;
  private disposed = false;

  constructor(
    private provider: EventQueryProvider,
    private readonly callbacks: WindowSchedulerCallbacks,
    private readonly clock: FrameClock = animationFrames,
  ) {}

  /**
   * Asks for a window; only the last one asked for before the next frame is queried. With
   * `immediate` (a change that is not part of a continuous gesture) it is queried now instead,
   * replacing any query waiting for the frame.
   */
  request(query: WindowQuery, { immediate = false }: { immediate?: boolean } = {}): void {
    if (this.disposed) return;
    if (immediate) {
      this.cancelFrame();
      this.wanted = undefined;
      this.send(query);
      return;
    }
    this.wanted = query;
    this.frame ??= this.clock.request(this.handleFrame);
  }

  /**
   * Switches to another provider (new data): the query in flight is aborted and `query` (by
   * default the last window asked for) is queried from the new provider on the next frame; with
   * `null`, nothing is, and the caller asks for its window itself. The caller disposes the old
   * provider.
   */
  setProvider(provider: EventQueryProvider, query?: WindowQuery | null): void {
    this.provider = provider;
    this.inFlight?.abort();
    this.inFlight = undefined;
    const again = query === null ? undefined : (query ?? this.wanted ?? this.lastQuery);
    if (again) this.request(again);
  }

  /** Stops: no more queries, the one in flight is aborted, no more callbacks. */
  dispose(): void {
    this.disposed = true;
    this.cancelFrame();
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  private cancelFrame(): void {
    if (this.frame !== undefined) this.clock.cancel(this.frame);
    this.frame = undefined;
  }

  private readonly handleFrame = (): void => {
    this.frame = undefined;
    const query = this.wanted;
    this.wanted = undefined;
    if (!query || this.disposed) return;
    this.send(query);
  };

  private send(query: WindowQuery): void {
    this.inFlight?.abort();
    this.inFlight = undefined;
    this.lastQuery = query;
    if (this.provider.answerNow) this.answerAtOnce(this.provider.answerNow.bind(this.provider), query);
    else this.sendAsync(query);
  }

  /** A provider with its answer at hand (`answerNow`): no promise, no extra task. */
  private answerAtOnce(answerNow: (query: WindowQuery) => WindowAnswer, query: WindowQuery): void {
    let answer: WindowAnswer;
    try {
      answer = answerNow(query);
    } catch (error) {
      this.callbacks.onError?.(error, query);
      return;
    }
    this.callbacks.onAnswer(answer, query);
  }

  private sendAsync(query: WindowQuery): void {
    const controller = new AbortController();
    this.inFlight = controller;
    this.provider.query(query, controller.signal).then(
      (answer) => {
        if (this.inFlight !== controller || controller.signal.aborted) return;
        this.inFlight = undefined;
        this.callbacks.onAnswer(answer, query);
      },
      (error: unknown) => {
        if (this.inFlight === controller) this.inFlight = undefined;
        if (controller.signal.aborted || isAbortError(error)) return;
        this.callbacks.onError?.(error, query);
      },
    );
  }
}

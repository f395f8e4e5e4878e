/**
 * Answers window queries from a `TimeIndex` in a Web Worker, so a very large data set is indexed
 * and queried off the main thread. Only the index columns are sent (transferred, not cloned), and
 * answers come back as positions mapped to the caller's own event objects: the events keep their
 * identity and no event is ever cloned.
 */
import type { PreparedEvent } from '../../model/prepared.js';
import { abortError, type EventQueryProvider, type WindowAnswer, type WindowQuery } from './query.js';
import type { FromWorker, ToWorker } from './query-protocol.js';
import { columnsOf, toWindowAnswer } from './time-index.js';
import { listenTo, WorkerQueries, workerError } from './worker-queries.js';

/** A started worker running `query-worker.js`, or a function that starts one (see `createQueryWorker`). */
export type WorkerSource = Worker | (() => Worker);

type Answer = Extract<FromWorker, { kind: 'answer' }>;

/** A query provider backed by a worker. It owns the worker: `dispose()` terminates it. */
export class WorkerQueryProvider implements EventQueryProvider {
  private readonly worker: Worker;
  /** Stops listening to the worker and terminates it. */
  private readonly stop: () => void;
  private readonly queries: WorkerQueries<Answer>;

  /**
   * Sends the events' index columns to the worker, which builds its index before it reads any
   * query. `events` must be the array `prepareEvents` returned and must not change afterwards.
   */
  constructor(
    private readonly events: readonly PreparedEvent[],
    source: WorkerSource,
  ) {
    this.worker = typeof source === 'function' ? source() : source;
    this.queries = new WorkerQueries<Answer>(
      (message) => this.post(message, []),
      (message) => toWindowAnswer(message, this.events),
    );
    this.stop = listenTo(this.worker, this.handleMessage, this.handleError);
    const columns = columnsOf(events);
    this.post({ kind: 'index', columns }, [columns.startTime.buffer, columns.endTime.buffer, columns.typeCode.buffer]);
  }

  get size(): number {
    return this.events.length;
  }

  query(q: WindowQuery, signal?: AbortSignal): Promise<WindowAnswer> {
    return this.queries.query(q, signal);
  }

  /** Terminates the worker; pending queries reject with an `AbortError`. */
  dispose(): void {
    this.stop();
    this.queries.fail(new Error('The query provider was disposed.'), abortError());
  }

  private post(message: ToWorker, transfer: Transferable[]): void {
    this.worker.postMessage(message, transfer);
  }

  private readonly handleMessage = (event: MessageEvent<FromWorker>): void => {
    this.queries.settle(event.data);
  };

  /** A worker that fails to load (wrong URL, no module workers) fails every query, now and later. */
  private readonly handleError = (event: Event): void => {
    this.queries.fail(workerError(event));
  };
}

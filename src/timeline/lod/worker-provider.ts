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

/** A started worker running `query-worker.js`, or a function that starts one (see `createQueryWorker`). */
export type WorkerSource = Worker | (() => Worker);

interface PendingQuery {
  resolve(answer: WindowAnswer): void;
  reject(error: unknown): void;
}

/** A query provider backed by a worker. It owns the worker: `dispose()` terminates it. */
export class WorkerQueryProvider implements EventQueryProvider {
  private readonly worker: Worker;
  private readonly pending = new Map<number, PendingQuery>();
  private nextId = 1;
  private failure?: Error;

  /**
   * Sends the events' index columns to the worker, which builds its index before it reads any
   * query. `events` must be the array `prepareEvents` returned and must not change afterwards.
   */
  constructor(
    private readonly events: readonly PreparedEvent[],
    source: WorkerSource,
  ) {
    this.worker = typeof source === 'function' ? source() : source;
    this.worker.addEventListener('message', this.handleMessage);
    this.worker.addEventListener('error', this.handleError);
    this.worker.addEventListener('messageerror', this.handleError);
    const columns = columnsOf(events);
    this.post({ kind: 'index', columns }, [columns.startTime.buffer, columns.endTime.buffer, columns.typeCode.buffer]);
  }

  get size(): number {
    return this.events.length;
  }

  query(q: WindowQuery, signal?: AbortSignal): Promise<WindowAnswer> {
    if (signal?.aborted) return Promise.reject(abortError());
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<WindowAnswer>((resolve, reject) => {
      const onAbort = (): void => {
        this.pending.delete(id);
        // The worker skips the query if it has not started it yet.
        this.post({ kind: 'cancel', id }, []);
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = (): void => signal?.removeEventListener('abort', onAbort);
      this.pending.set(id, {
        resolve: (answer) => (settle(), resolve(answer)),
        reject: (error) => (settle(), reject(error)),
      });
      this.post({ kind: 'query', id, query: plainQuery(q) }, []);
    });
  }

  /** Terminates the worker; pending queries reject with an `AbortError`. */
  dispose(): void {
    this.failure ??= new Error('The query provider was disposed.');
    this.worker.removeEventListener('message', this.handleMessage);
    this.worker.removeEventListener('error', this.handleError);
    this.worker.removeEventListener('messageerror', this.handleError);
    this.worker.terminate();
    this.rejectAll(abortError());
  }

  private post(message: ToWorker, transfer: Transferable[]): void {
    this.worker.postMessage(message, transfer);
  }

  private readonly handleMessage = (event: MessageEvent<FromWorker>): void => {
    const message = event.data;
    const pending = this.pending.get(message.id);
    if (!pending) return; // aborted meanwhile: a stale answer
    this.pending.delete(message.id);
    if (message.kind === 'failed') pending.reject(new Error(message.message));
    else pending.resolve(toWindowAnswer(message, this.events));
  };

  private readonly handleError = (event: Event): void => {
    // A worker that fails to load (wrong URL, no module workers) fails every query, now and later.
    const detail = event instanceof ErrorEvent && event.message ? `: ${event.message}` : '';
    this.failure = new Error(`The query worker failed${detail}.`);
    this.rejectAll(this.failure);
  };

  private rejectAll(error: unknown): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const query of pending) query.reject(error);
  }
}

/** The query as plain data: only own data fields are sent, and a proxied array (which cannot be cloned) is copied. */
function plainQuery(q: WindowQuery): WindowQuery {
  const plain: WindowQuery = { start: q.start, end: q.end, maxItems: q.maxItems, resolution: q.resolution };
  if (q.hiddenTypes) plain.hiddenTypes = [...q.hiddenTypes];
  if (q.margin !== undefined) plain.margin = q.margin;
  return plain;
}

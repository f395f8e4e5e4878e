/**
 * The main thread's side of window queries answered by a worker: ids, the queries waiting for an
 * answer, cancelling on abort, and failing every query once the worker broke. Shared by
 * `WorkerQueryProvider` (the worker holds an index of the page's events) and
 * `SourceWorkerProvider` (the worker holds the events too).
 */
import { abortError, type WindowAnswer, type WindowQuery } from './query.js';

/** The messages about queries, both ways (each provider adds its own). */
export type QueryToWorker =
  | { readonly kind: 'query'; readonly id: number; readonly query: WindowQuery }
  | { readonly kind: 'cancel'; readonly id: number };

/** A failed query, from the worker. */
export interface QueryFailed {
  readonly kind: 'failed';
  readonly id: number;
  readonly message: string;
}

interface PendingQuery<A> {
  resolve(answer: A): void;
  reject(error: unknown): void;
}

/** Queries sent to a worker and waiting for its answer; `A` is the answer message's type. */
export class WorkerQueries<A extends { readonly id: number }> {
  private readonly pending = new Map<number, PendingQuery<A>>();
  private nextId = 1;
  private failure?: Error;

  /** `post`: sends a query message to the worker; `toAnswer`: turns the worker's answer into the view's. */
  constructor(
    private readonly post: (message: QueryToWorker) => void,
    private readonly toAnswer: (message: A) => WindowAnswer,
  ) {}

  query(q: WindowQuery, signal?: AbortSignal): Promise<WindowAnswer> {
    if (signal?.aborted) return Promise.reject(abortError());
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<WindowAnswer>((resolve, reject) => {
      const onAbort = (): void => {
        this.pending.delete(id);
        // The worker skips the query if it has not started it yet.
        this.post({ kind: 'cancel', id });
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = (): void => signal?.removeEventListener('abort', onAbort);
      this.pending.set(id, {
        resolve: (answer) => {
          settle();
          try {
            resolve(this.toAnswer(answer));
          } catch (error) {
            reject(error);
          }
        },
        reject: (error) => (settle(), reject(error)),
      });
      this.post({ kind: 'query', id, query: plainQuery(q) });
    });
  }

  /** An answer or a failure from the worker; false if it was for no query waiting (aborted meanwhile). */
  settle(message: A | QueryFailed): boolean {
    const pending = this.pending.get(message.id);
    if (!pending) return false;
    this.pending.delete(message.id);
    if ('kind' in message && message.kind === 'failed') pending.reject(new Error((message as QueryFailed).message));
    else pending.resolve(message as A);
    return true;
  }

  /** Every later query fails with `error`; those waiting with `pendingError` (by default the same). */
  fail(error: Error, pendingError: unknown = error): void {
    this.failure ??= error;
    this.rejectAll(pendingError);
  }

  private rejectAll(error: unknown): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const query of pending) query.reject(error);
  }
}

/**
 * Listens to a worker's messages and failures (an error, a message that cannot be read); the
 * function returned stops listening and terminates the worker.
 */
export function listenTo<M>(
  worker: Worker,
  onMessage: (event: MessageEvent<M>) => void,
  onError: (event: Event) => void,
): () => void {
  const message = onMessage as EventListener;
  worker.addEventListener('message', message);
  worker.addEventListener('error', onError);
  worker.addEventListener('messageerror', onError);
  return () => {
    worker.removeEventListener('message', message);
    worker.removeEventListener('error', onError);
    worker.removeEventListener('messageerror', onError);
    worker.terminate();
  };
}

/** The error of a worker that failed to load or run (a wrong URL, no module workers). */
export function workerError(event: Event): Error {
  const detail = event instanceof ErrorEvent && event.message ? `: ${event.message}` : '';
  return new Error(`The query worker failed${detail}.`);
}

/** The query as plain data: only own data fields are sent, and a proxied array (which cannot be cloned) is copied. */
function plainQuery(q: WindowQuery): WindowQuery {
  const plain: WindowQuery = { start: q.start, end: q.end, maxItems: q.maxItems, resolution: q.resolution };
  if (q.hiddenTypes) plain.hiddenTypes = [...q.hiddenTypes];
  if (q.margin !== undefined) plain.margin = q.margin;
  return plain;
}

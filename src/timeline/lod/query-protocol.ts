/**
 * The messages between `WorkerQueryProvider` and its worker, and the worker's side of them as a
 * plain function (so it is tested without a worker, and the worker module stays three lines).
 *
 * The events never cross: the worker gets the index columns as transferred typed arrays and
 * answers with positions, which the main thread maps back to its own event objects.
 */
import type { Aggregate, WindowQuery } from './query.js';
import { TimeIndex, type IndexColumns } from './time-index.js';
import type { QueryFailed, QueryToWorker } from './worker-queries.js';

/** Main thread → worker. */
export type ToWorker = { readonly kind: 'index'; readonly columns: IndexColumns } | QueryToWorker;

/** Worker → main thread. */
export type FromWorker =
  | {
      readonly kind: 'answer';
      readonly id: number;
      readonly indices: Int32Array;
      readonly aggregates: Aggregate[];
      readonly total: number;
    }
  | QueryFailed;

/** How the worker side posts a message (the worker's `postMessage`, with its transfer list). */
export type PostFromWorker = (message: FromWorker, transfer: Transferable[]) => void;

/** How the worker side waits for the next task: by default `setTimeout(…, 0)`. */
export type Defer = (task: () => void) => void;

/**
 * The worker's message handler. Queries are not answered at once but after the queued messages
 * were read, so a `cancel` that is already waiting in the queue drops its query unanswered.
 */
export function createQueryHandler(
  post: PostFromWorker,
  defer: Defer = (task) => setTimeout(task, 0),
): (message: ToWorker) => void {
  let index: TimeIndex | undefined;
  const queue = queryQueue((id, query) => {
    try {
      if (!index) throw new Error('The worker has no events yet.');
      const { indices, aggregates, total } = index.query(query);
      post({ kind: 'answer', id, indices, aggregates, total }, [indices.buffer]);
    } catch (error) {
      post({ kind: 'failed', id, message: errorMessage(error) }, []);
    }
  }, defer);
  return (message) => {
    if (message.kind === 'index') index = new TimeIndex(message.columns);
    else queue.take(message);
  };
}

/**
 * Queries waiting in a worker: answered (`answer`) after the messages already queued were read,
 * so that a `cancel` among them drops its query unanswered.
 */
export function queryQueue(
  answer: (id: number, query: WindowQuery) => void,
  defer: Defer,
): { take(message: QueryToWorker): void } {
  const pending = new Map<number, WindowQuery>();
  let draining = false;
  const drain = (): void => {
    draining = false;
    for (const [id, query] of pending) {
      pending.delete(id);
      answer(id, query);
    }
  };
  return {
    take(message) {
      if (message.kind === 'cancel') pending.delete(message.id);
      else {
        pending.set(message.id, message.query);
        if (!draining) {
          draining = true;
          defer(drain);
        }
      }
    },
  };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

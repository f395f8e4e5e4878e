/**
 * The default worker of `WorkerQueryProvider`, kept in its own module so that importing the
 * provider does not make a bundler look for the worker file.
 *
 * `new Worker(new URL('./query-worker.js', import.meta.url), { type: 'module' })` is the one form
 * that Vite (Storybook) and webpack 5 recognise and bundle as a worker. Rollup leaves it as it is:
 * the library build must emit `query-worker.js` next to this module (add it as an input). A
 * single-file bundle has no worker file: use `MemoryQueryProvider` there, or pass your own
 * `Worker` (or factory) to `WorkerQueryProvider`.
 */

/** Starts the query worker shipped next to this module. */
export function createQueryWorker(): Worker {
  return new Worker(new URL('./query-worker.js', import.meta.url), { type: 'module', name: 'conflict-timeline-query' });
}

/**
 * Starting the worker that loads a `src` off the main thread (the element's `worker` attribute).
 * Kept apart from `SourceWorkerProvider`, so that importing the provider does not make a bundler
 * look for the worker file.
 */
import { sourceWorkerUrl } from './source-worker-url.js';

let factory: (() => Worker) | undefined;

/** Starts the source worker: the one `setSourceWorkerFactory` gave, else the script shipped next to this module. */
export function createSourceWorker(): Worker {
  return factory ? factory() : new Worker(sourceWorkerUrl(), { type: 'module', name: 'conflict-timeline-source' });
}

/**
 * Where the elements' source workers come from, for a page that serves the worker script from
 * elsewhere (a CDN, a path of its own): e.g. `setSourceWorkerFactory(() => new Worker('/js/ct-source-worker.js',
 * { type: 'module' }))`. `undefined` restores the default.
 */
export function setSourceWorkerFactory(create: (() => Worker) | undefined): void {
  factory = create;
}

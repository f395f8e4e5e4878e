/** What the element's `worker` path loads on demand: the provider and the function starting its worker. */
export { SourceWorkerProvider } from './source-worker-provider.js';
export { createSourceWorker } from './create-source-worker.js';

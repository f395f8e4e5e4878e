/**
 * conflict-timeline/lod: the level-of-detail query interface, for answering the timeline's window
 * queries from a Web Worker or from a server (`element.queryProvider`).
 */
export type { WindowQuery, WindowAnswer, Aggregate, EventQueryProvider } from './query.js';
export { viewportQuery, isAggregateId, abortError, isAbortError } from './query.js';
export { TimeIndex } from './time-index.js';
export { MemoryQueryProvider } from './memory-provider.js';
export { WorkerQueryProvider, type WorkerSource } from './worker-provider.js';
export { createQueryWorker } from './create-query-worker.js';
export type { PreparedEvent } from '../../model/prepared.js';
export { prepareEvents } from '../../model/prepared.js';
export type { QueryProviderSource } from '../timeline-view.js';

/**
 * conflict-timeline/lod: the level-of-detail query interface, for answering the timeline's window
 * queries from a Web Worker or from a server (`element.queryProvider`): `HttpQueryProvider` and
 * the types of its protocol (see the README's query server section).
 */
export type { WindowQuery, WindowAnswer, Aggregate, EventQueryProvider } from './query.js';
export { viewportQuery, isAggregateId, abortError, isAbortError } from './query.js';
export { TimeIndex } from './time-index.js';
export { MemoryQueryProvider } from './memory-provider.js';
export { WorkerQueryProvider, type WorkerSource } from './worker-provider.js';
export { createQueryWorker } from './create-query-worker.js';
export { SourceWorkerProvider, type SourceWorkerLoad, type SourceWorkerLoadOptions } from './source-worker-provider.js';
export { createSourceWorker, setSourceWorkerFactory } from './create-source-worker.js';
export {
  HttpQueryProvider,
  HttpQueryError,
  type HttpQueryProviderOptions,
  type QueryServerInfo,
} from './http-provider.js';
export {
  PROTOCOL_VERSION,
  localToCalendar,
  calendarToLocal,
  type WireWindowQuery,
  type WireAnswer,
  type WireAggregate,
  type WireInfo,
  type WireLimits,
  type WireError,
} from './http-protocol.js';
export type { PreparedEvent } from '../../model/prepared.js';
export { prepareEvents } from '../../model/prepared.js';
export type { QueryProviderSource } from '../timeline-view.js';

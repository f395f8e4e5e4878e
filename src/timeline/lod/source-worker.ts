/**
 * The worker module of `SourceWorkerProvider`: loads a `src` and answers window queries from it
 * (see `source-protocol.ts`). Started by `createSourceWorker()`.
 */
import { createSourceHandler, type FromSourceWorker, type ToSourceWorker } from './source-protocol.js';

/** The part of `DedicatedWorkerGlobalScope` used here (the DOM library types have no worker scope). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToSourceWorker>) => void) | null;
  postMessage(message: FromSourceWorker): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createSourceHandler((message) => scope.postMessage(message));
scope.onmessage = (event) => handle(event.data);

/**
 * The worker module of `WorkerQueryProvider`: holds a `TimeIndex` and answers queries. Start it as
 * a module worker: `new Worker(new URL('./query-worker.js', import.meta.url), { type: 'module' })`.
 */
import { createQueryHandler, type FromWorker, type ToWorker } from './query-protocol.js';

/** The part of `DedicatedWorkerGlobalScope` used here (the DOM library types have no worker scope). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createQueryHandler((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (event) => handle(event.data);

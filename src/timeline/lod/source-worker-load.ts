/**
 * The element's `worker` path, loaded on demand (a chunk of its own in the drop-in bundle): starts
 * a source worker and loads a `src`, or a large `events` array, in it.
 */
import { createSourceWorker } from './create-source-worker.js';
import {
  SourceWorkerProvider,
  type EventsLoadOptions,
  type SourceWorkerLoad,
  type SourceWorkerLoadOptions,
} from './source-worker-provider.js';

/**
 * Loads `url` in a new worker: resolves with the provider (which holds the events and answers the
 * drawing) and what it loaded. Aborting `signal` terminates the worker; so does a failure.
 */
export function loadInWorker(
  url: string,
  options: SourceWorkerLoadOptions,
  signal: AbortSignal,
): Promise<{ provider: SourceWorkerProvider; loaded: SourceWorkerLoad }> {
  return inNewWorker((provider) => provider.load(url, options), signal);
}

/** Loads an `events` array in a new worker (`SourceWorkerProvider.loadEvents`), as `loadInWorker` does a file. */
export function loadEventsInWorker(
  events: readonly unknown[],
  options: EventsLoadOptions,
  signal: AbortSignal,
): Promise<{ provider: SourceWorkerProvider; loaded: SourceWorkerLoad }> {
  return inNewWorker((provider) => provider.loadEvents(events, options), signal);
}

async function inNewWorker(
  load: (provider: SourceWorkerProvider) => Promise<SourceWorkerLoad>,
  signal: AbortSignal,
): Promise<{ provider: SourceWorkerProvider; loaded: SourceWorkerLoad }> {
  signal.throwIfAborted();
  const provider = new SourceWorkerProvider(createSourceWorker);
  const dispose = (): void => provider.dispose();
  signal.addEventListener('abort', dispose, { once: true });
  try {
    const loaded = await load(provider);
    signal.throwIfAborted();
    return { provider, loaded };
  } catch (error) {
    provider.dispose();
    throw error;
  } finally {
    signal.removeEventListener('abort', dispose);
  }
}

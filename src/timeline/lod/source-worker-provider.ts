/**
 * A `src` loaded in a Web Worker: fetched, read, validated, prepared and indexed there, and
 * queried window by window. The main thread holds only what it draws (each answer's events, with
 * the previous answer's objects kept for the events that stay, so their drawn items are reused),
 * the number of events, the issues and the summary.
 */
import type { LoadProgress, DataFormat } from '../../loaders/types.js';
import { EventsSummary } from '../../model/events-summary.js';
import type { PreparedEvent } from '../../model/prepared.js';
import type { ValidationIssue } from '../../model/validate.js';
import { abortError, type EventQueryProvider, type WindowAnswer, type WindowQuery } from './query.js';
import type { FromSourceWorker, SourceAnswer, ToSourceWorker } from './source-protocol.js';
import { listenTo, WorkerQueries, workerError } from './worker-queries.js';
import type { WorkerSource } from './worker-provider.js';

/** What a worker loaded: the events stay there. */
export interface SourceWorkerLoad {
  readonly count: number;
  readonly issues: readonly ValidationIssue[];
  readonly summary: EventsSummary;
}

export interface SourceWorkerLoadOptions {
  readonly format: DataFormat;
  readonly lang: string;
  readonly onProgress?: (progress: LoadProgress) => void;
}

/** A query provider whose worker holds the events of a `src`. It owns the worker: `dispose()` terminates it. */
export class SourceWorkerProvider implements EventQueryProvider {
  private readonly worker: Worker;
  /** Stops listening to the worker and terminates it. */
  private readonly stop: () => void;
  private readonly queries: WorkerQueries<SourceAnswer>;
  private loaded?: SourceWorkerLoad;
  private loading?: {
    resolve(load: SourceWorkerLoad): void;
    reject(error: unknown): void;
    options: SourceWorkerLoadOptions;
  };
  /** The last answer's events by id: an event that stays keeps its object (and its drawn item). */
  private lastEvents = new Map<string, PreparedEvent>();

  constructor(source: WorkerSource) {
    this.worker = typeof source === 'function' ? source() : source;
    this.queries = new WorkerQueries<SourceAnswer>(
      (message) => this.post(message),
      (message) => this.toAnswer(message),
    );
    this.stop = listenTo(this.worker, this.handleMessage, this.handleError);
  }

  /**
   * Loads `url` (resolved against the page) in the worker; resolves once it is read, validated
   * and indexed. Rejects if the worker fails or the provider is disposed first.
   */
  load(url: string, options: SourceWorkerLoadOptions): Promise<SourceWorkerLoad> {
    this.loading?.reject(abortError());
    const base = globalThis.document?.baseURI ?? globalThis.location?.href;
    const absolute = URL.canParse(url, base) ? new URL(url, base).href : url;
    return new Promise<SourceWorkerLoad>((resolve, reject) => {
      this.loading = { resolve, reject, options };
      this.post({ kind: 'load', url: absolute, format: options.format, lang: options.lang });
    });
  }

  get size(): number {
    return this.loaded?.count ?? 0;
  }

  get extent(): { start: number; end: number } | null {
    return this.loaded?.summary.extent ?? null;
  }

  query(q: WindowQuery, signal?: AbortSignal): Promise<WindowAnswer> {
    return this.queries.query(q, signal);
  }

  /** Terminates the worker (and frees what it holds); a load or queries under way reject with an `AbortError`. */
  dispose(): void {
    this.stop();
    this.loading?.reject(abortError());
    this.loading = undefined;
    this.queries.fail(new Error('The query provider was disposed.'), abortError());
  }

  private post(message: ToSourceWorker): void {
    this.worker.postMessage(message);
  }

  private toAnswer({ events, aggregates, total }: SourceAnswer): WindowAnswer {
    const kept = new Map<string, PreparedEvent>();
    const shown = events.map((prepared) => {
      const same = this.lastEvents.get(prepared.event.id) ?? prepared;
      kept.set(same.event.id, same);
      return same;
    });
    this.lastEvents = kept;
    return { events: shown, aggregates, total };
  }

  private readonly handleMessage = (event: MessageEvent<FromSourceWorker>): void => {
    const message = event.data;
    if (message.kind === 'progress') this.loading?.options.onProgress?.(message.progress);
    else if (message.kind === 'loaded') {
      const load = { count: message.count, issues: message.issues, summary: new EventsSummary(message.summary) };
      this.loaded = load;
      this.loading?.resolve(load);
      this.loading = undefined;
    } else this.queries.settle(message);
  };

  /** A worker that fails to load (wrong URL, no module workers) fails the load and every query. */
  private readonly handleError = (event: Event): void => {
    const error = workerError(event);
    this.loading?.reject(error);
    this.loading = undefined;
    this.queries.fail(error);
  };
}

/**
 * A `src` loaded in a Web Worker: fetched, read, validated, prepared and indexed there, and
 * queried window by window. The main thread holds only what it draws (each answer's events, with
 * the previous answer's objects kept for the events that stay, so their drawn items are reused),
 * the number of events, the issues and the summary. An `events` array can be loaded there too
 * (`loadEvents`): sent in parts, so that the page makes no object per event and no collection of
 * a million of them pauses it.
 */
import type { LoadProgress, DataFormat } from '../../loaders/types.js';
import { EventsSummary } from '../../model/events-summary.js';
import type { PreparedEvent } from '../../model/prepared.js';
import type { ValidationIssue } from '../../model/validate.js';
import { yieldToEventLoop } from '../../model/ingest.js';
import { errorMessage } from './query-protocol.js';
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

export interface EventsLoadOptions {
  readonly onProgress?: (progress: LoadProgress) => void;
}

/** Events per message: a structured clone of 2,000 events takes a few ms. */
const EVENTS_PER_PART = 2000;
/** Parts are sent for this long (ms) before the page gets a turn. */
const SEND_SLICE_MS = 8;
/**
 * Parts sent and not yet validated by the worker, at most. The page then waits for it: while
 * the page sent all of a million events' parts at once, the worker could not even start (its
 * start waited behind the page's turns, a second of them), and the parts all waited in it.
 */
const PARTS_AHEAD = 4;

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
    options: EventsLoadOptions;
    /** Issues met on this side (events that could not be sent), added to the worker's. */
    issues: ValidationIssue[];
  };
  /** The last answer's events by id: an event that stays keeps its object (and its drawn item). */
  private lastEvents = new Map<string, PreparedEvent>();
  /** Events the worker said it validated, of the `events` load under way (its progress). */
  private validated = 0;
  /** The sender waiting for the worker to validate more (see `PARTS_AHEAD`). */
  private wakeSender?: () => void;

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
      this.loading = { resolve, reject, options, issues: [] };
      this.wake();
      this.post({ kind: 'load', url: absolute, format: options.format, lang: options.lang });
    });
  }

  /**
   * Loads `events` in the worker, as `load` does a file: they are sent in parts of
   * `EVENTS_PER_PART` (structured clones), yielding to the page between slices and never more
   * than `PARTS_AHEAD` parts ahead of the worker's validation, then prepared and indexed there.
   * An event that cannot be cloned (a function or a DOM node in it) is sent as `null` and
   * reported by its index.
   */
  loadEvents(events: readonly unknown[], options: EventsLoadOptions = {}): Promise<SourceWorkerLoad> {
    this.loading?.reject(abortError());
    return new Promise<SourceWorkerLoad>((resolve, reject) => {
      const load = { resolve, reject, options, issues: [] };
      this.loading = load;
      // An older load's sender, waiting for the worker, stops.
      this.wake();
      this.sendEvents(events, load).catch((error: unknown) => {
        if (this.loading !== load) return;
        this.loading = undefined;
        reject(error);
      });
    });
  }

  private async sendEvents(events: readonly unknown[], load: NonNullable<typeof this.loading>): Promise<void> {
    const count = events.length;
    this.validated = 0;
    let sliceStart = performance.now();
    for (let from = 0; ; from += EVENTS_PER_PART) {
      const to = Math.min(count, from + EVENTS_PER_PART);
      const part = { first: from === 0, last: to >= count, total: count };
      try {
        this.post({ kind: 'events', events: events.slice(from, to), ...part });
      } catch {
        this.post({ kind: 'events', events: cloneableEvents(events, from, to, load.issues), ...part });
      }
      if (part.last) return;
      while (to - this.validated >= PARTS_AHEAD * EVENTS_PER_PART) {
        await new Promise<void>((resolve) => (this.wakeSender = resolve));
        if (this.loading !== load) return;
        sliceStart = performance.now();
      }
      if (performance.now() - sliceStart >= SEND_SLICE_MS) {
        await yieldToEventLoop();
        // Replaced by a newer load, or disposed: the rest is not sent.
        if (this.loading !== load) return;
        sliceStart = performance.now();
      }
    }
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
    this.wake();
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
    if (message.kind === 'progress') {
      this.validated = message.progress.rows;
      this.wake();
      this.loading?.options.onProgress?.(message.progress);
    } else if (message.kind === 'loaded') {
      // An event that could not be sent was sent as `null`: said once, by this side's issue.
      const unsent = new Set(this.loading?.issues.map((issue) => issue.index));
      const fromWorker = unsent.size ? message.issues.filter((issue) => !unsent.has(issue.index)) : message.issues;
      const issues = [...(this.loading?.issues ?? []), ...fromWorker];
      const load = { count: message.count, issues, summary: new EventsSummary(message.summary) };
      this.loaded = load;
      this.loading?.resolve(load);
      this.loading = undefined;
      this.wake();
    } else this.queries.settle(message);
  };

  /** Lets a waiting sender look again: the worker validated more, or its load ended. */
  private wake(): void {
    const wake = this.wakeSender;
    this.wakeSender = undefined;
    wake?.();
  }

  /** A worker that fails to load (wrong URL, no module workers) fails the load and every query. */
  private readonly handleError = (event: Event): void => {
    const error = workerError(event);
    this.loading?.reject(error);
    this.loading = undefined;
    this.wake();
    this.queries.fail(error);
  };
}

/** `events[from]` up to `events[to]`, each that cannot be cloned replaced by `null` with an issue. */
function cloneableEvents(events: readonly unknown[], from: number, to: number, issues: ValidationIssue[]): unknown[] {
  const part: unknown[] = [];
  for (let index = from; index < to; index++) {
    try {
      const event = events[index];
      structuredClone(event);
      part.push(event);
    } catch (error) {
      part.push(null);
      const message = `events[${index}] could not be sent to the worker (${errorMessage(error)})`;
      issues.push({ index, field: '', message, severity: 'error' });
    }
  }
  return part;
}

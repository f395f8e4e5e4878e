import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type DataSourceKind } from '../../dom-events/events.js';
import { fetchSource, readLightDom, type LoadedEvents } from '../../loaders/load-source.js';
import { quoted, sourceIssue } from '../../loaders/issues.js';
import { SOURCE_FORMATS, type DataFormat, type LoadProgress } from '../../loaders/types.js';
import { ingestEvents, ingestEventsNow, needsSlicing, type IngestResult } from '../../model/ingest.js';
import type { PreparedEvent } from '../../model/prepared.js';
import type { ConflictEvent } from '../../model/types.js';
import type { ValidationIssue } from '../../model/validate.js';
import type { TimeIndex } from '../../timeline/lod/time-index.js';
import type { EventsSummary } from '../../model/events-summary.js';
import type { EventQueryProvider } from '../../timeline/lod/query.js';
import type {
  SourceWorkerLoad,
  SourceWorkerLoadOptions,
  SourceWorkerProvider,
} from '../../timeline/lod/source-worker-provider.js';
import { requireDefaultEvents, watchDefaultEvents } from '../default-events.js';

/** What the controller reads from its element: the data properties, and its children (light DOM). */
export interface EventSourceHost extends ReactiveControllerHost, HTMLElement {
  readonly events?: readonly ConflictEvent[];
  readonly src?: string;
  /** The format `src` is read in (`auto`: detected from its content). */
  readonly format?: string;
  /** Whether `src`, or a large `events` array, is loaded in a worker, which keeps the events (see `SourceWorkerProvider`). */
  readonly worker?: boolean;
}

/** The events an element shows: valid, prepared, in time order, and where they came from. */
export interface ShownEvents {
  readonly events: readonly PreparedEvent[];
  /** Their time index, when the sliced ingest built it (see `MemoryQueryProvider`). */
  readonly index?: TimeIndex;
  /** Their types, precision marks and extent, gathered once (see `EventsSummary`). */
  readonly summary: EventsSummary;
  /** The worker holding the events loaded there (`events` is then empty): it answers the drawing's queries. */
  readonly provider?: EventQueryProvider;
  readonly kind: DataSourceKind;
}

export interface EventSourceOptions {
  /** The element's language (markup and TimelineJS text are read in it). */
  lang(): string;
  /** New events to show; `ct-load` follows, then the issues met reading and validating them. */
  show(shown: ShownEvents): void;
  /** Reports problems (see `IssueReporter`). */
  report(issues: readonly ValidationIssue[]): void;
  /** Follows a `src` load (see `LoadProgressController`). */
  readonly progress?: LoadProgressListener;
}

/** What hears how far a `src` load has come. */
export interface LoadProgressListener {
  /** A load began. */
  started(): void;
  /** Counts of the load under way (rows and bytes read). */
  advanced(progress: LoadProgress): void;
  /** The load has read its source (its events are about to be shown). */
  finished(): void;
  /** The load was dropped. */
  stopped(): void;
}

/**
 * Chooses the element's data and reads it: the `events` property, else `src` (fetched, a change
 * aborts the previous request), else its children (inline JSON, then a list of `<time>`s), else
 * the default events (`default-events.ts`). Small inputs are validated and prepared at once, in
 * the update that asked for them (so the first render has them); large ones in slices
 * (`ingestEvents`), a newer source aborting an older one.
 */
export class EventSourceController implements ReactiveController {
  /** True while a `src` is fetched, or a large `events` array is loaded in a worker, and its events are not shown yet. */
  loading = false;
  /** Where the shown events came from (null before the first load). */
  kind: DataSourceKind | null = null;
  private abort?: AbortController;
  /** A load the element's disconnection stopped: done again on reconnection. */
  private interrupted = false;
  private stopWatching?: () => void;
  /** The worker holding the shown events (the `worker` path), disposed when other events are shown. */
  private held?: SourceWorkerProvider;
  /** Disposes `held` once the element stays disconnected (a move in the page reconnects at once). */
  private release?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: EventSourceHost,
    private readonly options: EventSourceOptions,
  ) {
    host.addController(this);
  }

  /** True while any load (a fetch, a sliced ingest) has not shown its events yet. */
  get pending(): boolean {
    return this.abort !== undefined;
  }

  hostConnected(): void {
    // An element showing the default shows a default chosen later, or changed.
    this.stopWatching = watchDefaultEvents(() => this.kind === 'default' && this.load());
    clearTimeout(this.release);
    if (this.interrupted) this.load();
  }

  hostDisconnected(): void {
    this.stopWatching?.();
    this.interrupted = this.pending;
    this.stop();
    if (!this.held) return;
    // A worker holding a million events is not kept for an element that left the page; one that
    // comes back later loads its `src` again.
    this.release = setTimeout(() => {
      this.hold(undefined);
      this.interrupted = true;
    });
  }

  /** Reads the current data source: at once for local data, asynchronously for `src`. */
  load(): void {
    this.stop();
    this.interrupted = false;
    const { events, src } = this.host;
    if (events !== undefined && this.host.worker && needsSlicing(events)) void this.ingestInWorker(events);
    else if (events !== undefined) this.ingest({ kind: 'property', candidates: events, issues: [] });
    else if (src) void this.fetch(src);
    else this.readChildren();
  }

  /** The element's children, else the default events (waiting for them if they are on their way). */
  private readChildren(): void {
    const children = readLightDom(this.host, this.options.lang(), undefined);
    if (children.kind !== 'default') return this.ingest(children);
    const defaults = requireDefaultEvents();
    if (!(defaults instanceof Promise)) return this.ingest({ ...children, candidates: defaults ?? [] });
    // The default arrives later: `watchDefaultEvents` loads again then (kind 'default').
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    this.kind = 'default';
    defaults.catch((error: unknown) => {
      if (this.abort !== abort) return;
      this.done();
      this.options.report([sourceIssue('defaultEvents', `Could not load the default events: ${String(error)}`)]);
    });
  }

  private stop(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.options.progress?.stopped();
  }

  private async fetch(url: string): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    const { format, issues: formatIssues } = formatOf(this.host.format);
    const progress = this.options.progress;
    progress?.started();
    const options = {
      lang: this.options.lang(),
      format,
      onProgress: (counts: LoadProgress) => this.abort === abort && progress?.advanced(counts),
    };
    try {
      if (this.host.worker) return await this.readInWorker(url, options, abort.signal, formatIssues);
      const loaded = await fetchSource(url, abort.signal, options);
      // A newer source was asked for while this one loaded: its answer is stale.
      if (this.abort === abort) this.ingest({ ...loaded, issues: [...formatIssues, ...loaded.issues] });
    } catch (error) {
      if (this.abort === abort) this.done();
      if (!abort.signal.aborted)
        this.options.report([sourceIssue('src', `Could not load events from ${url}: ${String(error)}`)]);
    }
  }

  /**
   * The `worker` path: the worker fetches, reads, validates and indexes `src`; the element shows
   * its summary and draws from its answers, holding none of the events.
   */
  private async readInWorker(
    url: string,
    options: SourceWorkerLoadOptions,
    signal: AbortSignal,
    formatIssues: readonly ValidationIssue[],
  ): Promise<void> {
    // Loaded only for this path (a chunk of its own in the drop-in bundle).
    const { loadInWorker } = await import('../../timeline/lod/source-worker-load.js');
    const { provider, loaded } = await loadInWorker(url, options, signal);
    this.showFromWorker(provider, loaded, 'src', formatIssues);
  }

  /**
   * The `worker` path for a large `events` array: sent to a worker in parts, validated, prepared
   * and indexed there, so that the page allocates nothing per event (at a million events, the
   * garbage collector's pauses over those objects were the page's longest tasks). A worker that
   * cannot start (a CSP without `worker-src`) leaves the work to the page, with a warning.
   */
  private async ingestInWorker(events: readonly unknown[]): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    const progress = this.options.progress;
    progress?.started();
    const onProgress = (counts: LoadProgress): void => {
      if (this.abort === abort) progress?.advanced(counts);
    };
    try {
      const { loadEventsInWorker } = await import('../../timeline/lod/source-worker-load.js');
      const { provider, loaded } = await loadEventsInWorker(events, { onProgress }, abort.signal);
      this.showFromWorker(provider, loaded, 'property', []);
    } catch (error) {
      if (abort.signal.aborted || this.abort !== abort) return;
      const problem = `The events could not be loaded in a worker (${String(error)}); they are read on the page instead.`;
      this.ingest({ kind: 'property', candidates: events, issues: [sourceIssue('worker', problem, 'warning')] });
    }
  }

  private showFromWorker(
    provider: SourceWorkerProvider,
    loaded: SourceWorkerLoad,
    kind: DataSourceKind,
    readingIssues: readonly ValidationIssue[],
  ): void {
    this.done();
    this.kind = kind;
    this.hold(provider);
    this.options.show({ events: [], summary: loaded.summary, provider, kind });
    emit(this.host, 'ct-load', { count: loaded.count, source: kind });
    this.options.report([...readingIssues, ...loaded.issues]);
  }

  /** Keeps the worker of the shown events, disposing the one before. */
  private hold(provider: SourceWorkerProvider | undefined): void {
    if (this.held !== provider) this.held?.dispose();
    this.held = provider;
  }

  private ingest({ kind, candidates, issues: readingIssues }: LoadedEvents): void {
    // A large input is ingested in slices; a newer load aborts it.
    const abort = this.abort ?? new AbortController();
    this.abort = abort;
    const show = ({ events, issues, index, summary }: IngestResult): void => {
      this.done();
      this.kind = kind;
      this.hold(undefined);
      this.options.show({ events, index, summary, kind });
      emit(this.host, 'ct-load', { count: events.length, source: kind });
      this.options.report([...readingIssues, ...issues]);
    };
    // A loader's events were made for this load alone: validation may keep them rather than copy
    // them. The `events` property's and the default events are someone else's.
    const adoptInput = kind !== 'property' && kind !== 'default';
    if (!needsSlicing(candidates)) show(ingestEventsNow(candidates, { adoptInput }));
    else
      ingestEvents(candidates, { signal: abort.signal, adoptInput }).then(show, (error: unknown) => {
        if (abort.signal.aborted) return;
        if (this.abort === abort) this.done();
        throw error;
      });
  }

  private done(): void {
    this.abort = undefined;
    this.loading = false;
    this.options.progress?.finished();
    this.host.requestUpdate();
  }
}

/** The format asked for, if it is one the loaders know; else `auto`, and an issue saying so. */
function formatOf(asked: string | undefined): { format: DataFormat; issues: readonly ValidationIssue[] } {
  const name = (asked ?? '').trim().toLowerCase() || 'auto';
  if (name === 'auto' || (SOURCE_FORMATS as readonly string[]).includes(name)) {
    return { format: name as DataFormat, issues: [] };
  }
  const known = ['auto', ...SOURCE_FORMATS].join(', ');
  const message = `Unknown format ${quoted(String(asked))} (known: ${known}); the format of src was detected instead.`;
  return { format: 'auto', issues: [sourceIssue('format', message, 'warning')] };
}

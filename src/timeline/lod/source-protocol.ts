/**
 * The messages between `SourceWorkerProvider` and its worker, and the worker's side of them as a
 * plain function (tested without a worker; the worker module itself is three lines).
 *
 * Unlike `query-protocol.ts`, the events live in the worker: it fetches the `src`, reads it as it
 * arrives (`fetchEvents`: a CSV in batches), validates, prepares and indexes it (`ingestEvents`),
 * and tells the main thread only what the element shows without the events: how many, the issues,
 * the summary (types, precision marks, extent). Each answer then carries the few events the
 * window draws, cloned. An `events` array comes in parts instead of a `src`, and is validated part
 * by part as it arrives (`EventsValidation.inParts`).
 */
import { fetchEvents } from '../../loaders/fetch-source.js';
import { sourceIssue } from '../../loaders/issues.js';
import type { DataFormat, LoadProgress } from '../../loaders/types.js';
import { ingestEvents, ingestValidated, type IngestResult } from '../../model/ingest.js';
import { EventsSummary, type SummaryParts } from '../../model/events-summary.js';
import type { PreparedEvent } from '../../model/prepared.js';
import { EventsValidation, type ValidationIssue } from '../../model/validate.js';
import type { Aggregate } from './query.js';
import { errorMessage, queryQueue, type Defer } from './query-protocol.js';
import type { TimeIndex } from './time-index.js';
import type { QueryFailed, QueryToWorker } from './worker-queries.js';

/** Main thread → worker. */
export type ToSourceWorker =
  | {
      readonly kind: 'load';
      /** Absolute (resolved against the page, not the worker's script). */
      readonly url: string;
      readonly format: DataFormat;
      readonly lang: string;
    }
  | {
      /**
       * Part of an `events` array sent to be loaded (`SourceWorkerProvider.loadEvents`), in
       * order: the first part begins a new load (a `load` or a later first part aborts it); each
       * is validated as it arrives; after the last one the worker prepares and indexes them all.
       */
      readonly kind: 'events';
      readonly events: readonly unknown[];
      readonly first: boolean;
      readonly last: boolean;
      /** How many events all the parts hold. */
      readonly total: number;
    }
  | QueryToWorker;

/** Worker → main thread. */
export type FromSourceWorker =
  | { readonly kind: 'progress'; readonly progress: LoadProgress }
  | {
      readonly kind: 'loaded';
      /** Valid events held. */
      readonly count: number;
      /** The issues met reading and validating (the first `MAX_ISSUES`, then one saying how many more). */
      readonly issues: ValidationIssue[];
      readonly summary: SummaryParts;
    }
  | SourceAnswer
  | QueryFailed;

/** An answer: the events to draw one by one (cloned), and counts. */
export interface SourceAnswer {
  readonly kind: 'answer';
  readonly id: number;
  readonly events: PreparedEvent[];
  readonly aggregates: Aggregate[];
  readonly total: number;
}

/** Events of a part validated between two looks at whether the part is done. */
const VALIDATE_STEP = 500;

/** Issues sent at most: a file with an error on each of a million rows must not send a million messages' worth. */
export const MAX_ISSUES = 1000;

/** Progress is told at most this often (ms), and at the end. */
const PROGRESS_EVERY_MS = 100;

export type PostFromSourceWorker = (message: FromSourceWorker) => void;

/**
 * The worker's message handler: loads a `src` (a later `load` aborts an earlier one) and answers
 * window queries from what it loaded. Queries asked before the events are in wait for them.
 */
export function createSourceHandler(
  post: PostFromSourceWorker,
  defer: Defer = (task) => setTimeout(task, 0),
): (message: ToSourceWorker) => void {
  let loaded: Loaded | undefined;
  let loading: AbortController | undefined;
  const waiting: (() => void)[] = [];
  const answer = (id: number, query: QueryToWorker & { kind: 'query' }): void => {
    try {
      if (!loaded) throw new Error('The worker has no events yet.');
      const { indices, aggregates, total } = loaded.index.query(query.query);
      const events = Array.from(indices, (i) => loaded!.events[i] as PreparedEvent);
      post({ kind: 'answer', id, events, aggregates, total });
    } catch (error) {
      post({ kind: 'failed', id, message: errorMessage(error) });
    }
  };
  const queue = queryQueue((id, query) => {
    const message = { kind: 'query', id, query } as const;
    if (loaded || !loading) answer(id, message);
    else waiting.push(() => answer(id, message));
  }, defer);
  const startLoad = (): AbortController => {
    loading?.abort();
    loaded = undefined;
    const abort = new AbortController();
    loading = abort;
    return abort;
  };
  const finishLoad = (abort: AbortController, result: Loaded | undefined): void => {
    if (abort.signal.aborted) return;
    loading = undefined;
    loaded = result;
    for (const run of waiting.splice(0)) run();
  };
  // The validation of an `events` load's parts so far, and the load they belong to.
  let validation: EventsValidation | undefined;
  let receiving: AbortController | undefined;
  return (message) => {
    if (message.kind === 'load') {
      const abort = startLoad();
      void loadSource(message, abort.signal, post).then((result) => finishLoad(abort, result));
    } else if (message.kind === 'events') {
      if (message.first) {
        receiving = startLoad();
        // The parts are structured clones: this worker's alone, kept rather than copied.
        validation = EventsValidation.inParts(message.total, { adoptInput: true });
      }
      // A part of a load that a newer one replaced: dropped.
      const abort = receiving;
      if (!abort || abort !== loading || !validation) return;
      // Each part is validated as it arrives (a few ms): its objects are then garbage at once,
      // not kept, all million of them, until the last part came.
      validatePart(validation, message.events);
      if (!message.last) return post({ kind: 'progress', progress: { rows: validation.count, bytes: 0 } });
      const validated = validation;
      validated.close();
      validation = undefined;
      receiving = undefined;
      void loadValidated(validated, abort.signal, post).then((result) => finishLoad(abort, result));
    } else queue.take(message);
  };
}

/** Validates the next part of a load's events (`EventsValidation.inParts`) to its end. */
function validatePart(validation: EventsValidation, part: readonly unknown[]): void {
  validation.append(part);
  while (!validation.done) validation.step(VALIDATE_STEP);
}

/** What a load leaves in the worker: the events and their index. */
type Loaded = { events: readonly PreparedEvent[]; index: TimeIndex };

/** Prepares and indexes the events the page sent (validated as they arrived); tells what was loaded. */
async function loadValidated(
  validation: EventsValidation,
  signal: AbortSignal,
  post: PostFromSourceWorker,
): Promise<Loaded | undefined> {
  try {
    const ingest = await ingestValidated(validation, { signal, sliceMs: 200 });
    return tellLoaded(ingest, [], post);
  } catch (error) {
    if (signal.aborted) return undefined;
    const issue = sourceIssue('events', `Could not load the events: ${errorMessage(error)}.`);
    post({ kind: 'loaded', count: 0, issues: [issue], summary: new EventsSummary().state });
    return undefined;
  }
}

/** Ingests `events` in slices (so that a newer load, which aborts this one, is read between them) and tells what was loaded. */
async function ingestAndTell(
  events: readonly unknown[],
  readingIssues: readonly ValidationIssue[],
  signal: AbortSignal,
  post: PostFromSourceWorker,
): Promise<Loaded | undefined> {
  // Read from the file for this load alone: kept rather than copied.
  const ingest = await ingestEvents(events, { signal, sliceMs: 200, adoptInput: true });
  return tellLoaded(ingest, readingIssues, post);
}

/** Tells the page what was loaded (the issues capped); what the worker keeps to answer queries. */
function tellLoaded(
  ingest: IngestResult,
  readingIssues: readonly ValidationIssue[],
  post: PostFromSourceWorker,
): Loaded | undefined {
  const issues = cappedIssues([...readingIssues, ...ingest.issues]);
  post({ kind: 'loaded', count: ingest.events.length, issues, summary: ingest.summary.state });
  return ingest.index && { events: ingest.events, index: ingest.index };
}

/** Fetches, reads, validates, prepares and indexes; tells progress and then what was loaded. */
async function loadSource(
  { url, format, lang }: Extract<ToSourceWorker, { kind: 'load' }>,
  signal: AbortSignal,
  post: PostFromSourceWorker,
): Promise<Loaded | undefined> {
  let lastProgress = 0;
  const onProgress = (progress: LoadProgress): void => {
    const now = performance.now();
    if (now - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = now;
    post({ kind: 'progress', progress });
  };
  // Each batch is validated as it is read: the time the worker would wait for the next bytes of a
  // large file goes to validating the ones it has (a million events' JSON at 100 Mbit/s: drawn
  // 1.5–2.1 s after its last byte, not 3.0–3.5). The file's objects are this load's alone: kept
  // rather than copied. How many there will be is not known: the duplicate-id table grows.
  const validation = EventsValidation.inParts(Number.NaN, { adoptInput: true });
  const onEvents = (events: readonly unknown[]): void => validatePart(validation, events);
  try {
    // Entry by entry: the worker never holds the whole text of a large JSON file.
    const read = await fetchEvents(url, signal, { lang, format, onProgress, streamJson: true, onEvents });
    post({ kind: 'progress', progress: { rows: read.events.length, bytes: 0 } });
    // A body that broke after some batches were validated keeps none of them (`onEvents`).
    if (validation.count !== read.events.length) return await ingestAndTell(read.events, read.issues, signal, post);
    validation.close();
    return tellLoaded(await ingestValidated(validation, { signal, sliceMs: 200 }), read.issues, post);
  } catch (error) {
    if (signal.aborted) return undefined;
    const issue = sourceIssue('src', `Could not load events from ${url}: ${errorMessage(error)}.`);
    post({ kind: 'loaded', count: 0, issues: [issue], summary: new EventsSummary().state });
    return undefined;
  }
}

/** The first `MAX_ISSUES` issues, and one saying how many more there were. */
export function cappedIssues(issues: ValidationIssue[]): ValidationIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const more = issues.length - MAX_ISSUES;
  return [
    ...issues.slice(0, MAX_ISSUES),
    sourceIssue('src', `…and ${more.toLocaleString('en-US')} more issues of the same file.`, 'warning'),
  ];
}

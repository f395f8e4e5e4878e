/**
 * Validating, preparing and indexing the element's events without blocking input. Up to
 * `SLICE_ABOVE` events this is done at once, as it always was (the article's 20 events get
 * their `ct-load` in the same task). A larger input (100,000 events take about 250 ms) is
 * done in slices of about 12 ms, yielding to the event loop between them, so the page keeps
 * answering clicks and keys; a newer input aborts the older one's `signal`.
 *
 * The sliced path gives exactly what the synchronous one gives: the same steps in the same
 * order (`EventsValidation`, `EventsPreparation` and its sort, `EventsSummary`, `TimeIndexBuild`),
 * only cut into pieces.
 */
import { EventsValidation, validateEvents, type ValidationIssue } from './validate.js';
import { EventsPreparation, prepareEvents, type PreparedEvent } from './prepared.js';
import { EventsSummary } from './events-summary.js';
import type { Stepwise } from './looped-work.js';
import { TimeIndex } from '../timeline/lod/time-index.js';
import { TimeIndexBuild } from '../timeline/lod/time-index-build.js';

/** Valid events, prepared and in time order, and every issue met on the way. */
export interface IngestResult {
  readonly events: PreparedEvent[];
  readonly issues: ValidationIssue[];
  /** Their types, precision marks and extent (what the element would otherwise derive on each update). */
  readonly summary: EventsSummary;
  /** The events' time index, when it was built here (for `MemoryQueryProvider`). */
  readonly index?: TimeIndex;
}

export interface IngestOptions {
  /** Aborting rejects the promise with an `AbortError` at the next yield. */
  readonly signal?: AbortSignal;
  /** Work this long before yielding (ms); default 12, which leaves room in a 16.7 ms frame. */
  readonly sliceMs?: number;
  /** Also build the in-memory time index (in slices too); default true. */
  readonly index?: boolean;
  /** The input's objects are the validator's to keep (see `ValidateOptions.adoptInput`); default false. */
  readonly adoptInput?: boolean;
}

/** Inputs longer than this are ingested in slices; shorter ones take a few ms at most. */
export const SLICE_ABOVE = 2000;

/** Events validated, prepared, sorted or indexed between two looks at the clock. */
const STEP = 250;

/** Whether `ingestEvents` should be used for this input rather than `ingestEventsNow`. */
export function needsSlicing(candidates: unknown): boolean {
  return Array.isArray(candidates) && candidates.length > SLICE_ABOVE;
}

/** Validates and prepares at once: the path of small inputs. */
export function ingestEventsNow(candidates: unknown, options: Pick<IngestOptions, 'adoptInput'> = {}): IngestResult {
  const validation = validateEvents(candidates, { adoptInput: options.adoptInput });
  const events = prepareEvents(validation.events);
  return { events, issues: validation.issues, summary: EventsSummary.of(events) };
}

/** Validates, prepares and indexes in slices, yielding between them (see the module comment). */
export async function ingestEvents(candidates: unknown, options: IngestOptions = {}): Promise<IngestResult> {
  const slicer = new Slicer(options.sliceMs ?? 12, options.signal);
  const validation = new EventsValidation(candidates, { adoptInput: options.adoptInput });
  await runInSlices(validation, slicer);
  return ingestValidated(validation, options, slicer);
}

/**
 * The rest of `ingestEvents` once `validation` is done (all of it: a validation `inParts` is
 * closed): prepares, sorts, sums up and indexes its events in slices.
 */
export async function ingestValidated(
  validation: EventsValidation,
  options: IngestOptions = {},
  slicer = new Slicer(options.sliceMs ?? 12, options.signal),
): Promise<IngestResult> {
  const { events: valid, issues } = validation.result();
  const preparation = new EventsPreparation(valid.length);
  for (let from = 0; from < valid.length; from += STEP) {
    preparation.add(valid, from, Math.min(valid.length, from + STEP));
    await slicer.maybeYield();
  }
  // Summed up in input order, before the sort: the summary does not depend on the order, and
  // the events are read where they lie in memory (over a million, in time order, about five
  // times slower: each event elsewhere in the heap).
  const summary = new EventsSummary();
  const inInputOrder = preparation.added;
  for (let from = 0; from < inInputOrder.length; from += STEP) {
    summary.add(inInputOrder, from, Math.min(inInputOrder.length, from + STEP));
    await slicer.maybeYield();
  }
  const sort = preparation.sort();
  await runInSlices(sort, slicer);
  const events = sort.result();
  let index: TimeIndex | undefined;
  if (options.index ?? true) {
    const indexing = new TimeIndexBuild(events);
    await runInSlices(indexing, slicer);
    const { columns, parts } = indexing.result();
    index = new TimeIndex(columns, parts);
  }
  await slicer.yield();
  return index ? { events, issues, summary, index } : { events, issues, summary };
}

/** Steps through `work`, yielding whenever a slice ran its time. */
async function runInSlices(work: Stepwise, slicer: Slicer): Promise<void> {
  while (!work.done) {
    work.step(STEP);
    await slicer.maybeYield();
  }
}

/** Keeps the time a slice started, and yields once it ran `sliceMs`. */
class Slicer {
  private sliceStart = performance.now();

  constructor(
    private readonly sliceMs: number,
    private readonly signal: AbortSignal | undefined,
  ) {
    signal?.throwIfAborted();
  }

  async maybeYield(): Promise<void> {
    if (performance.now() - this.sliceStart >= this.sliceMs) await this.yield();
  }

  async yield(): Promise<void> {
    await yieldToEventLoop();
    this.signal?.throwIfAborted();
    this.sliceStart = performance.now();
  }
}

/**
 * Lets the browser handle input and draw: `scheduler.yield()` where there is one (it resumes
 * before other queued tasks), else a message (a new task without setTimeout's 4 ms clamp).
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

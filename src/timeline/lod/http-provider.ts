/**
 * Answers the timeline's window queries from a query server over HTTP (the reference server is
 * `conflict-timeline-server`; the protocol is in `http-protocol.ts` and the README). For data a
 * browser should not hold: all of ACLED, or UCDP GED.
 *
 * Nothing the server sends is trusted: the answer is read up to a size limit, its shape is
 * checked, and its events go through the model's validator and `prepareEvents` like any other
 * input. A query overtaken by a newer window is aborted on the wire (the view aborts its signal);
 * a failed query rejects, which the element reports through `ct-error` while it keeps what it
 * drew.
 */
import { prepareEvents, type PreparedEvent } from '../../model/prepared.js';
import { EVENT_TYPES, type EventType } from '../../model/types.js';
import { validateEvents, type ValidationIssue } from '../../model/validate.js';
import {
  abortError,
  aggregateId,
  isAggregateId,
  type Aggregate,
  type EventQueryProvider,
  type WindowAnswer,
  type WindowQuery,
} from './query.js';
import {
  PROTOCOL_VERSION,
  calendarToLocal,
  localToCalendar,
  printable,
  windowSearchParams,
  type WireInfo,
  type WireWindowQuery,
} from './http-protocol.js';

/** Options of `HttpQueryProvider`. */
export interface HttpQueryProviderOptions {
  /** Base URL of the protocol, e.g. `https://example.org/timeline/v1/` (the server's `/v1/`). */
  readonly url: string | URL;
  /** Headers sent with every request (an API key, say). */
  readonly headers?: Record<string, string>;
  /** `credentials` of every request; default `same-origin`. */
  readonly credentials?: RequestCredentials;
  /** The `fetch` to use (a wrapper that adds authentication, or a test's mock); default the global one. */
  readonly fetch?: typeof fetch;
  /** Largest answer read, in bytes (default 8 MB): a bigger one is refused unread. */
  readonly maxAnswerBytes?: number;
  /**
   * Called with the problems of the events of an answer (the events left out, fields dropped);
   * default: a console warning. The valid events of the answer are drawn either way.
   */
  readonly onIssues?: (issues: readonly ValidationIssue[]) => void;
}

/** What the server says about its data, in local time (see `HttpQueryProvider.info`). */
export interface QueryServerInfo {
  /** Number of events the server holds. */
  readonly size: number;
  /** First instant and end of the data in the reader's local time, null when there are no events. */
  readonly start: Date | null;
  readonly end: Date | null;
  /** The server's limits (see the README's protocol section). */
  readonly limits: { readonly maxItems: number; readonly maxSpan: number; readonly timeoutMs: number };
}

/** A failed request: the server's status and error code, or a broken answer (`status` 200). */
export class HttpQueryError extends Error {
  override readonly name = 'HttpQueryError';
  constructor(
    message: string,
    /** HTTP status; 0 when the answer could not be read. */
    readonly status: number,
    /** The protocol's error code (`bad-parameter`, `timeout`, …), or `bad-answer` for an answer that breaks the protocol. */
    readonly code: string,
  ) {
    super(message);
  }
}

const DEFAULT_MAX_ANSWER_BYTES = 8 * 1024 * 1024;

/** Most aggregates an answer may hold: 2,000 buckets of six types (the server's own bound). */
const MAX_AGGREGATES = 2000 * EVENT_TYPES.length;

/** A query provider that asks a query server over HTTP. It holds no events, only the last answer's. */
export class HttpQueryProvider implements EventQueryProvider {
  private readonly base: URL;
  private readonly fetcher: typeof fetch;
  private knownSize = 0;
  /** The prepared events of the last answer by id, with their JSON: an unchanged event keeps its object (and drawn item). */
  private lastEvents = new Map<string, { readonly json: string; readonly prepared: PreparedEvent }>();
  private readonly inFlight = new Set<AbortController>();

  constructor(private readonly options: HttpQueryProviderOptions) {
    const base = new URL(options.url, globalThis.location?.href);
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    this.base = base;
    this.fetcher = options.fetch ?? ((input, init) => fetch(input, init));
  }

  /** Number of events the server holds, once `info()` or an answer told (0 before). */
  get size(): number {
    return this.knownSize;
  }

  /** Asks the server what it holds: the number of events, their range (to set the element's window) and its limits. */
  async info(signal?: AbortSignal): Promise<QueryServerInfo> {
    const body = await this.request('info', signal);
    const info = body as Partial<WireInfo> | null;
    if (!isRecord(info) || info.protocol !== PROTOCOL_VERSION || !isCount(info.size) || !isRecord(info.limits))
      throw badAnswer('the info answer is not protocol version 1');
    const time = (value: unknown): Date | null =>
      typeof value === 'number' && Number.isFinite(value) ? new Date(calendarToLocal(value)) : null;
    const limits = info.limits as unknown as Record<string, unknown>;
    this.knownSize = info.size;
    return {
      size: info.size,
      start: time(info.start),
      end: time(info.end),
      limits: { maxItems: count(limits.maxItems), maxSpan: count(limits.maxSpan), timeoutMs: count(limits.timeoutMs) },
    };
  }

  async query(q: WindowQuery, signal?: AbortSignal): Promise<WindowAnswer> {
    const wire = toWireQuery(q);
    const body = await this.request(`window?${windowSearchParams(wire)}`, signal);
    return this.readAnswer(body, wire);
  }

  /** Aborts the requests in flight. */
  dispose(): void {
    for (const controller of this.inFlight) controller.abort();
    this.inFlight.clear();
    this.lastEvents.clear();
  }

  /** GETs a protocol path and returns its parsed JSON; rejects with an `HttpQueryError`, or an `AbortError`. */
  private async request(path: string, signal?: AbortSignal): Promise<unknown> {
    if (signal?.aborted) throw abortError();
    const controller = new AbortController();
    const abort = (): void => controller.abort();
    signal?.addEventListener('abort', abort, { once: true });
    this.inFlight.add(controller);
    try {
      const response = await this.fetcher(new URL(path, this.base), {
        method: 'GET',
        headers: { Accept: 'application/json', ...this.options.headers },
        credentials: this.options.credentials ?? 'same-origin',
        signal: controller.signal,
      });
      const text = await readText(response, this.options.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES);
      const body = parseJson(text);
      if (!response.ok) throw serverError(response.status, body);
      if (body === undefined) throw badAnswer('the answer is not JSON');
      return body;
    } catch (error) {
      if (controller.signal.aborted) throw abortError();
      throw error;
    } finally {
      signal?.removeEventListener('abort', abort);
      this.inFlight.delete(controller);
    }
  }

  /** Checks the answer's shape, validates and prepares its events, and turns its buckets into local time. */
  private readAnswer(body: unknown, wire: WireWindowQuery): WindowAnswer {
    if (!isRecord(body) || body.protocol !== PROTOCOL_VERSION) throw badAnswer('the answer is not protocol version 1');
    const { resolution, total, events, aggregates } = body;
    if (typeof resolution !== 'number' || !Number.isSafeInteger(resolution) || resolution < 1)
      throw badAnswer('its resolution is not a positive whole number');
    if (!isCount(total)) throw badAnswer('its total is not a count');
    if (!Array.isArray(events) || events.length > wire.maxItems)
      throw badAnswer(`its events are not a list of at most ${wire.maxItems}`);
    if (!Array.isArray(aggregates) || aggregates.length > MAX_AGGREGATES)
      throw badAnswer(`its aggregates are not a list of at most ${MAX_AGGREGATES}`);
    const hidden = new Set<string>(wire.hidden);
    const counts = aggregates.map((aggregate, i) => readAggregate(aggregate, i, resolution, hidden));
    // vis-timeline refuses two items with one id: two counts of one type and bucket break the drawing.
    if (new Set(counts.map((aggregate) => aggregate.id)).size !== counts.length)
      throw badAnswer('it counts one type in one bucket twice');
    const prepared = this.prepare(events, hidden);
    const counted = counts.reduce((sum, aggregate) => sum + aggregate.count, 0);
    // The events left out are not shown, nor counted.
    const shownTotal = Math.max(prepared.length + counted, total - (events.length - prepared.length));
    this.knownSize = Math.max(this.knownSize, shownTotal);
    return { events: prepared, aggregates: counts, total: shownTotal };
  }

  /** The answer's valid events, prepared; an event unchanged since the last answer keeps its object. */
  private prepare(events: readonly unknown[], hidden: ReadonlySet<string>): PreparedEvent[] {
    const next = new Map<string, { json: string; prepared: PreparedEvent }>();
    const fresh: unknown[] = [];
    const freshJson: string[] = [];
    const kept: PreparedEvent[] = [];
    for (const event of events) {
      const json = JSON.stringify(event);
      const id = isRecord(event) && typeof event.id === 'string' ? event.id : undefined;
      const previous = id === undefined ? undefined : this.lastEvents.get(id);
      if (previous && previous.json === json && !next.has(id!)) {
        next.set(id!, previous);
        kept.push(previous.prepared);
      } else {
        fresh.push(event);
        freshJson.push(json);
      }
    }
    const { events: valid, issues } = validateEvents(fresh);
    const problems = [...issues];
    const ids = new Set(next.keys());
    const prepared: PreparedEvent[] = [];
    for (const event of prepareEvents(valid)) {
      if (ids.has(event.event.id)) {
        problems.push(answerIssue(event.event.id, 'is listed twice in the answer; the second is left out'));
        continue;
      }
      if (isAggregateId(event.event.id)) {
        problems.push(answerIssue(event.event.id, 'has the id of a count item; left out'));
        continue;
      }
      if (hidden.has(event.eventType)) {
        problems.push(answerIssue(event.event.id, `is of a hidden type (${event.eventType}); left out`));
        continue;
      }
      ids.add(event.event.id);
      prepared.push(event);
    }
    const jsonById = new Map<string, string>();
    fresh.forEach((event, i) => {
      if (isRecord(event) && typeof event.id === 'string') jsonById.set(event.id, freshJson[i]!);
    });
    for (const event of prepared)
      next.set(event.event.id, { json: jsonById.get(event.event.id) ?? '', prepared: event });
    this.lastEvents = next;
    if (problems.length) this.reportIssues(problems);
    return [...kept, ...prepared].sort(byTime);
  }

  private reportIssues(issues: readonly ValidationIssue[]): void {
    if (this.options.onIssues) this.options.onIssues(issues);
    else
      console.warn(
        `conflict-timeline: the query server's answer had ${issues.length} problem(s); the valid events are shown.`,
        issues.map((issue) => issue.message),
      );
  }
}

/** The wire query of a view's query: calendar times, whole numbers. */
function toWireQuery(q: WindowQuery): WireWindowQuery {
  const start = localToCalendar(q.start);
  const end = Math.max(localToCalendar(q.end), start + 1);
  const wire: WireWindowQuery = {
    start,
    end,
    maxItems: Math.max(0, Math.floor(q.maxItems)),
    resolution: Math.max(1, Math.round(q.resolution)),
    hidden: [...(q.hiddenTypes ?? [])],
  };
  return q.margin === undefined ? wire : { ...wire, margin: Math.max(0, Math.round(q.margin)) };
}

function readAggregate(value: unknown, i: number, resolution: number, hidden: ReadonlySet<string>): Aggregate {
  if (!isRecord(value)) throw badAnswer(`aggregates[${i}] is not an object`);
  const { type, start, end, count } = value;
  if (typeof type !== 'string' || !(EVENT_TYPES as readonly string[]).includes(type) || hidden.has(type))
    throw badAnswer(`aggregates[${i}].type is not a shown event type`);
  if (typeof start !== 'number' || !Number.isSafeInteger(start) || start % resolution !== 0)
    throw badAnswer(`aggregates[${i}].start is not a bucket bound`);
  if (end !== start + resolution) throw badAnswer(`aggregates[${i}].end is not one bucket after its start`);
  if (!isCount(count) || count === 0) throw badAnswer(`aggregates[${i}].count is not a positive count`);
  const eventType = type as EventType;
  return {
    id: aggregateId(eventType, resolution, start / resolution),
    start: calendarToLocal(start),
    end: calendarToLocal(end),
    eventType,
    count,
  };
}

/** Reads the body as text, refusing (unread) one that says or turns out to be larger than `limit` bytes. */
async function readText(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > limit) throw tooLarge(response.status, limit);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(response.status, limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The error of a non-2xx answer, with the server's message when it sent a protocol error. */
function serverError(status: number, body: unknown): HttpQueryError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const code = typeof error?.code === 'string' ? printable(error.code, 40) : 'http-error';
  const detail = typeof error?.message === 'string' ? `: ${printable(error.message, 300)}` : '';
  return new HttpQueryError(`The query server answered ${status} (${code})${detail}`, status, code);
}

function badAnswer(reason: string): HttpQueryError {
  return new HttpQueryError(`The query server's answer is not usable: ${reason}.`, 200, 'bad-answer');
}

function tooLarge(status: number, limit: number): HttpQueryError {
  return new HttpQueryError(
    `The query server's answer is larger than ${limit} bytes; it was not read.`,
    status,
    'bad-answer',
  );
}

function answerIssue(id: string, message: string): ValidationIssue {
  return { index: -1, id, field: '', severity: 'error', message: `event ${JSON.stringify(printable(id))} ${message}` };
}

function byTime(a: PreparedEvent, b: PreparedEvent): number {
  return a.startTime - b.startTime || a.endTime - b.endTime || (a.event.id < b.event.id ? -1 : 1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function count(value: unknown): number {
  return isCount(value) ? value : 0;
}

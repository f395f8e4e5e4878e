/**
 * The window-query protocol between `HttpQueryProvider` and a query server (the reference server
 * in `src/server/`, or any other that speaks it): version 1. Both sides use this module, so the
 * parameters a client sends are the ones a server accepts. Pure: no DOM, no Node.
 *
 * Times on the wire are **calendar milliseconds**: milliseconds since 1970-01-01T00:00 counted
 * on the calendar, without a time zone (the reading of a local date and time as if it were UTC).
 * The events' dates are calendar dates (7 February is 7 February for every reader), so the server
 * answers in calendar time, and each browser turns its local window into calendar time and the
 * answer's bucket bounds back (`localToCalendar`, `calendarToLocal`). Every event starts at a
 * calendar midnight: a multiple of a day.
 *
 * `GET {base}/window?start=…&end=…&maxItems=…&resolution=…[&margin=…][&hidden=riots,protests]`
 * answers a `WireAnswer`; `GET {base}/info` a `WireInfo`; an error is a `WireError` with an
 * HTTP status (400 for a bad parameter). The README documents the protocol for server authors.
 */
import { EVENT_TYPES, type EventType } from '../../model/types.js';

/** The protocol version this module speaks; answers carry it in `protocol`. */
export const PROTOCOL_VERSION = 1;

/** The largest time JavaScript dates reach (ms from 1970): ±100,000,000 days. */
export const MAX_TIME = 8.64e15;

/** Milliseconds in a calendar day. */
export const DAY_MS = 86_400_000;

/** A window query as sent on the wire: whole calendar milliseconds, hidden types by name. */
export interface WireWindowQuery {
  /** First instant of the window (calendar ms). */
  readonly start: number;
  /** End of the window, exclusive (calendar ms); after `start`. */
  readonly end: number;
  /** Most events the answer may list one by one. */
  readonly maxItems: number;
  /** Bucket width hint for aggregates (ms, at least 1). */
  readonly resolution: number;
  /** Extra time answered on each side of the window (ms); default: half the window's width. */
  readonly margin?: number;
  /** Event types left out of the answer and its counts. */
  readonly hidden: readonly EventType[];
}

/** One aggregate on the wire: `count` events of `type` starting in [`start`, `end`) (calendar ms). */
export interface WireAggregate {
  readonly type: EventType;
  readonly start: number;
  readonly end: number;
  readonly count: number;
}

/** The answer to a window query. */
export interface WireAnswer {
  readonly protocol: number;
  /** The bucket width the server used (at least the hint; wider for very wide windows). */
  readonly resolution: number;
  /** Number of matching events: `events.length` plus the aggregates' counts. */
  readonly total: number;
  /** Events in the library's JSON format (`ConflictEvent`), to be validated by the client. */
  readonly events: readonly unknown[];
  readonly aggregates: readonly WireAggregate[];
}

/** What `GET {base}/info` tells: how much data, over which calendar range, and the limits. */
export interface WireInfo {
  readonly protocol: number;
  /** Number of events the server holds. */
  readonly size: number;
  /** First instant and end of the data (calendar ms), or null when there are no events. */
  readonly start: number | null;
  readonly end: number | null;
  readonly limits: WireLimits;
}

/** The server's limits on what one query may ask. */
export interface WireLimits {
  /** Largest `maxItems` accepted. */
  readonly maxItems: number;
  /** Widest range answered, margins included (ms). */
  readonly maxSpan: number;
  /** A query running longer than this is stopped and answered with a 503 (ms). */
  readonly timeoutMs: number;
}

/** An error answer: `{ "error": { … } }`. */
export interface WireError {
  readonly error: {
    readonly status: number;
    /** `bad-parameter`, `not-found`, `method-not-allowed`, `too-large`, `busy`, `timeout`, `internal`. */
    readonly code: string;
    readonly message: string;
    /** The parameter a `bad-parameter` error is about. */
    readonly parameter?: string;
  };
}

/** The query string `HttpQueryProvider` sends for a wire query. */
export function windowSearchParams(query: WireWindowQuery): URLSearchParams {
  const params = new URLSearchParams({
    start: String(query.start),
    end: String(query.end),
    maxItems: String(query.maxItems),
    resolution: String(query.resolution),
  });
  if (query.margin !== undefined) params.set('margin', String(query.margin));
  if (query.hidden.length) params.set('hidden', query.hidden.join(','));
  return params;
}

/** A parameter the server refuses, with the sentence it answers (status 400). */
export interface ParameterProblem {
  readonly parameter: string;
  readonly message: string;
}

export type ParsedWindowQuery = { ok: true; query: WireWindowQuery } | { ok: false; problem: ParameterProblem };

/** Whole numbers as decimal digits only: no exponent, no `NaN`, no `Infinity`, no spaces, no SQL. */
const INTEGER_PATTERN = /^-?\d{1,16}$/;

const KNOWN_PARAMETERS = new Set(['start', 'end', 'maxItems', 'resolution', 'margin', 'hidden']);

/**
 * Reads a window query from a query string or a parsed JSON object, strictly: each parameter is
 * a whole number in its range (or, in JSON, a number that is one), `hidden` a comma-separated
 * list (or array) of known event types, and nothing else is accepted. The first problem is
 * returned; `limits` are the server's.
 */
export function parseWindowQuery(
  input: URLSearchParams | Record<string, unknown>,
  limits: WireLimits,
): ParsedWindowQuery {
  const fromQueryString = input instanceof URLSearchParams;
  const read = (name: string): unknown => {
    if (!fromQueryString) return Object.hasOwn(input, name) ? input[name] : undefined;
    const values = input.getAll(name);
    return values.length > 1 ? values : values[0];
  };
  const names = fromQueryString ? [...new Set(input.keys())] : Object.keys(input);
  const unknown = names.find((name) => !KNOWN_PARAMETERS.has(name));
  if (unknown !== undefined)
    return problem(printable(unknown), `${printable(unknown)} is not a parameter of a window query`);
  // In a query string every value is text; in JSON a number must be a number.
  const number = (name: string, min: number, max: number) => integer(read(name), name, min, max, fromQueryString);
  try {
    const start = number('start', -MAX_TIME, MAX_TIME);
    const end = number('end', -MAX_TIME, MAX_TIME);
    if (end <= start) return problem('end', 'end must be after start');
    const maxItems = number('maxItems', 0, limits.maxItems);
    const resolution = number('resolution', 1, MAX_TIME);
    const hasMargin = read('margin') !== undefined;
    const margin = hasMargin ? number('margin', 0, MAX_TIME) : undefined;
    const hidden = eventTypes(read('hidden'), fromQueryString);
    const query: WireWindowQuery = {
      start,
      end,
      maxItems,
      resolution,
      hidden,
      ...(margin === undefined ? {} : { margin }),
    };
    const range = answeredRange(query);
    if (range.hi - range.lo > limits.maxSpan)
      return problem(
        hasMargin ? 'margin' : 'end',
        `the window with its margins spans more than the server answers (${limits.maxSpan} ms)`,
      );
    return { ok: true, query };
  } catch (error) {
    if (error instanceof ParameterError) return { ok: false, problem: error.problem };
    throw error;
  }
}

/** The range a query answers: the window widened by its margin on each side. */
export function answeredRange(query: Pick<WireWindowQuery, 'start' | 'end' | 'margin'>): { lo: number; hi: number } {
  const margin = query.margin ?? Math.floor((query.end - query.start) / 2);
  return { lo: query.start - margin, hi: query.end + margin };
}

class ParameterError extends Error {
  constructor(readonly problem: ParameterProblem) {
    super(problem.message);
  }
}

function problem(parameter: string, message: string): { ok: false; problem: ParameterProblem } {
  return { ok: false, problem: { parameter, message } };
}

function integer(value: unknown, name: string, min: number, max: number, asText: boolean): number {
  if (value === undefined) throw new ParameterError({ parameter: name, message: `${name} is required` });
  const number = asText
    ? typeof value === 'string' && INTEGER_PATTERN.test(value)
      ? Number(value)
      : NaN
    : typeof value === 'number'
      ? value
      : NaN;
  if (!Number.isSafeInteger(number))
    throw new ParameterError({ parameter: name, message: `${name} must be a whole number (${describe(value)})` });
  if (number < min || number > max)
    throw new ParameterError({ parameter: name, message: `${name} must be between ${min} and ${max} (got ${number})` });
  return number;
}

function eventTypes(value: unknown, asText: boolean): EventType[] {
  if (value === undefined || value === '') return [];
  const names =
    asText && typeof value === 'string'
      ? value.split(',')
      : !asText && Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? (value as string[])
        : null;
  if (names === null || names.length > EVENT_TYPES.length)
    throw new ParameterError({ parameter: 'hidden', message: `hidden must list event types (${describe(value)})` });
  const known = new Set<string>(EVENT_TYPES);
  const unknown = names.find((name) => !known.has(name));
  if (unknown !== undefined)
    throw new ParameterError({
      parameter: 'hidden',
      message: `hidden: ${describe(unknown)} is not an event type (${EVENT_TYPES.join(', ')})`,
    });
  return [...new Set(names)] as EventType[];
}

/** A short, printable rendering of an untrusted value for an error message. */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(printable(value));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? 'a list' : typeof value;
}

/** At most 40 characters, without control or bidirectional characters. */
export function printable(text: string, length = 40): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\uFFFD');
  return clean.length > length ? `${clean.slice(0, length)}…` : clean;
}

/**
 * The calendar milliseconds of a local time: its local date and time read as if in UTC. Outside
 * the dates JavaScript reaches, the nearest end of that range.
 */
export function localToCalendar(ms: number): number {
  const local = new Date(clampTime(ms));
  const calendar = new Date(0);
  calendar.setUTCFullYear(local.getFullYear(), local.getMonth(), local.getDate());
  calendar.setUTCHours(local.getHours(), local.getMinutes(), local.getSeconds(), local.getMilliseconds());
  const time = calendar.getTime();
  return Number.isNaN(time) ? clampTime(ms) : time;
}

/** The local time of calendar milliseconds: the same date and time on the reader's clock. */
export function calendarToLocal(ms: number): number {
  const calendar = new Date(clampTime(ms));
  const local = new Date(2000, 0, 1);
  local.setFullYear(calendar.getUTCFullYear(), calendar.getUTCMonth(), calendar.getUTCDate());
  local.setHours(
    calendar.getUTCHours(),
    calendar.getUTCMinutes(),
    calendar.getUTCSeconds(),
    calendar.getUTCMilliseconds(),
  );
  const time = local.getTime();
  return Number.isNaN(time) ? clampTime(ms) : time;
}

/** Keeps a time a day inside the range JavaScript dates reach, so a time zone shift stays inside it. */
function clampTime(ms: number): number {
  const limit = MAX_TIME - 2 * DAY_MS;
  return Math.min(limit, Math.max(-limit, Number.isNaN(ms) ? 0 : ms));
}

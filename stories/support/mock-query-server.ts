/**
 * A stand-in for the query server inside the browser, for the stories (Storybook has no server):
 * a `fetch` that answers the protocol's `/info` and `/window` for in-memory events, with the
 * server's rules (the in-memory index's, in calendar time) and a little latency. It makes no
 * network request. Demo and documentation only: the real server is `conflict-timeline-server`.
 */
import { prepareEvents, type PreparedEvent } from '../../src/model/prepared.js';
import type { ConflictEvent } from '../../src/model/types.js';
import { TimeIndex } from '../../src/timeline/lod/time-index.js';
import {
  PROTOCOL_VERSION,
  localToCalendar,
  parseWindowQuery,
  type WireAnswer,
  type WireError,
  type WireInfo,
  type WireLimits,
} from '../../src/timeline/lod/http-protocol.js';

const LIMITS: WireLimits = { maxItems: 2000, maxSpan: 5000 * 365.25 * 86_400_000, timeoutMs: 5000 };

export interface MockServerOptions {
  /** Milliseconds before each answer (default 40: a server on the same continent). */
  readonly latencyMs?: number;
  /** Window queries answered before the server starts failing with a 503 (default: never). */
  readonly failAfter?: number;
}

/** A `fetch` for `HttpQueryProvider` that answers from `events` as the query server would. */
export function mockQueryServer(events: readonly ConflictEvent[], options: MockServerOptions = {}): typeof fetch {
  const prepared = prepareEvents(events);
  // The server works in calendar time (see http-protocol.ts): the index gets calendar times.
  const calendar: PreparedEvent[] = prepared.map((event) => ({
    ...event,
    startTime: localToCalendar(event.startTime),
    endTime: localToCalendar(event.endTime),
  }));
  const index = TimeIndex.fromEvents(calendar);
  let answered = 0;

  const answer = (url: URL): [number, WireAnswer | WireInfo | WireError] => {
    const route = url.pathname.split('/').pop();
    if (route === 'info') {
      const first = calendar[0]?.startTime ?? null;
      const last = calendar.reduce((end, event) => Math.max(end, event.endTime), -Infinity);
      return [
        200,
        {
          protocol: PROTOCOL_VERSION,
          size: calendar.length,
          start: first,
          end: first === null ? null : last,
          limits: LIMITS,
        },
      ];
    }
    if (route !== 'window') return [404, error(404, 'not-found', 'Nothing here.')];
    if (options.failAfter !== undefined && answered >= options.failAfter)
      return [503, error(503, 'timeout', 'The query took longer than 5000 ms and was stopped.')];
    const parsed = parseWindowQuery(url.searchParams, LIMITS);
    if (!parsed.ok) return [400, error(400, 'bad-parameter', parsed.problem.message)];
    const { query } = parsed;
    answered++;
    const result = index.query({ ...query, hiddenTypes: query.hidden });
    const resolution = result.aggregates[0] ? result.aggregates[0].end - result.aggregates[0].start : query.resolution;
    return [
      200,
      {
        protocol: PROTOCOL_VERSION,
        resolution,
        total: result.total,
        events: [...result.indices].map((i) => calendar[i]!.event),
        aggregates: result.aggregates.map(({ eventType, start, end, count }) => ({
          type: eventType,
          start,
          end,
          count,
        })),
      },
    ];
  };

  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, options.latencyMs ?? 40);
      init?.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('The request was aborted.', 'AbortError'));
      });
    });
    const [status, body] = answer(url);
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  };
}

function error(status: number, code: string, message: string): WireError {
  return { error: { status, code, message } };
}

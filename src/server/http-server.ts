/**
 * The HTTP side of the query server: the protocol's two routes (`/v1/info`, `/v1/window`), CORS,
 * limits on what a request may be and ask, JSON errors, and a graceful close. The store answers;
 * this module only checks, routes and writes.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  PROTOCOL_VERSION,
  parseWindowQuery,
  type WireError,
  type WireInfo,
  type WireLimits,
} from '../timeline/lod/http-protocol.js';
import { QueryTimeoutError, StoreBusyError, type EventStore } from './duckdb-store.js';

export interface HttpServerOptions {
  /** Port to listen on; 0 picks a free one. Default 8080. */
  readonly port?: number;
  /** Address to listen on. Default `127.0.0.1`: only this machine; `0.0.0.0` to serve a network. */
  readonly host?: string;
  /** Origins allowed to query from a browser (`https://example.org`), or `*` for any. Default: none (same origin only). */
  readonly cors?: '*' | readonly string[];
  /** Limits on each query; see `DEFAULT_LIMITS`. */
  readonly limits?: Partial<WireLimits>;
  /** How long browsers and caches may keep an answer (seconds). Default 60. */
  readonly cacheSeconds?: number;
  /** Where to write a line per failed request and per server error; default nowhere. */
  readonly log?: (line: string) => void;
}

const YEAR = 365.25 * 86_400_000;

/** The default limits: 2,000 events per answer, a range of 5,000 years, 5 seconds per query. */
export const DEFAULT_LIMITS: WireLimits = { maxItems: 2000, maxSpan: 5000 * YEAR, timeoutMs: 5000 };

/** Longest request URL accepted. */
export const MAX_URL_LENGTH = 4096;
/** Largest JSON body of a POSTed window query. */
export const MAX_BODY_BYTES = 8192;

export const API_PREFIX = '/v1/';

/** A listening server. */
export interface RunningHttpServer {
  /** The protocol's base URL, e.g. `http://127.0.0.1:8080/v1/`. */
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections, lets the requests in flight finish (at most `graceMs`), then closes. */
  close(graceMs?: number): Promise<void>;
}

/** Starts serving the store's events. */
export async function serveEvents(store: EventStore, options: HttpServerOptions = {}): Promise<RunningHttpServer> {
  const limits: WireLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const handler = new RequestHandler(store, limits, options);
  const server = createServer({ maxHeaderSize: 16 * 1024 }, (request, response) => {
    handler.handle(request, response).catch((error: unknown) => {
      options.log?.(`internal error: ${String(error)}`);
      if (!response.headersSent) sendError(response, 500, 'internal', 'The server failed to answer.');
      else response.destroy();
    });
  });
  // A slow client cannot hold a connection open for long.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  const host = options.host ?? '127.0.0.1';
  await listen(server, options.port ?? 8080, host);
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost}:${port}${API_PREFIX}`,
    port,
    close: (graceMs = 5000) => closeServer(server, graceMs),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/** A request's problem, answered as a `WireError`. */
class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

class RequestHandler {
  constructor(
    private readonly store: EventStore,
    private readonly limits: WireLimits,
    private readonly options: HttpServerOptions,
  ) {}

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    this.allowOrigin(request, response);
    try {
      await this.route(request, response);
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      this.options.log?.(`${request.method} ${shorten(request.url ?? '')}: ${error.status} ${error.message}`);
      // After a refused body the connection is not reused: the rest of the body is not read.
      if (error.status === 413) response.setHeader('Connection', 'close');
      sendError(response, error.status, error.code, error.message, error.parameter);
    }
  }

  private async route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if ((request.url ?? '').length > MAX_URL_LENGTH)
      throw new RequestError(414, 'too-large', `The request URL is longer than ${MAX_URL_LENGTH} characters.`);
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = url.pathname.startsWith(API_PREFIX) ? url.pathname.slice(API_PREFIX.length) : null;
    if (route !== 'info' && route !== 'window')
      throw new RequestError(
        404,
        'not-found',
        `Nothing here: the protocol's routes are ${API_PREFIX}info and ${API_PREFIX}window.`,
      );
    const methods = route === 'info' ? ['GET', 'HEAD'] : ['GET', 'HEAD', 'POST'];
    if (request.method === 'OPTIONS') return this.preflight(response, methods);
    if (!methods.includes(request.method ?? '')) {
      response.setHeader('Allow', [...methods, 'OPTIONS'].join(', '));
      throw new RequestError(405, 'method-not-allowed', `${route} answers ${methods.join(' and ')} only.`);
    }
    if (request.method !== 'POST' && Number(request.headers['content-length'] ?? 0) > 0)
      throw new RequestError(413, 'too-large', 'A GET request has no body.');
    if (route === 'info') return sendJson(response, 200, await this.info(), 0);
    const input = request.method === 'POST' ? await readJsonBody(request) : url.searchParams;
    const parsed = parseWindowQuery(input, this.limits);
    if (!parsed.ok) throw new RequestError(400, 'bad-parameter', parsed.problem.message, parsed.problem.parameter);
    const gone = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) gone.abort();
    });
    const answer = await this.store.answer(parsed.query, this.limits.timeoutMs, gone.signal).catch((error: unknown) => {
      if (error instanceof QueryTimeoutError) throw new RequestError(503, 'timeout', error.message);
      if (error instanceof StoreBusyError)
        throw new RequestError(503, 'busy', 'The server is busy; ask again shortly.');
      throw error;
    });
    if (gone.signal.aborted) return;
    sendJson(response, 200, answer, this.options.cacheSeconds ?? 60);
  }

  private async info(): Promise<WireInfo> {
    const { size, start, end } = await this.store.info();
    return { protocol: PROTOCOL_VERSION, size, start, end, limits: this.limits };
  }

  private allowOrigin(request: IncomingMessage, response: ServerResponse): void {
    const origin = request.headers.origin;
    const allowed = this.options.cors ?? [];
    if (allowed === '*') response.setHeader('Access-Control-Allow-Origin', '*');
    else if (origin && allowed.includes(origin)) {
      response.setHeader('Access-Control-Allow-Origin', origin);
      response.setHeader('Vary', 'Origin');
    }
  }

  private preflight(response: ServerResponse, methods: readonly string[]): void {
    response.writeHead(204, {
      'Access-Control-Allow-Methods': [...methods, 'OPTIONS'].join(', '),
      'Access-Control-Allow-Headers': 'Content-Type, Accept',
      'Access-Control-Max-Age': '600',
      'Content-Length': '0',
    });
    response.end();
  }
}

/** Reads a POSTed JSON object of at most `MAX_BODY_BYTES`. */
async function readJsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type))
    throw new RequestError(415, 'bad-parameter', 'A POSTed window query is JSON (Content-Type: application/json).');
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES)
    throw new RequestError(413, 'too-large', `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      throw new RequestError(413, 'too-large', `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new RequestError(400, 'bad-json', 'The request body is not JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new RequestError(400, 'bad-json', 'The request body is not a JSON object.');
  return value as Record<string, unknown>;
}

function sendJson(response: ServerResponse, status: number, body: unknown, cacheSeconds: number): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': cacheSeconds > 0 ? `public, max-age=${cacheSeconds}` : 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    'Referrer-Policy': 'no-referrer',
  });
  response.end(response.req.method === 'HEAD' ? undefined : text);
}

function sendError(response: ServerResponse, status: number, code: string, message: string, parameter?: string): void {
  const body: WireError = { error: { status, code, message, ...(parameter === undefined ? {} : { parameter }) } };
  sendJson(response, status, body, 0);
}

function shorten(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

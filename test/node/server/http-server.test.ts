// The real server on loopback: the protocol's routes, CORS, and hostile requests (SQL in
// parameters, huge windows, negative or NaN values, oversized requests, bad JSON), each of which
// gets a clear JSON error and changes nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { startQueryServer, type QueryServer } from '../../../src/server/index.js';
import { DAY_MS } from '../../../src/timeline/lod/http-protocol.js';
import { ACLED, EVENTS_JSON, UCDP } from './helpers.js';

const ALLOWED = 'http://localhost:8611';
const WHOLE_RANGE = `start=${Date.UTC(2010, 0, 1)}&end=${Date.UTC(2025, 0, 1)}&maxItems=100&resolution=${365 * DAY_MS}`;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request on loopback, bounded in time. */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url} in 10 s`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

function json(reply: Reply): Record<string, unknown> {
  assert.match(String(reply.headers['content-type']), /^application\/json/);
  return JSON.parse(reply.body) as Record<string, unknown>;
}

function errorOf(reply: Reply): { status: number; code: string; message: string; parameter?: string } {
  return json(reply).error as { status: number; code: string; message: string; parameter?: string };
}

describe('the query server over HTTP', () => {
  let server: QueryServer;
  let base: string;

  before(async () => {
    server = await startQueryServer({
      files: [ACLED, UCDP, EVENTS_JSON],
      port: 0,
      host: '127.0.0.1',
      cors: [ALLOWED],
      connections: 2,
      threads: 1,
    });
    base = server.url;
  });
  after(() => server.close());

  it('listens on loopback and tells what it holds', async () => {
    assert.match(base, /^http:\/\/127\.0\.0\.1:\d+\/v1\/$/);
    const reply = await send(`${base}info`);
    assert.equal(reply.status, 200);
    const info = json(reply);
    assert.equal(info.protocol, 1);
    assert.equal(info.size, 17);
    assert.equal(info.start, Date.UTC(2014, 7, 1));
    assert.deepEqual((info.limits as Record<string, number>).maxItems, 2000);
  });

  it('answers a window with events, and a dense one with counts', async () => {
    const all = json(await send(`${base}window?${WHOLE_RANGE}`));
    assert.equal(all.total, 17);
    assert.equal((all.events as unknown[]).length, 17);
    const dense = json(await send(`${base}window?${WHOLE_RANGE.replace('maxItems=100', 'maxItems=5')}`));
    assert.equal((dense.events as unknown[]).length, 0);
    const counts = dense.aggregates as { count: number }[];
    assert.equal(
      counts.reduce((sum, aggregate) => sum + aggregate.count, 0),
      17,
    );
  });

  it('leaves hidden types out of events and counts', async () => {
    const answer = json(await send(`${base}window?${WHOLE_RANGE}&hidden=battles,violence-against-civilians`));
    // 6 battles (1 ACLED, 5 UCDP) and 2 attacks on civilians (1 each) are hidden.
    assert.equal(answer.total, 9);
  });

  it('answers the same query POSTed as JSON', async () => {
    const query = { start: Date.UTC(2010, 0, 1), end: Date.UTC(2025, 0, 1), maxItems: 100, resolution: 365 * DAY_MS };
    const reply = await send(`${base}window`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(query),
    });
    assert.equal(reply.status, 200);
    assert.deepEqual(json(reply), json(await send(`${base}window?${WHOLE_RANGE}`)));
  });

  it('allows the configured origins only', async () => {
    const allowed = await send(`${base}info`, { headers: { Origin: ALLOWED } });
    assert.equal(allowed.headers['access-control-allow-origin'], ALLOWED);
    assert.equal(allowed.headers.vary, 'Origin');
    const other = await send(`${base}info`, { headers: { Origin: 'https://evil.example' } });
    assert.equal(other.headers['access-control-allow-origin'], undefined);
    const preflight = await send(`${base}window`, {
      method: 'OPTIONS',
      headers: { Origin: ALLOWED, 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(preflight.status, 204);
    assert.match(String(preflight.headers['access-control-allow-methods']), /POST/);
  });

  it('sends no body for HEAD and headers that keep answers inert', async () => {
    const reply = await send(`${base}window?${WHOLE_RANGE}`, { method: 'HEAD' });
    assert.equal(reply.status, 200);
    assert.equal(reply.body, '');
    assert.equal(reply.headers['x-content-type-options'], 'nosniff');
    assert.match(String(reply.headers['content-security-policy']), /default-src 'none'/);
  });

  describe('hostile requests get an error and change nothing', () => {
    let before: { info: string; answer: string };
    const snapshot = async () => ({
      info: (await send(`${base}info`)).body,
      answer: (await send(`${base}window?${WHOLE_RANGE}`)).body,
    });

    it('(the state before)', async () => {
      before = await snapshot();
    });

    const badParameters: [string, string, string][] = [
      ['SQL in a number', 'start=0;DROP TABLE events;--&end=1&maxItems=1&resolution=1', 'start'],
      ['SQL in a type', "start=0&end=1&maxItems=1&resolution=1&hidden=riots')%20OR%201=1--", 'hidden'],
      ['a quote in a parameter name', "start=0&end=1&maxItems=1&resolution=1&x'%3BDROP=1", "x';DROP"],
      ['a huge window', `start=-8640000000000000&end=8640000000000000&maxItems=1&resolution=1`, 'end'],
      ['a negative count', 'start=0&end=1&maxItems=-5&resolution=1', 'maxItems'],
      ['NaN', 'start=NaN&end=1&maxItems=1&resolution=1', 'start'],
      ['Infinity', 'start=0&end=Infinity&maxItems=1&resolution=1', 'end'],
      ['too many items', 'start=0&end=1&maxItems=1000000&resolution=1', 'maxItems'],
      ['an end before the start', 'start=10&end=1&maxItems=1&resolution=1', 'end'],
      ['nothing at all', '', 'start'],
    ];
    for (const [name, query, parameter] of badParameters)
      it(`400 for ${name}`, async () => {
        const reply = await send(`${base}window?${query}`);
        assert.equal(reply.status, 400);
        const error = errorOf(reply);
        assert.equal(error.code, 'bad-parameter');
        assert.equal(error.parameter, parameter);
        assert.ok(error.message.length > 10);
      });

    it('414 for a URL longer than 4,096 characters', async () => {
      const reply = await send(`${base}window?${WHOLE_RANGE}&hidden=${'riots,'.repeat(1000)}`);
      assert.equal(reply.status, 414);
      assert.equal(errorOf(reply).code, 'too-large');
    });

    it('413 for a POSTed body over 8 KB', async () => {
      const reply = await send(`${base}window`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ start: 0, end: 1, maxItems: 1, resolution: 1, padding: 'x'.repeat(20_000) }),
      });
      assert.equal(reply.status, 413);
    });

    it('400 for a body that is not JSON, or not an object', async () => {
      for (const body of ['{"start": 0,', 'null', '[1, 2]', '"start"']) {
        const reply = await send(`${base}window`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
        });
        assert.equal(reply.status, 400, body);
        assert.equal(errorOf(reply).code, 'bad-json');
      }
    });

    it('400 for JSON with values of the wrong kind', async () => {
      const reply = await send(`${base}window`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ start: '0; DROP TABLE events', end: 1, maxItems: 1, resolution: 1 }),
      });
      assert.equal(reply.status, 400);
      assert.equal(errorOf(reply).parameter, 'start');
    });

    it('415 for a body that is not declared JSON', async () => {
      const reply = await send(`${base}window`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain' },
        body: '{}',
      });
      assert.equal(reply.status, 415);
    });

    it('404 elsewhere and 405 for other methods', async () => {
      assert.equal((await send(`${base.replace('/v1/', '/')}etc/passwd`)).status, 404);
      assert.equal((await send(`${base}../../events`)).status, 404);
      const put = await send(`${base}window`, { method: 'DELETE' });
      assert.equal(put.status, 405);
      assert.equal(errorOf(put).code, 'method-not-allowed');
    });

    it('(the state after is the state before)', async () => {
      assert.deepEqual(await snapshot(), before);
    });
  });
});

describe('the query server’s time limit', () => {
  it('answers 503 when a query runs past it', async () => {
    const server = await startQueryServer({ files: [ACLED], port: 0, limits: { timeoutMs: 0 }, connections: 1 });
    try {
      const reply = await send(`${server.url}window?${WHOLE_RANGE}`);
      assert.equal(reply.status, 503);
      assert.equal(errorOf(reply).code, 'timeout');
    } finally {
      await server.close();
    }
  });
});

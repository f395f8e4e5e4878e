import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/conflict-timeline.js';
import '../../src/conflict-timeline.js';
import type { ValidationIssue } from '../../src/model/validate.js';
import { HttpQueryError, HttpQueryProvider } from '../../src/timeline/lod/http-provider.js';
import { DAY_MS, type WireAnswer } from '../../src/timeline/lod/http-protocol.js';
import { isAbortError, type WindowQuery } from '../../src/timeline/lod/query.js';

/** A recorded request of the mock `fetch`. */
interface Call {
  readonly url: URL;
  readonly signal: AbortSignal | undefined;
}

type Responder = (url: URL, signal: AbortSignal | undefined) => Response | Promise<Response>;

/** A mock `fetch` that records requests and answers with `respond` (replaceable). */
function mockFetch(respond: Responder): { fetch: typeof fetch; calls: Call[]; answerWith(next: Responder): void } {
  const calls: Call[] = [];
  let responder = respond;
  const fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    calls.push({ url, signal: init?.signal ?? undefined });
    return Promise.resolve(responder(url, init?.signal ?? undefined));
  };
  return { fetch: fetch as typeof globalThis.fetch, calls, answerWith: (next) => (responder = next) };
}

const jsonResponse = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const event = (id: string, start: string, title = `Event ${id}`) => ({
  id,
  start,
  title: { en: title },
  category: 'armed-clash',
});

const answer = (overrides: Partial<WireAnswer> = {}): WireAnswer => ({
  protocol: 1,
  resolution: DAY_MS,
  total: 2,
  events: [event('a', '2024-02-07'), event('b', '2024-02-08')],
  aggregates: [],
  ...overrides,
});

/** A query for February 2024 in the browser's local time (the tests run in New York). */
const february: WindowQuery = {
  start: new Date(2024, 1, 1).getTime(),
  end: new Date(2024, 2, 1).getTime(),
  maxItems: 50,
  resolution: DAY_MS,
  margin: 0,
};

const URL_BASE = 'https://timeline.example/api/v1';

describe('HttpQueryProvider', () => {
  it('asks in calendar time, whatever the browser’s time zone', async () => {
    const mock = mockFetch(() => jsonResponse(answer()));
    const provider = new HttpQueryProvider({ url: URL_BASE, fetch: mock.fetch });
    await provider.query({ ...february, hiddenTypes: ['riots', 'protests'] });
    const [call] = mock.calls;
    expect(call?.url.origin + call!.url.pathname).to.equal('https://timeline.example/api/v1/window');
    const params = Object.fromEntries(call!.url.searchParams);
    expect(params).to.deep.equal({
      start: String(Date.UTC(2024, 1, 1)),
      end: String(Date.UTC(2024, 2, 1)),
      maxItems: '50',
      resolution: String(DAY_MS),
      margin: '0',
      hidden: 'riots,protests',
    });
  });

  it('prepares the answer’s events and puts its counts at local times', async () => {
    const counts = [{ type: 'battles', start: Date.UTC(2024, 1, 10), end: Date.UTC(2024, 1, 11), count: 5 }] as const;
    const mock = mockFetch(() => jsonResponse(answer({ total: 7, aggregates: [...counts] })));
    const provider = new HttpQueryProvider({ url: URL_BASE, fetch: mock.fetch });
    const got = await provider.query(february);
    expect(got.events.map((prepared) => prepared.event.id)).to.deep.equal(['a', 'b']);
    // 7 February is 7 February in New York too.
    expect(got.events[0]?.startTime).to.equal(new Date(2024, 1, 7).getTime());
    expect(got.aggregates).to.deep.equal([
      {
        id: `ct-aggregate:battles:${DAY_MS}:${Date.UTC(2024, 1, 10) / DAY_MS}`,
        start: new Date(2024, 1, 10).getTime(),
        end: new Date(2024, 1, 11).getTime(),
        eventType: 'battles',
        count: 5,
      },
    ]);
    expect(got.total).to.equal(7);
  });

  it('keeps the object of an event that did not change, so its drawn item stays', async () => {
    const mock = mockFetch(() => jsonResponse(answer()));
    const provider = new HttpQueryProvider({ url: URL_BASE, fetch: mock.fetch });
    const first = await provider.query(february);
    mock.answerWith(() => jsonResponse(answer({ events: [event('a', '2024-02-07'), event('b', '2024-02-09')] })));
    const second = await provider.query(february);
    expect(second.events[0]).to.equal(first.events[0]);
    expect(second.events[1]).not.to.equal(first.events[1]);
    expect(second.events[1]?.event.start).to.equal('2024-02-09');
  });

  it('leaves out and reports the events the validator refuses, and keeps the rest', async () => {
    const hostile = [
      event('good', '2024-02-07', '<img src=x onerror=alert(1)>'),
      { id: 'no-title', start: '2024-02-07' },
      event('bad-date', '2024-02-30'),
      { ...event('proto', '2024-02-07'), __proto__: { polluted: true } },
      event('good', '2024-02-10'),
      { ...event('hidden', '2024-02-07'), category: 'violent-demonstration' },
      event('ct-aggregate:battles:1:2', '2024-02-07'),
      'not an event',
    ];
    const issues: ValidationIssue[] = [];
    const mock = mockFetch(() => jsonResponse(answer({ events: hostile, total: hostile.length })));
    const provider = new HttpQueryProvider({
      url: URL_BASE,
      fetch: mock.fetch,
      onIssues: (found) => issues.push(...found),
    });
    const got = await provider.query({ ...february, hiddenTypes: ['riots'] });
    expect(got.events.map((prepared) => prepared.event.id)).to.deep.equal(['good', 'proto']);
    expect(got.events[0]?.event.title).to.deep.equal({ en: '<img src=x onerror=alert(1)>' });
    expect(got.total).to.equal(2);
    const messages = issues.map((issue) => issue.message).join('\n');
    for (const expected of ['no-title', 'bad-date', 'hidden type', 'count item', 'duplicates'])
      expect(messages).to.include(expected);
  });

  const brokenAnswers: [string, () => Response][] = [
    ['not JSON', () => new Response('<html>oops</html>', { status: 200 })],
    ['another protocol version', () => jsonResponse(answer({ protocol: 2 }))],
    [
      'more events than asked for',
      () => jsonResponse(answer({ events: Array.from({ length: 51 }, (_, i) => event(`e${i}`, '2024-02-07')) })),
    ],
    ['a negative total', () => jsonResponse(answer({ total: -1 }))],
    ['a fractional resolution', () => jsonResponse(answer({ resolution: 0.5 }))],
    ['events that are not a list', () => jsonResponse({ ...answer(), events: { 0: event('a', '2024-02-07') } })],
    [
      'a count of an unknown type',
      () => jsonResponse(answer({ aggregates: [{ type: 'picnics', start: 0, end: DAY_MS, count: 1 } as never] })),
    ],
    [
      'a count off its bucket',
      () => jsonResponse(answer({ aggregates: [{ type: 'battles', start: 5, end: DAY_MS + 5, count: 1 }] })),
    ],
    [
      'a count of a hidden type',
      () => jsonResponse(answer({ aggregates: [{ type: 'riots', start: 0, end: DAY_MS, count: 1 }] })),
    ],
    [
      'the same bucket counted twice',
      () =>
        jsonResponse(
          answer({
            aggregates: [
              { type: 'battles', start: 0, end: DAY_MS, count: 1 },
              { type: 'battles', start: 0, end: DAY_MS, count: 2 },
            ],
          }),
        ),
    ],
    [
      'a zero count',
      () => jsonResponse(answer({ aggregates: [{ type: 'battles', start: 0, end: DAY_MS, count: 0 }] })),
    ],
    [
      'a body larger than the limit',
      () => new Response(JSON.stringify({ ...answer(), padding: 'x'.repeat(5000) }), { status: 200 }),
    ],
  ];
  for (const [name, respond] of brokenAnswers)
    it(`refuses an answer with ${name}`, async () => {
      const provider = new HttpQueryProvider({ url: URL_BASE, fetch: mockFetch(respond).fetch, maxAnswerBytes: 4096 });
      const error = await provider.query({ ...february, hiddenTypes: ['riots'] }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(HttpQueryError);
      expect((error as HttpQueryError).code).to.equal('bad-answer');
    });

  it('refuses, unread, an answer whose declared length is over the limit', async () => {
    let read = false;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          read = true;
          controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    const respond = () => new Response(body, { headers: { 'Content-Length': '99999999' } });
    const provider = new HttpQueryProvider({ url: URL_BASE, fetch: mockFetch(respond).fetch });
    const error = await provider.query(february).catch((e: unknown) => e);
    expect((error as HttpQueryError).code).to.equal('bad-answer');
    expect(read).to.equal(false);
  });

  it('turns a server error into an HttpQueryError with its status, code and message (made printable)', async () => {
    const respond = () =>
      jsonResponse(
        {
          error: {
            status: 400,
            code: 'bad-parameter',
            message: 'maxItems must be between 0 and 2000\u202E',
            parameter: 'maxItems',
          },
        },
        400,
      );
    const provider = new HttpQueryProvider({ url: URL_BASE, fetch: mockFetch(respond).fetch });
    const error = (await provider.query(february).catch((e: unknown) => e)) as HttpQueryError;
    expect(error).to.be.instanceOf(HttpQueryError);
    expect(error.status).to.equal(400);
    expect(error.code).to.equal('bad-parameter');
    expect(error.message).to.equal(
      'The query server answered 400 (bad-parameter): maxItems must be between 0 and 2000\uFFFD',
    );
    const plain = new HttpQueryProvider({
      url: URL_BASE,
      fetch: mockFetch(() => new Response('Bad gateway', { status: 502 })).fetch,
    });
    const gateway = (await plain.query(february).catch((e: unknown) => e)) as HttpQueryError;
    expect([gateway.status, gateway.code]).to.deep.equal([502, 'http-error']);
  });

  it('aborts the request of an aborted query, and rejects with an AbortError', async () => {
    let release: () => void = () => {};
    const mock = mockFetch(
      (_url, signal) =>
        new Promise<Response>((resolve, reject) => {
          release = () => resolve(jsonResponse(answer()));
          signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const provider = new HttpQueryProvider({ url: URL_BASE, fetch: mock.fetch });
    const controller = new AbortController();
    const overtaken = provider.query(february, controller.signal);
    controller.abort();
    expect(isAbortError(await overtaken.catch((e: unknown) => e))).to.equal(true);
    expect(mock.calls[0]?.signal?.aborted).to.equal(true);
    const next = provider.query(february);
    release();
    expect((await next).events).to.have.length(2);
    const already = new AbortController();
    already.abort();
    expect(isAbortError(await provider.query(february, already.signal).catch((e: unknown) => e))).to.equal(true);
    expect(mock.calls).to.have.length(2);
  });

  it('aborts what is in flight when disposed', async () => {
    const mock = mockFetch(
      (_url, signal) =>
        new Promise<Response>((_resolve, reject) =>
          signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    const provider = new HttpQueryProvider({ url: URL_BASE, fetch: mock.fetch });
    const pending = provider.query(february);
    provider.dispose();
    expect(isAbortError(await pending.catch((e: unknown) => e))).to.equal(true);
  });

  it('tells the server’s size and range in local time', async () => {
    const respond = () =>
      jsonResponse({
        protocol: 1,
        size: 1234,
        start: Date.UTC(2014, 0, 1),
        end: Date.UTC(2025, 0, 1),
        limits: { maxItems: 2000, maxSpan: 1e12, timeoutMs: 5000 },
      });
    const provider = new HttpQueryProvider({ url: `${URL_BASE}/`, fetch: mockFetch(respond).fetch });
    expect(provider.size).to.equal(0);
    const info = await provider.info();
    expect(info.start?.getTime()).to.equal(new Date(2014, 0, 1).getTime());
    expect(info.end?.getTime()).to.equal(new Date(2025, 0, 1).getTime());
    expect(info.limits.maxItems).to.equal(2000);
    expect(provider.size).to.equal(1234);
  });
});

describe('<conflict-timeline> with an HttpQueryProvider', () => {
  /** An element showing February 2024 from the provider, connected (not yet drawn). */
  async function mountOn(provider: HttpQueryProvider): Promise<ConflictTimeline> {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 780px"></div>`);
    const element = document.createElement('conflict-timeline');
    element.start = '2024-02-01';
    element.end = '2024-03-01';
    // No events of its own: the server has them.
    element.events = [];
    element.queryProvider = provider;
    wrapper.append(element);
    return element;
  }

  const drawnLabels = (element: ConflictTimeline) =>
    [...(element.shadowRoot?.querySelectorAll('.vis-item-content .ct-item-label') ?? [])].map(
      (node) => node.textContent,
    );

  it('reports a server error through ct-error and keeps what it drew', async () => {
    const mock = mockFetch(() =>
      jsonResponse(answer({ events: [event('a', '2024-02-07', 'Strike on the 7th')], total: 1 })),
    );
    const element = await mountOn(new HttpQueryProvider({ url: URL_BASE, fetch: mock.fetch }));
    await oneEvent(element, 'ct-render');
    expect(drawnLabels(element)).to.deep.equal(['Strike on the 7th']);

    mock.answerWith(() =>
      jsonResponse({ error: { status: 503, code: 'timeout', message: 'The query took longer than 5000 ms.' } }, 503),
    );
    const failed = oneEvent(element, 'ct-error');
    element.setWindow('2023-01-01', '2025-01-01');
    const { detail } = await failed;
    expect(detail.issues.map((issue: { message: string }) => issue.message).join()).to.include(
      'The query server answered 503 (timeout): The query took longer than 5000 ms.',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(drawnLabels(element)).to.deep.equal(['Strike on the 7th']);
    expect(element.shadowRoot?.textContent).to.include('The query server answered 503');
  });

  it('aborts the request of a window that a newer one overtook', async () => {
    const mock = mockFetch(
      (url, signal) =>
        new Promise<Response>((resolve, reject) => {
          signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          // The first window's answer is slow; the others come at once.
          setTimeout(
            () => resolve(jsonResponse(answer())),
            url.searchParams.get('start') === String(Date.UTC(2024, 1, 1)) ? 2000 : 0,
          );
        }),
    );
    const element = await mountOn(new HttpQueryProvider({ url: URL_BASE, fetch: mock.fetch }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const rendered = oneEvent(element, 'ct-render');
    element.setWindow('2024-03-01', '2024-04-01');
    await rendered;
    const first = mock.calls.find((call) => call.url.searchParams.get('start') === String(Date.UTC(2024, 1, 1)));
    expect(first, JSON.stringify(mock.calls.map((call) => call.url.search))).to.exist;
    expect(first?.signal?.aborted).to.equal(true);
    expect(mock.calls.at(-1)?.signal?.aborted).to.equal(false);
  });
});

import { expect } from '@open-wc/testing';
import { fetchEvents } from '../../src/loaders/fetch-source.js';
import { ingestEventsNow } from '../../src/model/ingest.js';
import { MemoryQueryProvider } from '../../src/timeline/lod/memory-provider.js';
import { SourceWorkerProvider } from '../../src/timeline/lod/source-worker-provider.js';
import { cappedIssues, MAX_ISSUES } from '../../src/timeline/lod/source-protocol.js';
import { isAbortError, type WindowAnswer, type WindowQuery } from '../../src/timeline/lod/query.js';
import { DAY } from './helpers.js';

/** The dev server compiles the worker's TypeScript when it is asked for the `.ts` file. */
const startWorker = (): Worker =>
  new Worker(new URL('../../src/timeline/lod/source-worker.ts', import.meta.url), { type: 'module' });

/** A generated ACLED export (test/plugins/generated-csv.js): 1,000 days of 2017–2019, battles and air strikes. */
const generatedUrl = (rows: number, chunks = 1, delay = 0) =>
  new URL(`/__generated__/acled.csv?rows=${rows}&chunks=${chunks}&delay=${delay}`, location.href).href;

const QUERIES: WindowQuery[] = [
  // The whole span, too dense: counts.
  { start: new Date(2016, 0, 1).getTime(), end: new Date(2020, 0, 1).getTime(), maxItems: 75, resolution: 30 * DAY },
  // A fortnight: events one by one.
  { start: new Date(2018, 2, 1).getTime(), end: new Date(2018, 2, 15).getTime(), maxItems: 75, resolution: DAY },
  // Air strikes hidden.
  {
    start: new Date(2017, 5, 1).getTime(),
    end: new Date(2017, 8, 1).getTime(),
    maxItems: 500,
    resolution: 7 * DAY,
    hiddenTypes: ['explosions-remote-violence'],
  },
];

const comparable = (answer: WindowAnswer) => ({
  ids: answer.events.map((prepared) => prepared.event.id),
  aggregates: answer.aggregates,
  total: answer.total,
});

describe('SourceWorkerProvider: a src loaded, validated and indexed in a worker', () => {
  it('answers as the in-memory index of the same file does, and says what it holds', async () => {
    const url = generatedUrl(3000);
    const read = await fetchEvents(url, new AbortController().signal);
    const here = ingestEventsNow(read.events);
    const memory = new MemoryQueryProvider(here.events);
    const worker = new SourceWorkerProvider(startWorker);
    try {
      const loaded = await worker.load(url, { format: 'auto', lang: 'en' });
      expect(loaded.count).to.equal(3000);
      expect(worker.size).to.equal(3000);
      expect(loaded.summary.types).to.deep.equal(here.summary.types);
      expect(loaded.summary.precisionKinds()).to.deep.equal(here.summary.precisionKinds());
      expect(worker.extent).to.deep.equal(memory.extent);
      for (const q of QUERIES) {
        const [expected, got] = await Promise.all([memory.query(q), worker.query(q)]);
        expect(comparable(got)).to.deep.equal(comparable(expected));
        // What arrives is a drawable event: validated, its dates parsed.
        for (const prepared of got.events) expect(prepared.start.year).to.be.within(2017, 2019);
      }
    } finally {
      worker.dispose();
    }
  });

  it('keeps the object of an event that stays in the next answer (its drawn item is reused)', async () => {
    const worker = new SourceWorkerProvider(startWorker);
    try {
      await worker.load(generatedUrl(400), { format: 'auto', lang: 'en' });
      // The file's 400 days run from 1 January 2017.
      const q = { ...QUERIES[1]!, start: new Date(2017, 2, 1).getTime(), end: new Date(2017, 2, 15).getTime() };
      const first = await worker.query(q);
      const second = await worker.query({ ...q, end: q.end + DAY });
      const shared = first.events.filter((prepared) => second.events.includes(prepared));
      expect(first.events.length).to.be.greaterThan(0);
      expect(shared.length).to.equal(first.events.length);
    } finally {
      worker.dispose();
    }
  });

  it('tells the progress of a long load, then the count', async () => {
    const worker = new SourceWorkerProvider(startWorker);
    const rows: number[] = [];
    try {
      const loaded = await worker.load(generatedUrl(20000, 8, 150), {
        format: 'auto',
        lang: 'en',
        onProgress: (progress) => rows.push(progress.rows),
      });
      expect(rows.length).to.be.greaterThan(1);
      expect(rows.some((count) => count > 0 && count < 20000)).to.equal(true);
      expect(loaded.count).to.equal(20000);
    } finally {
      worker.dispose();
    }
  });

  it('reports a file that cannot be loaded as an issue, and answers with nothing', async () => {
    const worker = new SourceWorkerProvider(startWorker);
    try {
      const loaded = await worker.load(new URL('./no-such-file.json', import.meta.url).href, {
        format: 'auto',
        lang: 'en',
      });
      expect(loaded.count).to.equal(0);
      expect(loaded.issues.map((issue) => issue.message).join(' ')).to.contain('HTTP 404');
      expect(await worker.query(QUERIES[0]!)).to.deep.equal({ events: [], aggregates: [], total: 0 });
    } finally {
      worker.dispose();
    }
  });

  it('dispose() rejects a load under way with an AbortError', async () => {
    const worker = new SourceWorkerProvider(startWorker);
    const loading = worker.load(generatedUrl(5000, 10, 200), { format: 'auto', lang: 'en' });
    worker.dispose();
    let error: unknown;
    await loading.catch((caught: unknown) => (error = caught));
    expect(isAbortError(error)).to.equal(true);
  });
});

describe('cappedIssues', () => {
  it('keeps the first MAX_ISSUES issues and says how many more there were', () => {
    const issues = Array.from({ length: MAX_ISSUES + 50 }, (_, index) => ({
      index,
      field: 'start',
      message: `bad ${index}`,
      severity: 'error' as const,
    }));
    const capped = cappedIssues(issues);
    expect(capped.length).to.equal(MAX_ISSUES + 1);
    expect(capped[MAX_ISSUES - 1]).to.equal(issues[MAX_ISSUES - 1]);
    expect(capped[MAX_ISSUES]!.message).to.contain('50 more issues');
    expect(cappedIssues(issues.slice(0, 3))).to.deep.equal(issues.slice(0, 3));
  });
});

/** A worker that records what it is sent and answers only when the test says. */
class FakeWorker extends EventTarget {
  readonly sent: { kind: string; events?: unknown[]; last?: boolean }[] = [];
  postMessage(message: { kind: string; events?: unknown[]; last?: boolean }): void {
    this.sent.push(message);
  }
  terminate(): void {}
  /** Parts of events sent so far. */
  get parts(): number {
    return this.sent.filter((message) => message.kind === 'events').length;
  }
  say(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('SourceWorkerProvider.loadEvents', () => {
  it('stays at most four parts ahead of what the worker validated, then sends the rest as it catches up', async () => {
    const fake = new FakeWorker();
    const provider = new SourceWorkerProvider(fake as unknown as Worker);
    const events = Array.from({ length: 20_000 }, (_, i) => ({ id: `e${i}` }));
    const loaded = provider.loadEvents(events);
    await settle();
    // 8,000 events sent, none validated: the page waits (the worker can start meanwhile).
    expect(fake.parts).to.equal(4);
    fake.say({ kind: 'progress', progress: { rows: 2000, bytes: 0 } });
    await settle();
    expect(fake.parts).to.equal(5);
    fake.say({ kind: 'progress', progress: { rows: 12_000, bytes: 0 } });
    await settle();
    expect(fake.parts).to.equal(10);
    expect(fake.sent.at(-1)?.last).to.equal(true);
    const summary = { present: 0, kindsByType: [], first: 0, last: 0, count: 0 };
    fake.say({ kind: 'loaded', count: 20_000, issues: [], summary });
    expect((await loaded).count).to.equal(20_000);
  });

  it('stops sending when a newer load replaces the one waiting for the worker', async () => {
    const fake = new FakeWorker();
    const provider = new SourceWorkerProvider(fake as unknown as Worker);
    const first = provider.loadEvents(Array.from({ length: 20_000 }, (_, i) => ({ id: `old${i}` })));
    first.catch(() => undefined);
    await settle();
    expect(fake.parts).to.equal(4);
    provider.loadEvents(Array.from({ length: 3000 }, (_, i) => ({ id: `new${i}` }))).catch(() => undefined);
    await settle();
    fake.say({ kind: 'progress', progress: { rows: 20_000, bytes: 0 } });
    await settle();
    const ids = fake.sent.flatMap((message) => (message.events ?? []) as { id: string }[]).map((event) => event.id);
    expect(ids.filter((id) => id.startsWith('old'))).to.have.lengthOf(8000);
    expect(ids.filter((id) => id.startsWith('new'))).to.have.lengthOf(3000);
    provider.dispose();
  });
});

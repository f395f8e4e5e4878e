import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MemoryQueryProvider } from '../../src/timeline/lod/memory-provider.js';
import { WorkerQueryProvider } from '../../src/timeline/lod/worker-provider.js';
import { createQueryWorker } from '../../src/timeline/lod/create-query-worker.js';
import { createQueryHandler, type FromWorker } from '../../src/timeline/lod/query-protocol.js';
import { columnsOf } from '../../src/timeline/lod/time-index.js';
import { isAbortError, type WindowQuery } from '../../src/timeline/lod/query.js';
import { DAY, eventsArbitrary, preparedEvent, queryArbitrary } from './helpers.js';

/**
 * The dev server compiles the TypeScript source when it is asked for the `.ts` file; a bundler
 * (Vite, rollup with the worker as an input) makes the `.js` that `createQueryWorker` asks for.
 */
const startWorker = (): Worker =>
  new Worker(new URL('../../src/timeline/lod/query-worker.ts', import.meta.url), { type: 'module' });

describe('WorkerQueryProvider', () => {
  it('gives the same answers as the memory provider, with the caller’s own event objects', async () => {
    const samples = fc.sample(
      fc.tuple(eventsArbitrary(300), fc.array(queryArbitrary, { minLength: 1, maxLength: 8 })),
      { numRuns: 15, seed: 42 },
    );
    for (const [events, queries] of samples) {
      const memory = new MemoryQueryProvider(events);
      const worker = new WorkerQueryProvider(events, startWorker);
      try {
        expect(worker.size).to.equal(events.length);
        for (const q of queries) {
          const [expected, got] = await Promise.all([memory.query(q), worker.query(q)]);
          expect(got).to.deep.equal(expected);
          got.events.forEach((prepared, i) => expect(prepared).to.equal(expected.events[i]));
        }
      } finally {
        worker.dispose();
      }
    }
  });

  it('rejects an aborted query with an AbortError and still answers the next one', async () => {
    const events = Array.from({ length: 100 }, (_, i) => preparedEvent(`e${i}`, i * DAY, (i + 1) * DAY));
    const provider = new WorkerQueryProvider(events, startWorker());
    try {
      const q: WindowQuery = { start: 0, end: 100 * DAY, margin: 0, maxItems: 1000, resolution: DAY };
      const controller = new AbortController();
      const stale = provider.query(q, controller.signal);
      controller.abort();
      const fresh = provider.query({ ...q, end: 10 * DAY });
      expect(isAbortError(await stale.catch((e: unknown) => e))).to.equal(true);
      expect((await fresh).total).to.equal(10);
    } finally {
      provider.dispose();
    }
  });

  it('fails every query, instead of hanging, when the worker cannot start', async () => {
    const provider = new WorkerQueryProvider(
      [preparedEvent('a', 0, DAY)],
      () => new Worker(new URL('./no-such-worker.js', import.meta.url), { type: 'module' }),
    );
    try {
      const error = await provider.query({ start: 0, end: DAY, maxItems: 1, resolution: DAY }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(Error);
      expect(isAbortError(error)).to.equal(false);
    } finally {
      provider.dispose();
    }
  });

  it('rejects pending queries when disposed', async () => {
    const provider = new WorkerQueryProvider([preparedEvent('a', 0, DAY)], startWorker);
    const pending = provider.query({ start: 0, end: DAY, maxItems: 1, resolution: DAY });
    provider.dispose();
    expect(isAbortError(await pending.catch((e: unknown) => e))).to.equal(true);
  });

  it('createQueryWorker asks for query-worker.js next to its module', async () => {
    // Under the dev server that file exists only as TypeScript: either it is served compiled, or
    // the worker fails to load; both must end in an answer or an error, never a hang.
    const provider = new WorkerQueryProvider([preparedEvent('a', 0, DAY)], createQueryWorker);
    try {
      const outcome = await provider.query({ start: 0, end: DAY, maxItems: 1, resolution: DAY }).then(
        (answer) => `answered ${answer.total}`,
        (error: unknown) => `failed: ${String(error)}`,
      );
      console.log(`createQueryWorker under the dev server: ${outcome}`);
      expect(outcome).to.match(/^(answered 1|failed)/);
    } finally {
      provider.dispose();
    }
  });
});

describe('createQueryHandler (the worker side)', () => {
  it('skips a query cancelled before its turn', () => {
    const posted: FromWorker[] = [];
    const tasks: (() => void)[] = [];
    const handle = createQueryHandler(
      (message) => posted.push(message),
      (task) => tasks.push(task),
    );
    handle({ kind: 'index', columns: columnsOf([preparedEvent('a', 0, DAY)]) });
    const query = { start: 0, end: DAY, maxItems: 1, resolution: DAY };
    handle({ kind: 'query', id: 1, query });
    handle({ kind: 'query', id: 2, query });
    handle({ kind: 'cancel', id: 1 });
    expect(tasks).to.have.length(1);
    tasks.forEach((task) => task());
    expect(posted.map((message) => [message.kind, message.id])).to.deep.equal([['answer', 2]]);
  });

  it('answers "failed" before the index arrives', () => {
    const posted: FromWorker[] = [];
    const handle = createQueryHandler(
      (message) => posted.push(message),
      (task) => task(),
    );
    handle({ kind: 'query', id: 7, query: { start: 0, end: DAY, maxItems: 1, resolution: DAY } });
    expect(posted[0]).to.include({ kind: 'failed', id: 7 });
  });
});

import { expect } from '@open-wc/testing';
import { createSourceHandler, type FromSourceWorker } from '../../src/timeline/lod/source-protocol.js';
import { EventsValidation } from '../../src/model/validate.js';

/** The source worker's handler, run in the page: what it posts, and a way to wait for a message. */
function handler() {
  const posted: FromSourceWorker[] = [];
  const handle = createSourceHandler((message) => void posted.push(message));
  const until = async (found: () => boolean, what: string): Promise<void> => {
    for (let tries = 0; !found(); tries++) {
      if (tries > 300) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  return { posted, handle, until };
}

const entry = (index: number): string =>
  JSON.stringify({
    id: `e${index}`,
    start: `2024-02-${String((index % 28) + 1).padStart(2, '0')}`,
    title: { en: `Event ${index}` },
  });

describe('createSourceHandler: a src read and validated in the same pass', () => {
  const realFetch = window.fetch;
  const realStep = EventsValidation.prototype.step;
  afterEach(() => {
    window.fetch = realFetch;
    EventsValidation.prototype.step = realStep;
  });

  it('validates the events it has read while the rest of the file is still coming', async () => {
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
    window.fetch = async () => new Response(body, { headers: { 'Content-Type': 'application/json' } });
    let validated = 0;
    EventsValidation.prototype.step = function (this: EventsValidation, count: number) {
      realStep.call(this, count);
      validated = this.count;
    };
    const { posted, handle, until } = handler();
    const encode = (text: string) => new TextEncoder().encode(text);
    // More than a batch (5,000 rows), which the reader hands out before the body ends.
    controller.enqueue(encode(`[${Array.from({ length: 6000 }, (_, i) => entry(i)).join(',')},`));
    handle({ kind: 'load', url: new URL('/arriving.json', location.href).href, format: 'auto', lang: 'en' });

    await until(() => validated > 0, 'the first events to be validated before the body ends');
    expect(validated).to.be.within(1, 6000);
    controller.enqueue(encode(`${entry(6000)}, {"id": "e3", "start": "2024-02-04", "title": {"en": "again"}}]`));
    controller.close();
    await until(() => posted.some((message) => message.kind === 'loaded'), 'the load to end');

    const loaded = posted.find((message) => message.kind === 'loaded');
    expect(loaded && loaded.kind === 'loaded' && loaded.count).to.equal(6001);
    // Positions run on across the batches: the duplicate is the file's last entry.
    const issues = loaded && loaded.kind === 'loaded' ? loaded.issues : [];
    expect(issues.map((issue) => [issue.index, issue.field])).to.deep.equal([[6001, 'id']]);
  });

  it('keeps none of the events validated before the file turned out to be unreadable', async () => {
    window.fetch = async () =>
      new Response(`[${Array.from({ length: 300 }, (_, i) => entry(i)).join(',')}, {"id": oops}]`, {
        headers: { 'Content-Type': 'application/json' },
      });
    const { posted, handle, until } = handler();
    handle({ kind: 'load', url: new URL('/broken.json', location.href).href, format: 'auto', lang: 'en' });
    await until(() => posted.some((message) => message.kind === 'loaded'), 'the load to end');
    const loaded = posted.find((message) => message.kind === 'loaded');
    expect(loaded && loaded.kind === 'loaded' && loaded.count).to.equal(0);
    const issues = loaded && loaded.kind === 'loaded' ? loaded.issues : [];
    expect(issues.map((issue) => issue.message).join(' ')).to.match(/the JSON is invalid/);
  });
});

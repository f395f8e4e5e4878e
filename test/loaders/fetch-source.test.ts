import { expect } from '@open-wc/testing';
import { detectFormat } from '../../src/loaders/detect.js';
import { fetchEvents } from '../../src/loaders/fetch-source.js';
import { loadFromText } from '../../src/loaders/load-text.js';
import { fixtureText, fixtureUrl, records } from './helpers.js';

/** A signal nobody aborts. */
const live = (): AbortSignal => new AbortController().signal;

describe('detectFormat', () => {
  it('tells the formats apart from the text itself', async () => {
    expect(detectFormat(await fixtureText('conflict-events.json'))).to.equal('conflict-json');
    expect(detectFormat('[]')).to.equal('conflict-json');
    expect(detectFormat(await fixtureText('timelinejs.json'))).to.equal('timelinejs-json');
    expect(detectFormat('{"title": {"text": {"headline": "T"}}, "events": []}')).to.equal('timelinejs-json');
    expect(detectFormat(await fixtureText('timelinejs.csv'))).to.equal('timelinejs-csv');
    expect(detectFormat(await fixtureText('not-events.html'))).to.equal('unknown');
  });

  it('lets the content type decide only what the text leaves open', () => {
    expect(detectFormat('[]', 'text/html')).to.equal('conflict-json');
    expect(detectFormat('Headline,Text\n', 'text/csv')).to.equal('timelinejs-csv');
    expect(detectFormat('Headline,Text\n')).to.equal('unknown');
    expect(detectFormat('not json', 'application/json')).to.equal('unknown');
    expect(detectFormat('{"no": "events"}', 'application/json')).to.equal('unknown');
  });
});

describe('loadFromText', () => {
  it('imports whichever format it detects', () => {
    expect(records(loadFromText('Year,Headline\n2014,A\n').events)[0]).to.include({ start: '2014' });
    expect(loadFromText('[{"id": "x"}]').events).to.deep.equal([{ id: 'x' }]);
  });

  it('explains what it could not read', () => {
    const { events, issues } = loadFromText('{"events": [');
    expect(events).to.deep.equal([]);
    expect(issues[0]?.message).to.match(/^The events could not be read: the JSON is invalid \(.+\)\.$/);
  });
});

describe('fetchEvents', () => {
  it('loads conflict JSON by relative URL', async () => {
    const { events, issues } = await fetchEvents(fixtureUrl('conflict-events.json'), live());
    expect(issues).to.deep.equal([]);
    expect(records(events).map((event) => event.id)).to.deep.equal(['coalition', 'talks']);
  });

  it('loads TimelineJS JSON and CSV, in the language asked for', async () => {
    const json = await fetchEvents(fixtureUrl('timelinejs.json'), live(), { lang: 'ar' });
    expect(records(json.events)[0]?.title).to.deep.equal({ ar: 'Mosul falls to ISIS' });
    const csv = await fetchEvents(fixtureUrl('timelinejs.csv'), live());
    expect(records(csv.events)).to.have.length(5);
  });

  it('reports an HTTP error status', async () => {
    const url = fixtureUrl('missing.json');
    const { events, issues } = await fetchEvents(url, live());
    expect(events).to.deep.equal([]);
    expect(issues).to.deep.equal([
      { index: -1, field: 'src', severity: 'error', message: `Could not load events from ${url}: HTTP 404.` },
    ]);
  });

  it('reports a network error', async () => {
    const { issues } = await fetchEvents('http://127.0.0.1:9/events.json', live());
    expect(issues).to.have.length(1);
    expect(issues[0]?.message).to.match(
      /^Could not load events from http:\/\/127\.0\.0\.1:9\/events\.json: the request failed/,
    );
  });

  it('refuses addresses that are not http(s) without fetching', async () => {
    for (const url of ['javascript:alert(1)', 'data:application/json,[]']) {
      const { events, issues } = await fetchEvents(url, live());
      expect(events).to.deep.equal([]);
      expect(issues[0]?.message).to.equal(
        `Could not load events from ${url}: only http and https addresses are allowed.`,
      );
    }
  });

  it('reports an HTML page, but reads JSON whatever its content type', async () => {
    const page = await fetchEvents(fixtureUrl('not-events.html'), live());
    expect(page.events).to.deep.equal([]);
    expect(page.issues[0]?.message).to.contain('its content type is text/html');
    const asHtml = await fetchEvents(fixtureUrl('events-served-as-html.html'), live());
    expect(asHtml.issues).to.deep.equal([]);
    expect(records(asHtml.events)[0]?.id).to.equal('served-as-html');
    const asText = await fetchEvents(fixtureUrl('events-as-text.txt'), live());
    expect(records(asText.events)[0]?.id).to.equal('served-as-text');
  });

  it('reports invalid JSON, whatever the content type', async () => {
    const { events, issues } = await fetchEvents(fixtureUrl('broken-json.txt'), live());
    expect(events).to.deep.equal([]);
    expect(issues[0]?.message).to.match(/broken-json\.txt: the JSON is invalid \(.+\)\.$/);
  });

  it('reads a JSON list entry by entry when asked (streamJson), never parsing the whole text', async () => {
    const whole = await fixtureText('conflict-events.json');
    const original = JSON.parse;
    const parsed: string[] = [];
    JSON.parse = (text: string, ...rest: [never?]) => (parsed.push(text), original(text, ...rest) as unknown);
    let streamed;
    try {
      streamed = await fetchEvents(fixtureUrl('conflict-events.json'), live(), { streamJson: true });
    } finally {
      JSON.parse = original;
    }
    expect(streamed.issues).to.deep.equal([]);
    expect(streamed.events).to.deep.equal((await fetchEvents(fixtureUrl('conflict-events.json'), live())).events);
    expect(parsed).to.not.include(whole);
    expect(parsed.length).to.be.above(0);
  });

  it('hands the events to onEvents as they are read, each once and in order, whichever way it reads', async () => {
    for (const streamJson of [true, false]) {
      for (const file of ['conflict-events.json', 'timelinejs.csv']) {
        const batches: (readonly unknown[])[] = [];
        const result = await fetchEvents(fixtureUrl(file), live(), {
          streamJson,
          onEvents: (events) => void batches.push([...events]),
        });
        expect(result.events.length, file).to.be.above(0);
        expect(batches.flat(), `${file}, streamJson: ${streamJson}`).to.deep.equal(result.events);
      }
    }
  });

  it('hands out a streamed list in batches as its body arrives, before the body ends', async () => {
    const realFetch = window.fetch;
    const entry = (index: number) => JSON.stringify({ id: `e${index}`, start: '2024-02-07', title: { en: 'x' } });
    const encode = (text: string) => new TextEncoder().encode(text);
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
    window.fetch = async () => new Response(body, { headers: { 'Content-Type': 'application/json' } });
    const seen: number[] = [];
    try {
      // More than a batch (5,000 rows): the reader hands out a batch at a time.
      controller.enqueue(encode(`[${Array.from({ length: 6000 }, (_, i) => entry(i)).join(',')},`));
      const reading = fetchEvents('/arriving.json', live(), {
        streamJson: true,
        onEvents: (events) => void seen.push(events.length),
      });
      // The first entries are handed out while the body has not ended.
      for (let tries = 0; seen.length === 0 && tries < 100; tries++) await new Promise((r) => setTimeout(r, 10));
      expect(seen.reduce((a, b) => a + b, 0)).to.be.within(1, 6000);
      controller.enqueue(encode(`${entry(6000)}]`));
      controller.close();
      const result = await reading;
      expect(result.events).to.have.length(6001);
      expect(seen.reduce((a, b) => a + b, 0)).to.equal(6001);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('reports invalid JSON read entry by entry as it reports it read whole', async () => {
    const { events, issues } = await fetchEvents(fixtureUrl('broken-json.txt'), live(), { streamJson: true });
    expect(events).to.deep.equal([]);
    expect(issues).to.have.length(1);
    expect(issues[0]?.message).to.match(/broken-json\.txt: the JSON is invalid \(.+\)\.$/);
  });

  it('rejects with the AbortError when aborted mid-flight', async () => {
    const controller = new AbortController();
    const loading = fetchEvents(fixtureUrl('timelinejs.json'), controller.signal);
    controller.abort();
    let rejection: unknown;
    try {
      await loading;
    } catch (error) {
      rejection = error;
    }
    expect(rejection).to.be.instanceOf(DOMException);
    expect((rejection as DOMException).name).to.equal('AbortError');
  });
});

describe('conflict data sets', () => {
  it('detects ACLED and UCDP GED files by their header', async () => {
    expect(detectFormat(await fixtureText('acled.csv'))).to.equal('acled-csv');
    expect(detectFormat(await fixtureText('acled-website.csv'))).to.equal('acled-csv');
    expect(detectFormat(await fixtureText('ucdp-ged.csv'))).to.equal('ucdp-ged-csv');
    // The header decides, not the content type.
    expect(detectFormat(await fixtureText('ucdp-ged.csv'), 'application/json')).to.equal('ucdp-ged-csv');
  });

  it('fetches ACLED and UCDP GED files, reporting bad rows and keeping good ones', async () => {
    const acled = await fetchEvents(fixtureUrl('acled.csv'), live());
    expect(acled.events).to.have.length(7);
    expect(acled.issues.filter((issue) => issue.severity === 'error')).to.have.length(6);
    expect(acled.decisions?.length).to.be.above(3);
    const ged = await fetchEvents(fixtureUrl('ucdp-ged.csv'), live());
    expect(records(ged.events).map((event) => event.id)).to.include.members(['244001', '244009']);
  });

  it('stores ACLED texts as English whatever language is asked for', async () => {
    const { events } = await fetchEvents(fixtureUrl('acled.csv'), live(), { lang: 'ar' });
    expect(records(events)[0]?.title).to.deep.equal({ en: 'Armed clash, Mosul' });
  });

  it('reads the format asked for instead of the one detected', async () => {
    const asked = await fetchEvents(fixtureUrl('timelinejs.csv'), live(), { format: 'ucdp-ged-csv' });
    expect(asked.events).to.deep.equal([]);
    expect(asked.issues[0]?.message).to.match(/^The UCDP GED file has no "id", "type_of_violence", /);
    const auto = await fetchEvents(fixtureUrl('acled.csv'), live(), { format: 'auto' });
    expect(auto.events).to.have.length(7);
  });

  it('calls onProgress with rows and bytes, ending with the whole file', async () => {
    const text = await fixtureText('ucdp-ged.csv');
    const seen: { rows: number; bytes: number; totalBytes?: number }[] = [];
    await fetchEvents(fixtureUrl('ucdp-ged.csv'), live(), { onProgress: (progress) => seen.push(progress) });
    const bytes = new TextEncoder().encode(text).length;
    expect(seen.at(-1)).to.deep.include({ rows: 15, bytes });
    expect(seen.at(-1)?.totalBytes === undefined || seen.at(-1)?.totalBytes === bytes).to.equal(true);
  });

  it('reports progress for JSON too, with the number of events once parsed', async () => {
    const seen: { rows: number }[] = [];
    await fetchEvents(fixtureUrl('conflict-events.json'), live(), { onProgress: (progress) => seen.push(progress) });
    expect(seen.at(-1)?.rows).to.equal(2);
  });
});

describe('fetchEvents while a CSV arrives', () => {
  it('rejects with the AbortError when aborted mid-body, and cancels the body', async () => {
    const realFetch = window.fetch;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('Year,Headline\n2014,A\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    window.fetch = async () => new Response(body, { headers: { 'Content-Type': 'text/csv' } });
    const controller = new AbortController();
    let rejection: unknown;
    try {
      await fetchEvents('/slow.csv', controller.signal, {
        onProgress: (progress) => {
          if (progress.bytes > 0) controller.abort();
        },
      });
    } catch (error) {
      rejection = error;
    } finally {
      window.fetch = realFetch;
    }
    expect((rejection as DOMException).name).to.equal('AbortError');
    expect(cancelled).to.equal(true);
  });
});

import { expect } from '@open-wc/testing';
import { importAcledCsv } from '../../src/loaders/csv-events.js';
import { importStream, utf8Length, type ImportBatch, type StreamChunk } from '../../src/loaders/event-stream.js';
import { importJsonText } from '../../src/loaders/json-import.js';
import { fixtureText } from './helpers.js';

/** A web stream handing out `chunks` one at a time. */
function streamOf(chunks: readonly StreamChunk[]): ReadableStream<StreamChunk> {
  let next = 0;
  return new ReadableStream<StreamChunk>({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
  });
}

/** `bytes` cut into pieces of `size`. */
function piecesOf(bytes: Uint8Array, size: number): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size));
  return pieces;
}

async function collect(batches: AsyncIterable<ImportBatch>): Promise<ImportBatch[]> {
  const all: ImportBatch[] = [];
  for await (const batch of batches) all.push(batch);
  return all;
}

describe('importStream', () => {
  it('reads an ACLED file arriving in 7-byte pieces exactly as the whole text', async () => {
    const text = await fixtureText('acled.csv');
    const bytes = new TextEncoder().encode(text);
    const batches = await collect(importStream(streamOf(piecesOf(bytes, 7)), { batchRows: 2 }));
    const whole = importAcledCsv(text);
    expect(batches.flatMap((batch) => batch.events)).to.deep.equal(whole.events);
    expect(batches.flatMap((batch) => batch.issues)).to.deep.equal(whole.issues);
    expect(batches.at(-1)?.decisions).to.deep.equal(whole.decisions);
    expect(batches.every((batch) => batch.format === 'acled-csv')).to.equal(true);
    // Handed out in batches as it went, with the record index of every event.
    expect(batches.length).to.be.above(3);
    expect(batches.flatMap((batch) => batch.recordIndexes)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
  });

  it('decodes UTF-8 split inside a character, and counts bytes, not characters', async () => {
    const text = 'Year,Headline\n2014,سقوط الموصل 😀\n';
    const bytes = new TextEncoder().encode(text);
    const batches = await collect(importStream(streamOf(piecesOf(bytes, 1))));
    const last = batches.at(-1);
    expect(batches.flatMap((batch) => batch.events)).to.have.length(1);
    expect(JSON.stringify(batches[0]?.events[0] ?? last?.events[0])).to.contain('سقوط الموصل 😀');
    expect(last?.progress).to.deep.equal({ rows: 1, bytes: bytes.length });
    expect(utf8Length(text)).to.equal(bytes.length);
  });

  it('reports rows and bytes as it goes, with the total when known', async () => {
    const header = 'Year,Headline\n';
    const rows = Array.from({ length: 30 }, (_, index) => `${2000 + index},Event ${index}\n`);
    const text = header + rows.join('');
    const batches = await collect(
      importStream(streamOf([header, ...rows]), { batchRows: 10, totalBytes: text.length }),
    );
    expect(batches.map((batch) => batch.progress.rows)).to.deep.equal([10, 20, 30, 30]);
    expect(batches.at(-1)?.progress).to.deep.equal({ rows: 30, bytes: text.length, totalBytes: text.length });
    expect(batches.map((batch) => batch.done)).to.deep.equal([false, false, false, true]);
  });

  it('reads a Node-style async iterable of strings as well', async () => {
    async function* lines() {
      yield '[{"id": "a", "start": "2014", ';
      yield '"title": {"en": "A"}}]';
    }
    const [batch] = await collect(importStream(lines()));
    expect(batch).to.deep.include({ format: 'conflict-json', recordIndexes: [0], done: true });
    expect(batch?.events).to.deep.equal([{ id: 'a', start: '2014', title: { en: 'A' } }]);
  });

  it('hands out a JSON list of events entry by entry as it arrives, not at the end', async () => {
    const events = Array.from({ length: 30 }, (_, index) => ({ id: `e${index}`, start: '2014', title: { en: 'x' } }));
    const text = JSON.stringify({ events, note: 'after the list' });
    const batches = await collect(importStream(streamOf([...text]), { batchRows: 10 }));
    expect(batches.map((batch) => batch.events.length)).to.deep.equal([10, 10, 10, 0]);
    expect(batches.flatMap((batch) => batch.events)).to.deep.equal(events);
    expect(batches.flatMap((batch) => batch.recordIndexes)).to.deep.equal(events.map((_, index) => index));
    expect(batches.at(-1)).to.deep.include({ format: 'conflict-json', done: true });
    expect(batches.at(-1)?.progress.rows).to.equal(30);
  });

  it('imports TimelineJS JSON whole, as the whole-text importer does', async () => {
    const text = await fixtureText('timelinejs.json');
    const batches = await collect(importStream(streamOf(piecesOf(new TextEncoder().encode(text), 11))));
    const whole = importJsonText(text);
    expect(batches.at(-1)?.format).to.equal('timelinejs-json');
    expect(batches.flatMap((batch) => batch.events)).to.deep.equal(whole.events);
    expect(batches.flatMap((batch) => batch.issues)).to.deep.equal(whole.issues);
  });

  it('ends with an unreadable batch when the JSON breaks after entries were handed out', async () => {
    const good = Array.from({ length: 5 }, (_, index) => JSON.stringify({ id: `e${index}` })).join(',');
    const batches = await collect(importStream(streamOf(['[', good, ',{"id": "broken",}', ']']), { batchRows: 1 }));
    expect(batches.flatMap((batch) => batch.events)).to.have.length(5);
    expect(batches.at(-1)?.unreadable).to.match(/^the JSON is invalid \(.+\)$/);
    expect(batches.at(-1)?.done).to.equal(true);
  });

  it('reads the format asked for, whatever the text looks like', async () => {
    const sheet = 'Year,Headline\n2014,A\n';
    const [asAcled] = await collect(importStream(streamOf([sheet]), { format: 'acled-csv' }));
    expect(asAcled?.format).to.equal('acled-csv');
    expect(asAcled?.issues[0]?.message).to.match(/^The ACLED file has no "event_id_cnty", "event_date", /);
    const [asJson] = await collect(importStream(streamOf(['[]']), { format: 'timelinejs-json' }));
    expect(asJson).to.deep.include({ format: 'timelinejs-json', events: [] });
  });

  it('ends with an unreadable batch for a text in no format it reads, and stops reading', async () => {
    let pulled = 0;
    const stream = new ReadableStream<string>({
      pull(controller) {
        pulled++;
        controller.enqueue(pulled === 1 ? '<!doctype html>\n<p>Not events</p>\n' : 'more\n');
        if (pulled === 50) controller.close();
      },
    });
    const batches = await collect(importStream(stream, { contentType: 'text/html' }));
    expect(batches).to.have.length(1);
    expect(batches[0]).to.deep.include({ format: 'unknown', done: true, events: [] });
    expect(batches[0]?.unreadable).to.contain('its content type is text/html');
    expect(pulled).to.be.below(5);
  });

  it('throws the abort reason and cancels the stream when aborted', async () => {
    let cancelled: unknown;
    const controller = new AbortController();
    const stream = new ReadableStream<string>({
      start(source) {
        source.enqueue('Year,Headline\n');
      },
      pull(source) {
        source.enqueue('2014,A\n');
      },
      cancel(reason) {
        cancelled = reason;
      },
    });
    let rejection: unknown;
    try {
      for await (const batch of importStream(stream, { signal: controller.signal, batchRows: 1 })) {
        if (batch.progress.rows >= 3) controller.abort();
      }
    } catch (error) {
      rejection = error;
    }
    expect((rejection as DOMException).name).to.equal('AbortError');
    expect((cancelled as DOMException).name).to.equal('AbortError');
  });

  it('gives the page turns while parsing a long stream on the main thread, even within one big chunk', async () => {
    // Long notes: many slices of text for few rows, so the reading (not the mapping) is measured.
    const row = `IRQ1,2017-07-09,2017,1,,Battles,Armed clash,A,,1,,,,,,368,,Iraq,Ninewa,,,Mosul,36.3,43.1,1,Rudaw,,"${'a, b '.repeat(400)}",0,,\n`;
    const header = `${'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp'}\n`;
    // One chunk of 300 rows (about 640 KB), as a browser may hand over a fast local response.
    const pieces = [header + row.repeat(300)];
    // The CSV readers loaded first, so that only the parsing is counted.
    await collect(importStream(streamOf([header])));
    // Counted, not timed: the tasks the parse is cut into are the page's turns. With no budget
    // left after each slice, a pause (a macrotask) follows every slice of the one chunk: about ten
    // for 640 KB. Read whole, the chunk would be one task, with one pause after it.
    const realSetTimeout = window.setTimeout;
    let pauses = 0;
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
      if (!delay) pauses++;
      return realSetTimeout(handler, delay, ...rest);
    }) as typeof window.setTimeout;
    let rows = 0;
    try {
      for await (const batch of importStream(streamOf(pieces), { taskBudgetMs: 0 })) rows = batch.progress.rows;
    } finally {
      window.setTimeout = realSetTimeout;
    }
    expect(rows).to.equal(300);
    expect(pauses, 'turns given while parsing the one chunk').to.be.at.least(8);
  });
});

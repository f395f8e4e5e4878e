import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importAcledCsv, importUcdpGedCsv } from '../../src/loaders/csv-events.js';
import { importStream, type ImportBatch } from '../../src/loaders/event-stream.js';

const fixture = (name: string) => fileURLToPath(new URL(`../loaders/fixtures/${name}`, import.meta.url));

async function collect(batches: AsyncIterable<ImportBatch>): Promise<ImportBatch[]> {
  const all: ImportBatch[] = [];
  for await (const batch of batches) all.push(batch);
  return all;
}

describe('importStream in Node', () => {
  it('reads a file stream of small byte chunks as the whole text', async () => {
    const batches = await collect(importStream(createReadStream(fixture('acled.csv'), { highWaterMark: 13 })));
    const whole = importAcledCsv(readFileSync(fixture('acled.csv'), 'utf8'));
    assert.deepEqual(
      batches.flatMap((batch) => batch.events),
      whole.events,
    );
    assert.deepEqual(
      batches.flatMap((batch) => batch.issues),
      whole.issues,
    );
    assert.equal(batches.at(-1)?.progress.bytes, readFileSync(fixture('acled.csv')).length);
  });

  it('reads a stream of decoded text (an encoding set), a BOM and CRLF included', async () => {
    const stream = createReadStream(fixture('acled-website.csv'), { highWaterMark: 64, encoding: 'utf8' });
    const batches = await collect(importStream(stream));
    const whole = importAcledCsv(readFileSync(fixture('acled-website.csv'), 'utf8'));
    assert.equal(whole.events.length, 5);
    assert.deepEqual(
      batches.flatMap((batch) => batch.events),
      whole.events,
    );
    assert.equal(batches.at(-1)?.format, 'acled-csv');
  });

  it('reads a quoted UCDP GED file in 1-byte chunks', async () => {
    const batches = await collect(importStream(createReadStream(fixture('ucdp-ged.csv'), { highWaterMark: 1 })));
    const whole = importUcdpGedCsv(readFileSync(fixture('ucdp-ged.csv'), 'utf8'));
    assert.deepEqual(
      batches.flatMap((batch) => batch.events),
      whole.events,
    );
  });

  it('stops and throws the reason when aborted, destroying the stream', async () => {
    const controller = new AbortController();
    let pushed = 0;
    const endless = new Readable({
      read() {
        this.push(pushed++ === 0 ? 'Year,Headline\n' : '2014,A\n'.repeat(100));
      },
    });
    await assert.rejects(async () => {
      for await (const batch of importStream(endless, { signal: controller.signal, batchRows: 100 })) {
        if (batch.progress.rows >= 1000) controller.abort(new Error('enough'));
      }
    }, /enough/);
    assert.equal(endless.destroyed, true);
  });
});

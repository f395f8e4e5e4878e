import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/cli.js';
import { validateEvents } from '../../src/model/validate.js';

const fixtures = fileURLToPath(new URL('../loaders/fixtures/', import.meta.url));
const fixture = (name: string) => join(fixtures, name);
const work = mkdtempSync(join(tmpdir(), 'ct-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Runs the command line in this process; its exit code and what it wrote. */
async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  stdout.on('data', (chunk: Buffer) => chunks.stdout.push(chunk));
  stderr.on('data', (chunk: Buffer) => chunks.stderr.push(chunk));
  const code = await runCli(args, { stdout, stderr });
  return { code, stdout: Buffer.concat(chunks.stdout).toString(), stderr: Buffer.concat(chunks.stderr).toString() };
}

describe('conflict-timeline validate', () => {
  it('prints each bad row with its row number and column, and exits 1', async () => {
    const { code, stdout } = await run('validate', fixture('acled.csv'));
    assert.equal(code, 1);
    const lines = stdout.trim().split('\n');
    assert.deepEqual(
      lines.slice(0, -1).map((line) => line.slice(fixture('acled.csv').length)),
      [
        ':9: error: Row 9 (event_date): the row has no date, so the row was left out.',
        ':10: error: Row 10 (sub_event_type): "Skirmish" is not one of ACLED\'s sub-event types, so the row was left out.',
        ':11: error: Row 11 (fatalities): "many" is not a whole number of at least 0, so the row was left out.',
        ':12: error: Row 12 (time_precision): "4" is not 1 (day), 2 (week) or 3 (month), so the row was left out.',
        ':13: error: Row 13 (event_date): "2017-02-30" is not a date (YYYY-MM-DD or DD Month YYYY), so the row was left out.',
        ':14: error: Row 14 (latitude): "36,33" is not a number from -90 to 90, so the row was left out.',
      ],
    );
    assert.match(lines.at(-1) ?? '', /: an ACLED export, 13 rows, 7 valid events, 6 errors, 0 warnings\.$/);
  });

  it('exits 0 on a file with warnings only, and on every JSON format', async () => {
    const clean = join(work, 'clean.csv');
    const acled = readFileSync(fixture('acled.csv'), 'utf8').split('\n').slice(0, 8).join('\n');
    writeFileSync(clean, `${acled}\n`);
    assert.equal((await run('validate', clean)).code, 0);
    const json = await run('validate', fixture('conflict-events.json'));
    assert.equal(json.code, 0);
    assert.match(json.stdout, /the library's JSON, 2 entries, 2 valid events, 0 errors/);
    assert.match((await run('validate', fixture('timelinejs.json'))).stdout, /TimelineJS JSON/);
  });

  it("names validator problems by the row they come from, not the event's place in a batch", async () => {
    const file = join(work, 'far.csv');
    const lines = readFileSync(fixture('acled.csv'), 'utf8').split('\n');
    // A note over the validator's 10,000-character limit, in the third data row.
    const long = lines[3]?.replace('In August 2017', `In August 2017${' and so on'.repeat(1100)}`);
    writeFileSync(file, [lines[0], lines[1], lines[2], long].join('\n'));
    const { code, stdout } = await run('validate', file);
    assert.equal(code, 0);
    assert.match(stdout, /far\.csv:4: warning: Row 4 \("IRQ1003"\)\.summary\.en: /);
  });

  it('reads the format asked for', async () => {
    const { code, stdout } = await run('validate', fixture('acled.csv'), '--format', 'ucdp-ged-csv');
    assert.equal(code, 1);
    assert.match(stdout, /The UCDP GED file has no "id", "type_of_violence"/);
  });

  it('exits 2 for a missing or unreadable file and for usage errors', async () => {
    assert.equal((await run('validate', join(work, 'missing.csv'))).code, 2);
    const html = await run('validate', fixture('not-events.html'));
    assert.equal(html.code, 2);
    assert.match(html.stderr, /could not be read: it is neither JSON nor a CSV file/);
    for (const args of [
      ['frobnicate', 'x'],
      ['validate'],
      ['validate', 'a', 'b'],
      ['validate', 'a', '--format', 'xml'],
    ]) {
      const result = await run(...args);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /Usage:/);
    }
    assert.equal((await run('--help')).code, 0);
  });
});

describe('conflict-timeline convert', () => {
  it("writes the library's JSON, valid as it stands, and the decisions it made on stderr", async () => {
    const out = join(work, 'acled.json');
    const report = join(work, 'report.json');
    const { code, stderr } = await run(
      'convert',
      fixture('acled.csv'),
      '--to',
      'json',
      '--out',
      out,
      '--report',
      report,
    );
    assert.equal(code, 1, 'rows were left out');
    const events = JSON.parse(readFileSync(out, 'utf8')) as { id: string; start: string }[];
    assert.equal(events.length, 7);
    assert.deepEqual(validateEvents(events).issues, []);
    assert.deepEqual(
      events.map((event) => event.start),
      ['2017-07-09', '2017-07-12~', '2017-08', '2017-09', '2017-09', '2017-10-16', '2017-10-20'],
    );
    assert.match(stderr, /7 events written to /);
    assert.match(stderr, /time_precision 3 → the month \(YYYY-MM\), never ACLED's 15th.*: 3 rows/);
    assert.match(stderr, /time_precision 2 → a day in the week around event_date .*: 1 row\n/);
    assert.match(stderr, /Problems:\n {2}.*acled\.csv:9: error: Row 9 \(event_date\)/);
    const written = JSON.parse(readFileSync(report, 'utf8')) as {
      events: number;
      decisions: unknown[];
      issues: unknown[];
    };
    assert.equal(written.events, 7);
    assert.equal(written.issues.length, 6);
    assert.ok(written.decisions.length > 5);
  });

  it('writes to standard output without --out, and [] for a file without events', async () => {
    const { code, stdout } = await run('convert', fixture('ucdp-ged.csv'), '--to', 'json');
    assert.equal(code, 1);
    assert.equal((JSON.parse(stdout) as unknown[]).length, 10);
    const empty = join(work, 'empty.csv');
    writeFileSync(empty, 'Year,Headline\n');
    const none = await run('convert', empty, '--to', 'json');
    assert.equal(none.code, 0);
    assert.deepEqual(JSON.parse(none.stdout), []);
  });

  it('needs --to json', async () => {
    assert.equal((await run('convert', fixture('acled.csv'))).code, 2);
    assert.equal((await run('convert', fixture('acled.csv'), '--to', 'xml')).code, 2);
  });
});

describe('the bin entry', () => {
  it('runs as a program and sets the exit code', () => {
    const entry = fileURLToPath(new URL('../../src/cli/conflict-timeline.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', entry, 'validate', fixture('acled-website.csv')], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 1);
    assert.match(result.stdout, /acled-website\.csv:7: error: Row 7 \(event_date\): "09\/07\/2017"/);
  });
});

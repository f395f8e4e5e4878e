// The `conflict-timeline-server` command: its arguments, a real start and a graceful stop on
// SIGTERM, and the message when DuckDB is not installed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseCommandLine } from '../../../src/server/cli-options.js';
import { ACLED, FIXTURES } from './helpers.js';

const CLI = fileURLToPath(new URL('../../../src/server/cli.ts', import.meta.url));

interface Run {
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly exited: Promise<number | null>;
  readonly child: ReturnType<typeof spawn>;
}

/** Runs the command from its TypeScript source; it is killed if it outlives `limitMs`. */
function run(args: string[], nodeOptions: string[] = [], limitMs = 60_000): Run {
  const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', CLI, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    }),
  );
  return { stdout: () => stdout, stderr: () => stderr, exited, child };
}

/** Resolves with the first match of `pattern` in the output, polling for at most `limitMs`. */
async function waitFor(read: () => string, pattern: RegExp, limitMs = 60_000): Promise<RegExpMatchArray> {
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    const match = pattern.exec(read());
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${pattern} in ${limitMs} ms:\n${read()}`);
}

describe('parseCommandLine', () => {
  it('reads files and options', () => {
    const command = parseCommandLine([
      'a.csv',
      'b.json',
      '--port',
      '0',
      '--cors',
      'https://example.org,http://localhost:8000',
      '--max-items',
      '500',
      '--db',
      'events.duckdb',
      '--format',
      'acled',
    ]);
    assert.equal(command.kind, 'serve');
    if (command.kind !== 'serve') return;
    assert.deepEqual(command.options.files, [
      { path: 'a.csv', format: 'acled' },
      { path: 'b.json', format: 'acled' },
    ]);
    assert.equal(command.options.port, 0);
    assert.equal(command.options.host, '127.0.0.1');
    assert.deepEqual(command.options.cors, ['https://example.org', 'http://localhost:8000']);
    assert.deepEqual(command.options.limits, { maxItems: 500 });
    assert.equal(command.options.database, 'events.duckdb');
  });

  it('refuses what it cannot use, saying why', () => {
    for (const [args, pattern] of [
      [[], /FILE/],
      [['a.csv', '--port', '70000'], /--port/],
      [['a.csv', '--port', '-1'], /--port|argument/],
      [['a.csv', '--format', 'xlsx'], /--format/],
      [['a.csv', '--cors', 'example.org'], /origin/],
      [['a.csv', '--timeout-ms', '1e3'], /--timeout-ms/],
      [['a.csv', '--memory-limit', 'lots'], /--memory-limit/],
      [['a.csv', '--unknown'], /unknown/i],
    ] as [string[], RegExp][]) {
      const command = parseCommandLine(args);
      assert.equal(command.kind, 'error', args.join(' '));
      if (command.kind === 'error') assert.match(command.message, pattern);
    }
  });

  it('allows any origin only when asked to', () => {
    const command = parseCommandLine(['a.csv', '--cors', '*']);
    assert.equal(command.kind === 'serve' && command.options.cors, '*');
    const none = parseCommandLine(['a.csv']);
    assert.deepEqual(none.kind === 'serve' && none.options.cors, []);
  });
});

describe('conflict-timeline-server', () => {
  it('serves a file and stops gracefully on SIGTERM', async () => {
    const server = run([ACLED, '--port', '0', '--threads', '1']);
    try {
      const [, url] = await waitFor(server.stdout, /Serving on (http:\/\/127\.0\.0\.1:\d+\/v1\/)/);
      assert.match(server.stdout(), /Loaded 8 events .* 6 rows left out/);
      assert.match(server.stderr(), /acled\.csv row 8 \(IRQ9001\): event_date "2024-02-30" is not a date/);
      const info = (await (await fetch(`${url}info`)).json()) as { size: number };
      assert.equal(info.size, 8);
      server.child.kill('SIGTERM');
      assert.equal(await server.exited, 0);
      assert.match(server.stdout(), /Stopping/);
    } finally {
      server.child.kill('SIGKILL');
    }
  });

  it('says how to install DuckDB when it is missing', async () => {
    const server = run([ACLED, '--port', '0'], ['--import', `${FIXTURES}hide-duckdb.mjs`]);
    assert.equal(await server.exited, 1);
    assert.match(server.stderr(), /npm install @duckdb\/node-api/);
    assert.doesNotMatch(server.stderr(), /at .*\(/, 'no stack trace');
  });

  it('prints its usage for bad arguments', async () => {
    const server = run(['--port', 'eighty']);
    assert.equal(await server.exited, 2);
    assert.match(server.stderr(), /Usage: conflict-timeline-server/);
  });

  it('names a file it cannot read', async () => {
    const server = run([`${FIXTURES}no-such-file.csv`, '--port', '0']);
    assert.equal(await server.exited, 1);
    assert.match(server.stderr(), /no-such-file\.csv: cannot be read \(ENOENT\)/);
  });
});

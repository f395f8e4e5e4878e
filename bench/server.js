#!/usr/bin/env node
// Benchmark of the query server: 10,000,000 synthetic ACLED-shaped rows served by the built
// `conflict-timeline-server` (DuckDB), window queries over loopback at five zoom levels (p50 and
// p95: the HTTP request alone, and through HttpQueryProvider, which validates and prepares the
// events), and <conflict-timeline> browsing the server in headless Chromium (zoom and pan
// medians). Builds nothing: run `npm run build` first.
//
//   node bench/server.js [--rows 10000000] [--queries 50] [--rounds 3] [--no-browser] [--reload]
//                        [--port 8650] [--memory-limit 4GB] [--threads N] [--out bench/server-results.md]
//
// The CSV (bench/out/acled-<rows>.csv, about 370 bytes a row) and the DuckDB file loaded from it
// (bench/out/acled-<rows>.duckdb) are kept for the next run; --reload loads the CSV again.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';
import { writeSyntheticAcled } from './acled-synthetic.js';
import { mulberry32 } from './events.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const CLI = join(ROOT, 'dist', 'src', 'server', 'cli.js');
const LOD = join(ROOT, 'dist', 'src', 'timeline', 'lod', 'index.js');
const BUNDLE = join(ROOT, 'dist', 'conflict-timeline.bundled.js');
const DAY = 86_400_000;
const SEED = 20140101;
/** The element's width in the benchmark page, and the query it sends for a window of that width. */
const WIDTH_PX = 1200;
const PX_PER_ITEM = 16;
/** Least width of a count bar, as the element asks (timeline-view.ts). */
const BUCKET_PX = 20;

/** Five zoom levels, as window widths. */
const ZOOM_LEVELS = [
  { name: 'a week', days: 7 },
  { name: 'a month', days: 30 },
  { name: 'a year', days: 365 },
  { name: 'three years', days: 3 * 365 },
  { name: 'all (eleven years)', days: 4018 },
];

/** Window changes in the browser, as a reader zooms and pans (calendar dates, local midnight). */
export const WINDOW_OPS = [
  { name: 'zoom to a year', start: [2019, 0, 1], end: [2020, 0, 1] },
  { name: 'zoom to a month', start: [2019, 2, 1], end: [2019, 3, 1] },
  { name: 'pan a month', start: [2019, 3, 1], end: [2019, 4, 1] },
  { name: 'zoom to a week', start: [2019, 3, 8], end: [2019, 3, 15] },
  { name: 'zoom to three years', start: [2018, 0, 1], end: [2021, 0, 1] },
  { name: 'zoom to all', start: [2013, 6, 1], end: [2025, 6, 1] },
];

function parseArgs(argv) {
  const options = {
    rows: 10_000_000,
    queries: 50,
    rounds: 3,
    browser: true,
    reload: false,
    port: 8650,
    out: join(ROOT, 'bench', 'server-results.md'),
    loadTimeoutS: 3600,
    memoryLimit: '4GB',
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = () => inline ?? argv[++i];
    if (flag === '--rows') options.rows = positive(value().replace(/_/g, ''), flag);
    else if (flag === '--queries') options.queries = positive(value(), flag);
    else if (flag === '--rounds') options.rounds = positive(value(), flag);
    else if (flag === '--port') options.port = positive(value(), flag);
    else if (flag === '--out') options.out = resolve(value());
    else if (flag === '--load-timeout') options.loadTimeoutS = positive(value(), flag);
    else if (flag === '--memory-limit') options.memoryLimit = value();
    else if (flag === '--threads') options.threads = positive(value(), flag);
    else if (flag === '--no-browser') options.browser = false;
    else if (flag === '--reload') options.reload = true;
    else if (flag === '--help' || flag === '-h') usage(0);
    else usage(1, `Unknown option ${argv[i]}`);
  }
  return options;
}

function positive(text, flag) {
  const number = Number(text);
  if (!Number.isSafeInteger(number) || number < 1) usage(1, `${flag} needs a positive whole number`);
  return number;
}

function usage(code, message) {
  if (message) console.error(message);
  console.error(
    'Usage: node bench/server.js [--rows N] [--queries N] [--rounds N] [--no-browser] [--reload] [--port P] [--memory-limit 4GB] [--threads N] [--out FILE]',
  );
  process.exit(code);
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function median(values) {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

const ms = (value) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '–');

/** Rejects after `limitMs`: every wait of this script is bounded. */
export function withTimeout(promise, limitMs, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${limitMs / 1000} s`)), limitMs);
    }),
  ]);
}

async function ensureCsv(rows) {
  await mkdir(join(ROOT, 'bench', 'out'), { recursive: true });
  const csv = join(ROOT, 'bench', 'out', `acled-${rows}.csv`);
  if (existsSync(csv)) return { csv, generatedS: null };
  console.log(`Writing ${rows.toLocaleString('en')} synthetic ACLED rows to ${csv}…`);
  const t0 = performance.now();
  await writeSyntheticAcled(csv, rows, SEED);
  return { csv, generatedS: (performance.now() - t0) / 1000 };
}

/** Starts the built server (loading the CSV into the database file, or serving the file as it is). */
export async function startServer({ csv, database, load, port, corsOrigin, loadTimeoutS, memoryLimit, threads }) {
  const args = [CLI, ...(load ? [csv] : []), '--db', database, '--port', String(port), '--cors', corsOrigin];
  args.push('--memory-limit', memoryLimit);
  if (threads) args.push('--threads', String(threads));
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const t0 = performance.now();
  const url = await withTimeout(
    new Promise((resolvePromise, reject) => {
      const poll = setInterval(() => {
        const match = /Serving on (http:\/\/\S+\/v1\/)/.exec(output);
        if (match) {
          clearInterval(poll);
          resolvePromise(match[1]);
        }
      }, 100);
      child.once('exit', (code) => {
        clearInterval(poll);
        reject(new Error(`The server exited (${code}):\n${output}`));
      });
    }),
    loadTimeoutS * 1000,
    'Starting the server',
  ).catch((error) => {
    child.kill('SIGKILL');
    throw error;
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await withTimeout(exited, 15_000, 'Stopping the server').catch(() => child.kill('SIGKILL'));
  };
  return {
    url,
    startS: (performance.now() - t0) / 1000,
    output: () => output,
    stop,
    cpuMs: () => processCpuMs(child.pid),
  };
}

/**
 * CPU time a process has used so far (all its threads: DuckDB's included), in ms; null where
 * /proc is not there. Unlike wall clock, a busy machine does not inflate it.
 */
function processCpuMs(pid) {
  try {
    // Fields 14 and 15 of /proc/PID/stat (after the command name in parentheses): user and system ticks.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** Clock ticks per second of /proc's times (`getconf CLK_TCK`: 100 on Linux). */
const CLOCK_TICKS = 100;

/** The windows asked at one zoom level: random positions inside the data's range. */
function windowsAt(level, info, count, rng) {
  const span = level.days * DAY;
  const room = Math.max(0, info.end - info.start - span);
  return Array.from({ length: count }, () => {
    const start = info.start + Math.floor((rng() * room) / DAY) * DAY;
    return { start, end: start + span };
  });
}

/** Window query latencies over loopback, per zoom level: the HTTP request alone, and through HttpQueryProvider. */
async function measureQueries(url, options, cpuMs = () => null) {
  const lod = await import(LOD);
  const provider = new lod.HttpQueryProvider({ url });
  const info = await provider.info();
  const range = { start: info.start.getTime(), end: info.end.getTime() };
  // The same windows on every run.
  const rng = mulberry32(SEED);
  const rows = [];
  for (const level of ZOOM_LEVELS) {
    const windows = windowsAt(level, range, options.queries + 3, rng);
    const http = [];
    const viaProvider = [];
    let shown = { events: 0, counts: 0, total: 0 };
    let cpuAtStart = null;
    for (const [i, window] of windows.entries()) {
      if (i === 3) cpuAtStart = cpuMs();
      const query = lod.viewportQuery({ ...window, widthPx: WIDTH_PX, pxPerItem: PX_PER_ITEM, bucketPx: BUCKET_PX });
      const params = new URLSearchParams({
        start: String(lod.localToCalendar(query.start)),
        end: String(lod.localToCalendar(query.end)),
        maxItems: String(query.maxItems),
        resolution: String(query.resolution),
      });
      const t0 = performance.now();
      const response = await withTimeout(fetch(`${url}window?${params}`), 60_000, 'A window query');
      const body = await response.json();
      const t1 = performance.now();
      if (!response.ok) throw new Error(`The server answered ${response.status}: ${JSON.stringify(body)}`);
      const answer = await withTimeout(provider.query(query), 60_000, 'A provider query');
      const t2 = performance.now();
      // The first three windows warm the connection and DuckDB's caches up.
      if (i < 3) continue;
      http.push(t1 - t0);
      viaProvider.push(t2 - t1);
      shown = { events: answer.events.length, counts: answer.aggregates.length, total: answer.total };
    }
    const cpuAtEnd = cpuMs();
    // Two requests per window (over HTTP, then through the provider).
    const serverCpu = cpuAtStart === null || cpuAtEnd === null ? NaN : (cpuAtEnd - cpuAtStart) / (2 * http.length);
    http.sort((a, b) => a - b);
    viaProvider.sort((a, b) => a - b);
    const row = {
      level: level.name,
      maxItems: lod.viewportQuery({
        start: 0,
        end: level.days * DAY,
        widthPx: WIDTH_PX,
        pxPerItem: PX_PER_ITEM,
        bucketPx: BUCKET_PX,
      }).maxItems,
      httpP50: percentile(http, 50),
      httpP95: percentile(http, 95),
      providerP50: percentile(viaProvider, 50),
      providerP95: percentile(viaProvider, 95),
      shown,
      serverCpu,
    };
    rows.push(row);
    console.log(
      `  ${row.level.padEnd(20)} HTTP p50 ${ms(row.httpP50)}, p95 ${ms(row.httpP95)}; ` +
        `with validation p50 ${ms(row.providerP50)}, p95 ${ms(row.providerP95)}; server CPU ${ms(row.serverCpu)} a query ` +
        `(last answer: ${shown.events} events, ${shown.counts} counts of ${shown.total.toLocaleString('en')})`,
    );
  }
  return { rows, size: info.size };
}

/** A static server for the benchmark page and the library build (loopback only). */
export function startStaticServer(port) {
  const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
  const server = createServer(async (request, response) => {
    const path = normalize(join(ROOT, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    try {
      if (!path.startsWith(ROOT + sep) || !(await stat(path)).isFile()) throw new Error('not found');
      response.writeHead(200, {
        'content-type': MIME[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(await readFile(path));
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

/** The element browsing the server: first render of the whole range, then window changes, `rounds` times. */
async function measureBrowser(url, origin, rounds) {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    defaultViewport: { width: WIDTH_PX, height: 400 },
    protocolTimeout: 600_000,
  });
  const results = { open: [], ops: new Map(WINDOW_OPS.map((op) => [op.name, []])) };
  try {
    for (let round = 0; round < rounds; round++) {
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        const pageErrors = [];
        page.on('pageerror', (error) => pageErrors.push(String(error)));
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        await page.goto(`${origin}/bench/page-server.html`, { waitUntil: 'load' });
        await page.waitForFunction(() => window.serverBenchReady, { timeout: 60_000 });
        const opened = await withTimeout(
          page.evaluate((u) => window.serverBench.open(u), url),
          120_000,
          'The first render',
        );
        results.open.push(opened.ms);
        for (const op of WINDOW_OPS) {
          const start = new Date(...op.start).getTime();
          const end = new Date(...op.end).getTime();
          const result = await withTimeout(
            page.evaluate((s, e) => window.serverBench.setWindow(s, e), start, end),
            120_000,
            op.name,
          );
          results.ops.get(op.name).push(result);
        }
        const errors = [...pageErrors, ...(await page.evaluate(() => window.serverBench.errors()))];
        if (errors.length) throw new Error(`The page reported errors: ${errors.join('; ')}`);
      } finally {
        await context.close();
      }
      console.log(`  round ${round + 1}/${rounds} done`);
    }
  } finally {
    await browser.close();
  }
  const ops = WINDOW_OPS.map((op) => {
    const runs = results.ops.get(op.name);
    return {
      name: op.name,
      median: median(runs.map((run) => run.ms)),
      answered: median(runs.map((run) => run.answeredMs)),
      drawn: runs[runs.length - 1],
    };
  });
  return {
    openMedian: median(results.open),
    ops,
    allMedian: median([...results.ops.values()].flat().map((run) => run.ms)),
  };
}

/** The window-query table: p50 and p95 per zoom level, over HTTP and through HttpQueryProvider. */
export function queryTable({ queries }) {
  return [
    '| Zoom level | HTTP p50 | HTTP p95 | with validation p50 | with validation p95 | server CPU per query | last answer |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...queries.rows.map(
      (row) =>
        `| ${row.level} | ${ms(row.httpP50)} | ${ms(row.httpP95)} | ${ms(row.providerP50)} | ${ms(row.providerP95)} | ${ms(row.serverCpu)} | ${row.shown.events} events, ${row.shown.counts} counts of ${row.shown.total.toLocaleString('en')} |`,
    ),
  ].join('\n');
}

/** The browsing table: the median of each window change, and when its answer arrived. */
export function browserTable({ browser }) {
  return [
    '| Window change | median | answer arrived (median) | drawn (last round) |',
    '| --- | --- | --- | --- |',
    ...browser.ops.map(
      (op) =>
        `| ${op.name} | ${ms(op.median)} | ${ms(op.answered)} | ${op.drawn.events} events, ${op.drawn.counts} counts |`,
    ),
  ].join('\n');
}

/** One line on the data and the server: what the figures were measured on. */
export function setupLine({ options, csv, generatedS, server, loaded, queries }) {
  return (
    `${queries.size.toLocaleString('en')} synthetic ACLED-shaped events (${csv.replace(ROOT + sep, '')}, seed ${SEED}, 2014–2024` +
    (generatedS === null ? '' : `; the CSV was written in ${generatedS.toFixed(0)} s`) +
    `), served by the built \`conflict-timeline-server\` from a DuckDB file (memory limit ${options.memoryLimit}${options.threads ? `, ${options.threads} DuckDB threads` : ''}; ` +
    (loaded
      ? `loading the CSV and starting took ${server.startS.toFixed(0)} s)`
      : `loaded before, started in ${server.startS.toFixed(1)} s)`)
  );
}

export const QUERY_NOTE =
  '"HTTP": request to parsed JSON. "With validation": the same query through `HttpQueryProvider` (request, JSON, the model’s validator and `prepareEvents` on the listed events, counts to local time). Target: p95 ≤ 100 ms. "Server CPU per query": the server process’s CPU time (all its threads, DuckDB’s included) over the level’s measured queries, divided by their number; a busy machine inflates it far less than the times (waiting for a core is not counted).';

export const browserNote = (result) =>
  `All window changes: median ${ms(result.browser.allMedian)} (target ≤ 150 ms). Times run from \`setWindow\` to the paint after the last \`ct-render\` (the server's answer drawn).`;

export const loadAverage = (values) => values.map((n) => n.toFixed(1)).join(' / ');

function report(result) {
  const { options, queries, browser } = result;
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '# Query server benchmark',
    '',
    `Written by \`npm run bench:server\` (bench/server.js) on ${new Date().toISOString().slice(0, 10)}.`,
    '',
    `- Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}; load average (1 / 5 / 15 min) ${loadAverage(options.loadAtStart)} at the start, ${loadAverage(os.loadavg())} at the end`,
    `- Data: ${setupLine(result)}`,
    `- Queries: ${options.queries} per zoom level (after 3 unmeasured), one at a time over loopback, windows at random places in the data; each as the element sends it at ${WIDTH_PX} px (at most ${queries.rows[0]?.maxItems} events listed, buckets of at least ${BUCKET_PX} px)`,
    '',
    queryTable(result),
    '',
    QUERY_NOTE,
  ];
  if (browser) {
    lines.push(
      '',
      `## The element browsing the server (headless Chromium, ${WIDTH_PX}×400, ${options.rounds} rounds)`,
      '',
      `First render of the whole range: median ${ms(browser.openMedian)}.`,
      '',
      browserTable(result),
      '',
      browserNote(result),
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The whole benchmark, for this script and for `npm run bench` (bench/run.js): the data (written
 * and loaded when bench/out/ does not hold it yet), the query server, the window queries and, with
 * `browser`, the element browsing the server. `port` 0 picks free ports.
 */
export async function benchServer(settings) {
  const options = {
    queries: 50,
    rounds: 3,
    browser: true,
    reload: false,
    port: 0,
    loadTimeoutS: 3600,
    memoryLimit: '4GB',
    ...settings,
    loadAtStart: os.loadavg(),
  };
  for (const file of [CLI, LOD, BUNDLE])
    if (!existsSync(file)) throw new Error(`${file.replace(ROOT + sep, '')} is missing: run \`npm run build\` first.`);
  const { csv, generatedS } = await ensureCsv(options.rows);
  const database = databaseFile(options.rows);
  const load = options.reload || !existsSync(database);
  if (load) await rm(database, { force: true });
  console.log(
    load
      ? `Loading ${csv} into ${database}…`
      : `Serving ${database} (loaded before; bench/server.js --reload loads the CSV again)…`,
  );
  // The page's server first: the query server lets its origin query (CORS).
  const statics = await startStaticServer(options.port === 0 ? 0 : options.port + 1);
  const origin = `http://127.0.0.1:${statics.address().port}`;
  try {
    const server = await startServer({
      csv,
      database,
      load,
      port: options.port,
      corsOrigin: origin,
      loadTimeoutS: options.loadTimeoutS,
      memoryLimit: options.memoryLimit,
      threads: options.threads,
    });
    try {
      console.log(`Server ready in ${server.startS.toFixed(1)} s at ${server.url}`);
      console.log('Window queries over loopback:');
      const queries = await measureQueries(server.url, options, server.cpuMs);
      let browser = null;
      if (options.browser) {
        console.log('The element browsing the server:');
        browser = await measureBrowser(server.url, origin, options.rounds);
        console.log(`  first render ${ms(browser.openMedian)}; window changes median ${ms(browser.allMedian)}`);
        for (const op of browser.ops)
          console.log(`    ${op.name.padEnd(22)} ${ms(op.median)} (answer after ${ms(op.answered)})`);
      }
      return { options, csv, generatedS, server, loaded: load, queries, browser };
    } finally {
      await server.stop();
    }
  } finally {
    statics.close();
  }
}

/** The DuckDB file of `rows` synthetic rows in bench/out/ (kept from one run to the next). */
export function databaseFile(rows) {
  return join(ROOT, 'bench', 'out', `acled-${rows}.duckdb`);
}

/**
 * The number of rows of the largest synthetic data set already loaded in bench/out/ (a database
 * file whose load finished: DuckDB leaves no write-ahead log once closed), or null.
 */
export async function largestLoadedRows() {
  const names = await readdir(join(ROOT, 'bench', 'out')).catch(() => []);
  const rows = names
    .map((name) => /^acled-(\d+)\.duckdb$/.exec(name))
    .filter((match) => match && !names.includes(`${match[0]}.wal`))
    .map((match) => Number(match[1]));
  return rows.length ? Math.max(...rows) : null;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const result = await benchServer(options);
  await writeFile(options.out, report(result));
  console.log(`Wrote ${options.out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });

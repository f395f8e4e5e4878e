#!/usr/bin/env node
// Benchmark: <conflict-timeline> (the bundled build) against raw vis-timeline of the same version,
// in headless Chromium. Builds nothing: run `npm run build` first.
//
//   node bench/run.js [--rounds 3] [--sizes 100,1000,10000,100000,1000000] [--variants element,worker,src,src-acled,raw]
//                     [--timeout 60] [--out bench/results.md]
//   node bench/run.js --large [--out FILE]     (or BENCH_LARGE=1): only 1,000,000 events, element
//                                              and src (raw vis-timeline times out at 100,000)
//   node bench/run.js --server-rows 10000000   the query server's rows on that many synthetic ACLED
//                                              rows (default: the largest set bench/out/ holds
//                                              loaded, else 1,000,000 written and loaded there);
//                                              --no-server leaves them out
//
// Variants: `element` (the `events` property), `worker` (the same with the `worker` attribute: more
// than 2,000 events are validated and indexed in a worker), `src` (the element reading a JSON file of the same
// events through its `worker` attribute, timed from before the fetch), `raw` (vis-timeline).
// Each measurement runs in a fresh browser context (its own renderer process), rounds interleave
// the variants, and a variant is skipped at a size (and above) once it took longer than the
// timeout. Prints medians (min–max) and writes a markdown table to bench/results.md.
import { createServer } from 'node:http';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import { Transform } from 'node:stream';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, MEMORY_ARGS } from '../scripts/chromium.js';
import { measureSlicedIngest } from './trace.js';
import { generateEvents } from './events.js';
import { writeSyntheticAcled } from './acled-synthetic.js';
import {
  QUERY_NOTE,
  benchServer,
  browserNote,
  browserTable,
  largestLoadedRows,
  loadAverage,
  queryTable,
  setupLine,
} from './server.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BUNDLE = join(ROOT, 'dist', 'conflict-timeline.bundled.js');
const RAW_VIS = join(ROOT, 'node_modules', 'vis-timeline', 'standalone', 'umd', 'vis-timeline-graph2d.min.js');
const SEED = 20140101;
const VARIANTS = ['element', 'worker', 'src', 'src-acled', 'raw'];
/** The generated files the `src` variants read (bench/out/ is not committed). */
const GENERATED = join(ROOT, 'bench', 'out');

/** Windows set after the first render, as a reader zooms and pans (local dates, as the pages use). */
const WINDOW_OPS = [
  { name: 'zoom to all', start: [2013, 6, 1], end: [2025, 6, 1] },
  { name: 'zoom to a month', start: [2019, 2, 1], end: [2019, 3, 1] },
  { name: 'pan a month', start: [2019, 3, 1], end: [2019, 4, 1] },
  { name: 'zoom to a year', start: [2019, 0, 1], end: [2020, 0, 1] },
];

function parseArgs(argv) {
  const options = {
    rounds: 3,
    sizes: [100, 1000, 10000, 100000, 1000000],
    variants: VARIANTS,
    timeoutMs: 60_000,
    out: join(ROOT, 'bench', 'results.md'),
    prepare: true,
    /** Rows of the query server's data: a number, 'auto' (see `serverRowsFor`) or 0 (none). */
    serverRows: 'auto',
    /** The generated files (the `src` variants' input) sent at this many Mbit/s; 0: as fast as they go. */
    srcMbps: 0,
  };
  const large = () => {
    options.sizes = [1000000];
    options.variants = ['element', 'worker', 'src', 'src-acled'];
    options.prepare = false;
  };
  if (process.env.BENCH_LARGE === '1') large();
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = () => inline ?? argv[++i];
    if (flag === '--large') large();
    else if (flag === '--variants') {
      options.variants = value().split(',');
      const unknown = options.variants.find((variant) => !VARIANTS.includes(variant));
      if (unknown) usage(1, `--variants: unknown variant "${unknown}" (known: ${VARIANTS.join(', ')})`);
    } else if (flag === '--rounds') options.rounds = positiveInteger(value(), flag);
    else if (flag === '--sizes')
      options.sizes = value()
        .split(',')
        .map((size) => positiveInteger(size.replace(/_/g, ''), flag));
    else if (flag === '--timeout') options.timeoutMs = positiveInteger(value(), flag) * 1000;
    else if (flag === '--out') options.out = resolve(value());
    else if (flag === '--server-rows') options.serverRows = positiveInteger(value().replace(/_/g, ''), flag);
    else if (flag === '--no-server') options.serverRows = 0;
    else if (flag === '--src-mbps') options.srcMbps = positiveInteger(value(), flag);
    else if (flag === '--help' || flag === '-h') usage(0);
    else usage(1, `Unknown option ${argv[i]}`);
  }
  options.sizes.sort((a, b) => a - b);
  return options;
}

function positiveInteger(text, flag) {
  const number = Number(text);
  if (!Number.isInteger(number) || number < 1) usage(1, `${flag} needs a positive integer, not "${text}"`);
  return number;
}

function usage(code, message) {
  if (message) console.error(message);
  console.error(
    'Usage: node bench/run.js [--large] [--rounds N] [--sizes 100,1000,10000,100000,1000000] [--variants element,worker,src,src-acled,raw] [--timeout SECONDS] [--server-rows N | --no-server] [--src-mbps N] [--out FILE]',
  );
  process.exit(code);
}

// ---------------------------------------------------------------------------------------------
// A tiny static server: bench/, dist/, the raw vis-timeline build and the generated files, nothing else.

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
};

function routeFor(urlPath) {
  if (urlPath === '/vendor/vis-timeline-graph2d.min.js') return RAW_VIS;
  const generated = /^\/generated\/(events-\d+-\d+\.json|acled-\d+-\d+\.csv)$/.exec(urlPath);
  if (generated) return join(GENERATED, generated[1]);
  for (const dir of ['bench', 'dist']) {
    if (!urlPath.startsWith(`/${dir}/`)) continue;
    const base = join(ROOT, dir);
    const file = normalize(join(base, decodeURIComponent(urlPath.slice(dir.length + 2))));
    return file.startsWith(base + sep) ? file : null;
  }
  return null;
}

async function startServer({ srcMbps = 0 } = {}) {
  const server = createServer(async (request, response) => {
    const file = routeFor(new URL(request.url ?? '/', 'http://localhost').pathname);
    try {
      if (!file || !(await stat(file)).isFile()) throw new Error('not found');
      const { size } = await stat(file);
      response.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-length': size,
        'cache-control': 'no-store',
      });
      // Streamed: a generated file is 100 MB at a million events.
      const stream = createReadStream(file);
      if (srcMbps > 0 && file.startsWith(GENERATED + sep)) stream.pipe(paced(srcMbps)).pipe(response);
      else stream.pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

// ---------------------------------------------------------------------------------------------
// The browser.

const CHROME_ARGS = [...CHROMIUM_ARGS, ...MEMORY_ARGS, '--window-size=1200,400'];

function launch() {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROME_ARGS,
    defaultViewport: { width: 1200, height: 400 },
    protocolTimeout: 600_000,
  });
}

/** Rejects after `ms`: a page whose main thread is stuck cannot time itself out. */
function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise(
    (_, reject) => (timer = setTimeout(() => reject(new TimeoutError(`${what} took longer than ${ms / 1000} s`)), ms)),
  );
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

class TimeoutError extends Error {}

/**
 * The library JSON of the same synthetic events the other variants draw, written once to
 * bench/out/ (about 110 MB at a million), for the `src` variant; its URL on the bench server.
 */
/**
 * A pass-through that lets bytes out no faster than `mbps` megabits a second (`--src-mbps`): a
 * file from a server across a network rather than from this machine's disk.
 */
function paced(mbps) {
  const bytesPerMs = (mbps * 1e6) / 8 / 1000;
  let started;
  let sent = 0;
  return new Transform({
    transform(chunk, _encoding, done) {
      started ??= Date.now();
      sent += chunk.length;
      setTimeout(() => done(null, chunk), Math.max(0, started + sent / bytesPerMs - Date.now()));
    },
  });
}

async function generatedFile(size) {
  const name = `events-${size}-${SEED}.json`;
  const path = join(GENERATED, name);
  if (!existsSync(path)) {
    await mkdir(GENERATED, { recursive: true });
    const events = generateEvents(size, SEED);
    const out = createWriteStream(path);
    out.write('[\n');
    for (let i = 0; i < events.length; i++) {
      if (!out.write(`${JSON.stringify(events[i])}${i + 1 < events.length ? ',' : ''}\n`)) await once(out, 'drain');
    }
    out.end(']\n');
    await once(out, 'finish');
  }
  return `/generated/${name}`;
}

/** A synthetic ACLED export of `size` rows (bench/acled-synthetic.js), written once, for `src-acled`. */
async function generatedAcled(size) {
  const name = `acled-${size}-${SEED}.csv`;
  const path = join(GENERATED, name);
  if (!existsSync(path)) {
    await mkdir(GENERATED, { recursive: true });
    await writeSyntheticAcled(path, size, SEED);
  }
  return `/generated/${name}`;
}

/** One measurement of one variant at one size, in a fresh browser context. */
async function measure(browser, origin, variant, size, timeoutMs) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    // The `src` variant is the element's page, reading a file instead of being given the events.
    await page.goto(`${origin}/bench/page-${variant === 'raw' ? 'raw' : 'element'}.html`, {
      waitUntil: 'load',
    });
    await withTimeout(
      page.waitForFunction(() => window.benchReady && window.bench, { timeout: timeoutMs }),
      timeoutMs,
      'loading the page',
    );
    await page.evaluate(() => window.benchReady);
    const url =
      variant === 'src' ? await generatedFile(size) : variant === 'src-acled' ? await generatedAcled(size) : null;
    const first = await withTimeout(
      url
        ? page.evaluate((src) => window.bench.firstRenderFromSrc(src), url)
        : page.evaluate(
            (n, seed, worker) => window.bench.firstRender(n, seed, { worker }),
            size,
            SEED,
            variant === 'worker',
          ),
      timeoutMs,
      `first render of ${size} events`,
    );
    const longTasks = await page.evaluate(() => window.bench.longTasks(2000));
    // The floor of a `src` first render: the same file read in a worker with nothing done with it.
    const fetchOnlyMs = url
      ? await withTimeout(page.evaluate(readInWorker, url, false), timeoutMs, `reading ${url} alone`)
      : undefined;
    // And what the browser's own decoder and JSON.parse take over the whole of it (JSON only).
    const parseWholeMs =
      variant === 'src'
        ? await withTimeout(page.evaluate(readInWorker, url, true), timeoutMs, `parsing ${url} whole`)
        : undefined;
    await page.evaluate(() => window.bench.gc());
    const metrics = await page.metrics();
    const ops = {};
    for (const op of WINDOW_OPS) {
      const result = await withTimeout(
        page.evaluate(
          (start, end) => window.bench.setWindow(new Date(...start).getTime(), new Date(...end).getTime()),
          op.start,
          op.end,
        ),
        timeoutMs,
        `${op.name} at ${size} events`,
      );
      ops[op.name] = result.ms;
    }
    if (errors.length) console.warn(`  page errors (${variant}, ${size}): ${errors.slice(0, 3).join(' | ')}`);
    return {
      firstRender: first.ms,
      drawnItems: first.drawnItems,
      heapMB: metrics.JSHeapUsedSize / 2 ** 20,
      domNodes: metrics.Nodes,
      longTaskCount: longTasks.count,
      longTaskMs: longTasks.totalMs,
      longestTaskMs: longTasks.longestDuringRenderMs,
      fetchOnlyMs,
      parseWholeMs,
      ...ops,
    };
  } finally {
    // A renderer still busy in a long task may not answer: do not wait for it forever.
    await withTimeout(context.close(), 15_000, 'closing the page').catch(() => {});
  }
}

/**
 * Runs in the page: fetches `url` in a new worker and reads every byte, doing nothing with them;
 * resolves with the milliseconds from before the fetch to the last byte. A `src` first render
 * cannot be faster than this (the server sends `no-store`: nothing comes from a cache).
 * `parse`: the body is instead read whole, decoded by the browser's own `TextDecoder` and given to
 * `JSON.parse`: what reading a JSON file takes with nothing of this library in the way.
 */
function readInWorker(url, parse) {
  const source = `onmessage = async (message) => {
    const started = performance.now();
    const response = await fetch(message.data.url, { cache: 'no-store' });
    // The body whole, then the browser's decoder: faster in a worker than response.text() (7–8 s
    // for a million events' 128 MB here, against about 2 s for the bytes and 3 s to decode).
    if (message.data.parse) JSON.parse(new TextDecoder().decode(await response.arrayBuffer()));
    else for (const reader = response.body.getReader(); !(await reader.read()).done; );
    postMessage(performance.now() - started);
  };`;
  const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  return new Promise((resolve, reject) => {
    worker.onmessage = (message) => {
      worker.terminate();
      resolve(message.data);
    };
    worker.onerror = (error) => reject(new Error(error.message || 'the reading worker failed'));
    worker.postMessage({ url: new URL(url, location.href).href, parse });
  });
}

/** Validation + preparing + indexing of 100,000 events, with the library build's own modules. */
async function measurePrepare(browser, origin, count, timeoutMs) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/bench/page-element.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench?.prepare, { timeout: timeoutMs });
    const synchronous = await withTimeout(
      page.evaluate((n, seed) => window.bench.prepare(n, seed), count, SEED),
      timeoutMs,
      'validation and indexing',
    );
    return { ...synchronous, sliced: await measureSliced(page, count, timeoutMs) };
  } finally {
    await withTimeout(context.close(), 15_000, 'closing the page').catch(() => {});
  }
}

/**
 * What the element does above 2,000 events: `ingestEvents` from the library build, in slices
 * (see bench/trace.js). `null` when dist/ has no src/model/ingest.js yet.
 */
async function measureSliced(page, count, timeoutMs) {
  const loaded = await page.evaluate(async () => {
    const ingest = await import('/dist/src/model/ingest.js').catch(() => null);
    const { generateEvents } = await import('/bench/events.js');
    window.__bench = { generateEvents, ingestEvents: ingest?.ingestEvents };
    return Boolean(ingest);
  });
  if (!loaded) return null;
  return withTimeout(measureSlicedIngest(page, count), timeoutMs, 'sliced validation and indexing');
}

// ---------------------------------------------------------------------------------------------
// The query server (bench/server.js): its window queries and the element browsing it.

/** Rows the query server serves when no --server-rows says and bench/out/ holds no loaded set. */
const DEFAULT_SERVER_ROWS = 1_000_000;

/** How many rows the server part uses, and why (said in the report). */
async function serverRowsFor(option) {
  if (option !== 'auto') return { rows: option, why: 'as asked with `--server-rows`' };
  const loaded = await largestLoadedRows();
  if (loaded)
    return { rows: loaded, why: 'the largest data set bench/out/ already holds loaded; `--server-rows N` for another' };
  return {
    rows: DEFAULT_SERVER_ROWS,
    why: 'the default when bench/out/ holds no loaded set (written and loaded there once, then kept); `--server-rows 10000000` for the ten million of issue 18',
  };
}

/** The server part, or why it was not measured (DuckDB missing, say): the other rows stand either way. */
async function measureServer(options) {
  const { rows, why } = await serverRowsFor(options.serverRows);
  console.log(`Query server on ${rows.toLocaleString('en')} synthetic ACLED rows (${why.split(';')[0]})`);
  try {
    return { rows, why, result: await benchServer({ rows, rounds: options.rounds }) };
  } catch (error) {
    console.log(`  not measured: ${String(error.message ?? error).split('\n')[0]}`);
    return { rows, why, error: String(error.message ?? error).split('\n')[0] };
  }
}

/** The server's section of the report (and of the printed summary). */
function serverSection(server) {
  if (!server) return 'Not measured (`--no-server`).';
  if (server.error) return `Not measured: ${server.error}`;
  const { result } = server;
  return [
    `Data: ${setupLine(result)}. ${server.rows.toLocaleString('en')} rows: ${server.why}. Load average ${loadAverage(result.options.loadAtStart)} at the start.`,
    '',
    `Window queries (${result.options.queries} per zoom level, one at a time over loopback, at random places):`,
    '',
    queryTable(result),
    '',
    QUERY_NOTE,
    '',
    `The element browsing the server (${result.options.rounds} rounds; first render of the whole range: median ${Math.round(result.browser.openMedian)} ms):`,
    '',
    browserTable(result),
    '',
    browserNote(result),
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Statistics and the report.

const METRICS = [
  { key: 'firstRender', label: 'first render (ms)', digits: 0 },
  ...WINDOW_OPS.map((op) => ({ key: op.name, label: `${op.name} (ms)`, digits: 0 })),
  { key: 'longestTaskMs', label: 'longest task during first render (ms)', digits: 0 },
  { key: 'fetchOnlyMs', label: 'the file read alone in a worker (ms; src columns)', digits: 0 },
  {
    key: 'parseWholeMs',
    label: 'the file read whole and given to JSON.parse in a worker (ms; src column)',
    digits: 0,
  },
  { key: 'heapMB', label: 'JS heap (MB)', digits: 1 },
  { key: 'domNodes', label: 'DOM nodes', digits: 0 },
  { key: 'drawnItems', label: 'items drawn', digits: 0 },
  { key: 'longTaskCount', label: 'long tasks after render', digits: 0 },
  { key: 'longTaskMs', label: 'long-task time after render (ms)', digits: 0 },
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function summary(values, digits) {
  if (!values.length) return '–';
  const format = (value) =>
    value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const low = Math.min(...values);
  const high = Math.max(...values);
  return values.length === 1 || low === high
    ? format(median(values))
    : `${format(median(values))} (${format(low)}–${format(high)})`;
}

function resultTable(results, sizes, variants) {
  const columns = sizes.flatMap((size) => variants.map((variant) => ({ size, variant })));
  const header = `| metric | ${columns.map(({ size, variant }) => `${size.toLocaleString('en-US')} ${variant}`).join(' | ')} |`;
  const rule = `| --- | ${columns.map(() => '---').join(' | ')} |`;
  const rows = METRICS.map((metric) => {
    const cells = columns.map(({ size, variant }) => {
      const entry = results[variant][size];
      if (entry.timedOut && !entry.runs.length) return `> ${entry.timeoutS} s`;
      if (entry.skipped && !entry.runs.length) return 'skipped';
      return summary(
        entry.runs.map((run) => run[metric.key]).filter((value) => typeof value === 'number'),
        metric.digits,
      );
    });
    return `| ${metric.label} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}

async function bundleSize() {
  const bundle = await readFile(BUNDLE);
  const raw = await readFile(RAW_VIS);
  return {
    minified: bundle.length,
    gzip: gzipSync(bundle, { level: 9 }).length,
    rawVisMinified: raw.length,
    rawVisGzip: gzipSync(raw, { level: 9 }).length,
  };
}

/** A cell of the sliced path's measurements (`prepare[].sliced`), or why there is none. */
function slicedCell(prepare, key, digits) {
  if (prepare.some((p) => !p.sliced)) return 'not in dist/ yet';
  return `${summary(
    prepare.map((p) => p.sliced[key]),
    digits,
  )} ms`;
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

function report({ options, results, prepare, sizes: bytes, chromium, startedAt, server }) {
  const cpus = os.cpus();
  const prepareRows = prepare.length
    ? [
        '| step | median (min–max) |',
        '| --- | --- |',
        `| validate (validateEvents) | ${summary(
          prepare.map((p) => p.validateMs),
          1,
        )} ms |`,
        `| prepare (prepareEvents) | ${summary(
          prepare.map((p) => p.prepareMs),
          1,
        )} ms |`,
        `| index (TimeIndex.fromEvents) | ${
          prepare.some((p) => p.indexMs === null)
            ? 'not in dist/ yet'
            : `${summary(
                prepare.map((p) => p.indexMs),
                1,
              )} ms`
        } |`,
        `| validate + prepare + index | ${summary(
          prepare.map((p) => p.validateMs + p.prepareMs + (p.indexMs ?? 0)),
          1,
        )} ms |`,
        `| **sliced, as the element does above 2,000 events** (ingestEvents: validate + prepare + index, yielding between slices), wall clock | ${slicedCell(prepare, 'total', 1)} |`,
        `| sliced: longest main-thread task (from a Chromium trace) | ${slicedCell(prepare, 'longestTaskMs', 1)} |`,
        `| one query, whole range (median of 10) | ${
          prepare.some((p) => p.queryMs === null)
            ? 'not in dist/ yet'
            : `${summary(
                prepare.map((p) => p.queryMs),
                2,
              )} ms`
        } |`,
      ].join('\n')
    : 'Not measured.';
  return `# Benchmark results

- Date: ${startedAt.toISOString()}
- Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}
- Browser: ${chromium}, headless, 1200×400, \`prefers-reduced-motion: reduce\` (no animated window changes)
- Rounds: ${options.rounds} (${options.variants.join(', ')} interleaved), events: synthetic 2014–2024, 30% ranges, seed ${SEED}
- Timeout per step: ${options.timeoutMs / 1000} s; a variant that times out is skipped at that size and above in later rounds.

Columns: \`element\` is given the events (the \`events\` property); \`worker\` is given them with
the \`worker\` attribute (above 2,000 events they are sent to a worker in parts, validated and
indexed there; its heap the page's, the generated input included); \`src\` reads the same events
as a JSON file (the library's format, served with its length) in a worker (the \`worker\`
attribute), its heap the page's main thread's only; \`src-acled\` reads a synthetic ACLED export
of that many rows (CSV, its 31 columns: bench/acled-synthetic.js) the same way, other events than the
others' (its own dates and types); \`raw\` is vis-timeline alone.

Cells: median (min–max) over the rounds. Times run from the call (setting \`events\` and connecting
the element; setting \`src\`, before the fetch; \`new vis.Timeline(…)\`; \`setWindow\`) to the paint (two animation frames) after the
last \`ct-render\` / \`changed\` event, once 300 ms passed without another. The element's first
render counts only renders after \`ct-load\`. Heap: \`JSHeapUsedSize\` after a forced GC. Long
tasks after render: those in the 2 s after the first render settled; the longest task during the
first render (including the one that set \`events\`) is how long the page could not answer input;
the browser reports only tasks of 50 ms and more, so 0 means "none that long". "Items drawn":
\`.vis-item-content\` nodes. "The file read alone": after the first render, in the same page, the
\`src\` file fetched again in a new worker and read to its last byte with nothing done with it,
from the same server (which sends it with \`no-store\`): the floor under a \`src\` first render on
this machine. "Read whole and given to JSON.parse": the same, but the body read whole
(\`arrayBuffer()\`), decoded by the browser's \`TextDecoder\` and parsed by \`JSON.parse\`: what
reading the file costs with nothing of this library in the way (validation, indexing and drawing
come on top).
${options.srcMbps > 0 ? `\nThe generated files (the \`src\` columns' input) were sent at ${options.srcMbps} Mbit/s (\`--src-mbps\`), as from a server across a network.\n` : ''}
${resultTable(results, options.sizes, options.variants)}

## Validation and indexing of 100,000 events (in the page, library build modules)

The first rows time the synchronous functions one after the other in one task. The element
calls them that way up to 2,000 events only; above that it runs the same steps in slices of
about 12 ms, yielding between them (\`ingestEvents\`): the "sliced" rows time that path, measured
after the synchronous run in the same page, with the longest main-thread task it caused.

${prepareRows}

## The query server

\`npm run bench:server\` (bench/server.js) alone measures the same, with more options.

${serverSection(server)}

## Bundle

| file | minified | gzip -9 |
| --- | --- | --- |
| dist/conflict-timeline.bundled.js (element, lit, vis-timeline, date-fns) | ${kB(bytes.minified)} | ${kB(bytes.gzip)} |
| vis-timeline standalone UMD (for comparison) | ${kB(bytes.rawVisMinified)} | ${kB(bytes.rawVisGzip)} |
`;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(BUNDLE)) {
    console.error(`Missing ${BUNDLE}.\nBuild it first:  npm run build   (or: npx rollup -c rollup.config.js)`);
    process.exit(1);
  }
  if (!existsSync(RAW_VIS)) {
    console.error(`Missing ${RAW_VIS}: run npm ci.`);
    process.exit(1);
  }
  const startedAt = new Date();
  const { server, origin } = await startServer(options);
  let browser = await launch();
  const chromium = await browser.version();
  console.log(`${chromium}, serving ${origin}; ${options.rounds} round(s), sizes ${options.sizes.join(', ')}`);
  const results = Object.fromEntries(
    options.variants.map((variant) => [
      variant,
      Object.fromEntries(
        options.sizes.map((size) => [
          size,
          { runs: [], timedOut: false, skipped: false, timeoutS: options.timeoutMs / 1000 },
        ]),
      ),
    ]),
  );
  const prepare = [];
  try {
    for (let round = 1; round <= options.rounds; round++) {
      console.log(`Round ${round}/${options.rounds}`);
      for (const size of options.sizes) {
        for (const variant of options.variants) {
          const entry = results[variant][size];
          if (options.sizes.some((smaller) => smaller <= size && results[variant][smaller].timedOut)) {
            entry.skipped = true;
            continue;
          }
          try {
            const run = await measure(browser, origin, variant, size, options.timeoutMs);
            entry.runs.push(run);
            console.log(
              `  ${variant.padEnd(7)} ${String(size).padStart(6)}: first render ${run.firstRender.toFixed(0)} ms, zoom to all ${run['zoom to all'].toFixed(0)} ms, heap ${run.heapMB.toFixed(1)} MB, ${run.drawnItems} items drawn`,
            );
          } catch (error) {
            if (!(error instanceof TimeoutError)) throw error;
            entry.timedOut = true;
            console.log(`  ${variant.padEnd(7)} ${String(size).padStart(6)}: ${error.message}; skipped from now on`);
            // The renderer may still be stuck in the long task: start a clean browser.
            await withTimeout(browser.close(), 15_000, 'closing the browser').catch(() =>
              browser.process()?.kill('SIGKILL'),
            );
            browser = await launch();
          }
        }
      }
      if (!options.prepare) continue;
      try {
        const result = await measurePrepare(browser, origin, 100_000, options.timeoutMs);
        prepare.push(result);
        console.log(
          `  validate+prepare+index 100,000: ${(result.validateMs + result.prepareMs + (result.indexMs ?? 0)).toFixed(0)} ms (index ${result.indexMs === null ? 'n/a' : `${result.indexMs.toFixed(1)} ms`}); sliced ${result.sliced ? `${result.sliced.total.toFixed(0)} ms, longest task ${result.sliced.longestTaskMs.toFixed(1)} ms` : 'n/a'}`,
        );
      } catch (error) {
        console.log(`  validation and indexing not measured: ${error.message.split('\n')[0]}`);
      }
    }
  } finally {
    await withTimeout(browser.close(), 15_000, 'closing the browser').catch(() => browser.process()?.kill('SIGKILL'));
    server.close();
  }
  // After the browser above is closed: the server's figures are not taken beside another Chromium.
  const queryServer = options.serverRows === 0 ? null : await measureServer(options);
  const markdown = report({
    options,
    results,
    prepare,
    sizes: await bundleSize(),
    chromium,
    startedAt,
    server: queryServer,
  });
  await writeFile(options.out, markdown);
  console.log(
    `\n${resultTable(results, options.sizes, options.variants)}\n\nQuery server\n\n${serverSection(queryServer)}\n\nWrote ${options.out}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

#!/usr/bin/env node
// Benchmark: a synthetic ACLED-shaped CSV (100 MB by default) read through importStream, in Node
// (a file stream) and in headless Chromium (fetch → response.body, on the page's main thread), as
// rows/s, MB/s and peak memory, with the batches dropped (what a Worker forwarding them holds) and
// with every candidate event kept (what a page holding them all needs). Builds nothing: run
// `npm run build` first (it reads dist/src/loaders/).
//
//   node bench/conflict-csv.js [--mb 100] [--only node|chromium] [--out bench/out/conflict-csv.json]
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium, serveStatic } from '../test/consumer/harness.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT_DIR = join(ROOT, 'bench', 'out');
const LOADERS = join(ROOT, 'dist', 'src', 'loaders', 'event-stream.js');
const MB = 1024 * 1024;

const HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';

const TYPES = [
  ['Political violence', 'Battles', 'Armed clash'],
  ['Political violence', 'Explosions/Remote violence', 'Air/drone strike'],
  ['Political violence', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['Political violence', 'Violence against civilians', 'Attack'],
  ['Demonstrations', 'Protests', 'Peaceful protest'],
  ['Political violence; Demonstrations', 'Riots', 'Mob violence'],
  ['Strategic developments', 'Strategic developments', 'Arrests'],
];
const PLACES = [
  ['Ninewa', 'Mosul', 'Mosul', 36.335, 43.1189],
  ['Baghdad', 'Baghdad', 'Baghdad - Karkh', 33.3152, 44.3661],
  ['Kirkuk', 'Kirkuk', 'Kirkuk', 35.4681, 44.3922],
  ['Anbar', 'Ramadi', 'Ramadi', 33.4206, 43.3078],
];

function parseArgs(argv) {
  const options = { mb: 100, only: undefined, out: join(OUT_DIR, 'conflict-csv.json') };
  for (let index = 0; index < argv.length; index++) {
    const [name, value] = [argv[index], argv[index + 1]];
    if (name === '--mb') options.mb = Number(value);
    else if (name === '--only') options.only = value;
    else if (name === '--out') options.out = resolve(value);
    else continue;
    index++;
  }
  return options;
}

/** A small deterministic generator, so every run reads the same file. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const quote = (text) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** Writes about `megabytes` MB of ACLED-shaped rows (2017–2024, 80% day, 15% week, 5% month precision). */
async function writeSyntheticAcled(path, megabytes) {
  const next = random(20170709);
  const out = createWriteStream(path);
  out.write(`${HEADER}\n`);
  let written = HEADER.length + 1;
  let rows = 0;
  while (written < megabytes * MB) {
    const [disorder, type, subType] = TYPES[Math.floor(next() * TYPES.length)];
    const [admin1, admin2, location, latitude, longitude] = PLACES[Math.floor(next() * PLACES.length)];
    const day = new Date(Date.UTC(2017, 0, 1) + Math.floor(next() * 2900) * 86_400_000).toISOString().slice(0, 10);
    const roll = next();
    const precision = roll < 0.8 ? 1 : roll < 0.95 ? 2 : 3;
    const fatalities = Math.floor(next() * next() * 40);
    const notes = `On ${day}, ${subType.toLowerCase()} in ${location} (${admin1}), "reported by" local sources; ${fatalities} fatalities, ${Math.floor(next() * 20)} injured. Follow-up reports said the situation remained tense for several days.`;
    const row = [
      `IRQ${100000 + rows}`,
      day,
      day.slice(0, 4),
      precision,
      disorder,
      type,
      subType,
      'Military Forces of Iraq (2014-2018)',
      'Police Forces of Iraq (2014-2018); Popular Mobilization Forces',
      1,
      'Islamic State (Iraq)',
      '',
      2,
      12,
      '',
      368,
      'Middle East',
      'Iraq',
      admin1,
      admin2,
      '',
      location,
      (latitude + next() / 10).toFixed(4),
      (longitude + next() / 10).toFixed(4),
      1 + Math.floor(next() * 3),
      'Rudaw; Shafaq News; Kurdistan 24',
      'National',
      notes,
      fatalities,
      '',
      1700000000 + rows,
    ]
      .map((cell) => quote(String(cell)))
      .join(',');
    if (!out.write(`${row}\n`)) await once(out, 'drain');
    written += row.length + 1;
    rows++;
  }
  out.end();
  await once(out, 'close');
  return rows;
}

/** Node, in a child process of its own so that its peak memory is its own. */
function measureNode(file, mode) {
  const script = `
    import { createReadStream } from 'node:fs';
    const { importStream } = await import(${JSON.stringify(pathToFileURL(LOADERS).href)});
    let peakRss = 0, peakHeap = 0;
    const sample = () => { const m = process.memoryUsage(); peakRss = Math.max(peakRss, m.rss); peakHeap = Math.max(peakHeap, m.heapUsed); };
    const timer = setInterval(sample, 20);
    const kept = [];
    let rows = 0, events = 0, issues = 0, bytes = 0, batches = 0;
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    for await (const batch of importStream(createReadStream(${JSON.stringify(file)}, { highWaterMark: 65536 }))) {
      batches++; events += batch.events.length; issues += batch.issues.length;
      rows = batch.progress.rows; bytes = batch.progress.bytes;
      if (${JSON.stringify(mode)} === 'keep') for (const event of batch.events) kept.push(event);
      sample();
    }
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    clearInterval(timer); sample();
    console.log(JSON.stringify({ rows, events, issues, bytes, batches, ms, cpuMs, peakRssMb: peakRss / 1048576, peakHeapMb: peakHeap / 1048576, kept: kept.length }));
  `;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('close', (code) =>
      code === 0 ? resolvePromise(JSON.parse(output)) : reject(new Error(`node exited ${code}`)),
    );
  });
}

/** Chromium: fetch → response.body → importStream on the page's main thread; heap sampled over CDP. */
async function measureChromium(browser, origin, mode) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/bench/out/blank.html`);
    const client = await page.createCDPSession();
    await client.send('Performance.enable');
    const taskSeconds = async () =>
      (await client.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration')?.value ??
      0;
    const tasksBefore = await taskSeconds();
    let peakHeap = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { metrics } = await client.send('Performance.getMetrics');
        const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
        peakHeap = Math.max(peakHeap, used);
        await new Promise((resolveSample) => setTimeout(resolveSample, 50));
      }
    })();
    const result = await page.evaluate(async (keep) => {
      const longTasks = [];
      new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({
        type: 'longtask',
      });
      const { importStream } = await import('/dist/src/loaders/event-stream.js');
      const kept = [];
      let rows = 0;
      let events = 0;
      let bytes = 0;
      const started = performance.now();
      const response = await fetch('/bench/out/acled-synthetic.csv');
      for await (const batch of importStream(response.body)) {
        events += batch.events.length;
        rows = batch.progress.rows;
        bytes = batch.progress.bytes;
        if (keep) for (const event of batch.events) kept.push(event);
      }
      const ms = performance.now() - started;
      await new Promise((resolveIdle) => setTimeout(resolveIdle, 100));
      return {
        rows,
        events,
        bytes,
        ms,
        longestTaskMs: Math.max(0, ...longTasks),
        longTasks: longTasks.length,
        kept: kept.length,
      };
    }, mode === 'keep');
    sampling = false;
    await sampler;
    // Main-thread task time: what the page spent, whatever else the machine was doing.
    const cpuMs = ((await taskSeconds()) - tasksBefore) * 1000;
    return { ...result, cpuMs, peakHeapMb: peakHeap / MB };
  } finally {
    await page.close();
  }
}

function line(where, mode, result) {
  const seconds = result.ms / 1000;
  const extra =
    where === 'node'
      ? `peak RSS ${result.peakRssMb.toFixed(0)} MB, peak heap ${result.peakHeapMb.toFixed(0)} MB`
      : `peak JS heap ${result.peakHeapMb.toFixed(0)} MB, longest task ${result.longestTaskMs.toFixed(0)} ms (${result.longTasks} over 50 ms)`;
  const cpuSeconds = result.cpuMs / 1000;
  return (
    `${where.padEnd(8)} ${mode.padEnd(5)} ${result.rows} rows, ${(result.bytes / MB).toFixed(0)} MB in ${seconds.toFixed(1)} s: ` +
    `${Math.round(result.rows / seconds).toLocaleString('en')} rows/s, ${(result.bytes / MB / seconds).toFixed(1)} MB/s; ` +
    `${cpuSeconds.toFixed(1)} s of ${where === 'node' ? 'CPU' : 'main-thread tasks'} ` +
    `(${Math.round(result.rows / cpuSeconds).toLocaleString('en')} rows per CPU second); ${extra}`
  );
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(LOADERS)) throw new Error('dist/src/loaders/ is missing: run `npm run build` first');
  mkdirSync(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, 'acled-synthetic.csv');
  if (!existsSync(file) || Math.abs(statSync(file).size - options.mb * MB) > MB) {
    const rows = await writeSyntheticAcled(file, options.mb);
    console.log(`wrote ${file}: ${rows} rows, ${(statSync(file).size / MB).toFixed(0)} MB`);
  }
  const results = {};
  if (options.only !== 'chromium') {
    for (const mode of ['drop', 'keep']) {
      results[`node-${mode}`] = await measureNode(file, mode);
      console.log(line('node', mode, results[`node-${mode}`]));
    }
  }
  if (options.only !== 'node') {
    await writeFile(join(OUT_DIR, 'blank.html'), '<!doctype html><meta charset="utf-8"><title>bench</title>');
    const server = await serveStatic(ROOT);
    const browser = await launchChromium();
    try {
      for (const mode of ['drop', 'keep']) {
        results[`chromium-${mode}`] = await measureChromium(browser, server.origin, mode);
        console.log(line('chromium', mode, results[`chromium-${mode}`]));
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }
  const load = os.loadavg()[0].toFixed(1);
  console.log(
    `load average ${load} on ${os.cpus().length} cores: wall-clock rates shrink with it, CPU-second rates far less`,
  );
  const record = { date: new Date().toISOString(), mb: options.mb, load, results };
  await writeFile(options.out, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`\nwritten to ${options.out}`);
}

await main();

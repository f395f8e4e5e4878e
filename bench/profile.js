#!/usr/bin/env node
// Where the time goes at one size: a Chromium trace of the element's first render (the longest
// main-thread tasks) and a CPU profile of the same run (the functions with the most self time).
//
//   node bench/profile.js [--size 1000000] [--variant element] [--top 25] [--profile no]
//   node bench/profile.js --worker          (the element given the events with its `worker` attribute)
//   node bench/profile.js --size 100 --profile no --stacks --dump trace.json   (the trace, each forced
//                          style recalculation and layout with the script that forced it)
//   node bench/profile.js --src /bench/out/events-1000000-20140101.json   (the element reading a
//                          file in its worker, as the bench's src column; run the bench once to write it)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { flagArgs, selfTimes } from './cpu-profile.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, MEMORY_ARGS } from '../scripts/chromium.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const RAW_VIS = join(ROOT, 'node_modules', 'vis-timeline', 'standalone', 'umd', 'vis-timeline-graph2d.min.js');
const args = flagArgs();
const size = Number(args.size ?? 1_000_000);
const variant = args.variant ?? 'element';
const top = Number(args.top ?? 25);
// `--profile no`: the trace only (the sampling profiler slows the page down).
const sampling = args.profile !== 'no';

const server = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  // The raw variant's page loads vis-timeline's standalone build, as bench/run.js serves it.
  const file =
    path === '/vendor/vis-timeline-graph2d.min.js' ? RAW_VIS : normalize(join(ROOT, decodeURIComponent(path)));
  try {
    if (!file.startsWith(ROOT + sep) || !(await stat(file)).isFile()) throw new Error('not found');
    const type = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.csv': 'text/csv' }[
      extname(file)
    ];
    response.writeHead(200, { 'content-type': type ?? 'application/octet-stream' }).end(await readFile(file));
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_ARGS, ...MEMORY_ARGS, '--window-size=1200,400'],
  defaultViewport: { width: 1200, height: 400 },
  protocolTimeout: 600_000,
});
try {
  const page = await browser.newPage();
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(`${origin}/bench/page-${variant}.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.benchReady && window.bench);
  await page.evaluate(() => window.benchReady);
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  // `--stacks`: each style recalculation and layout in the trace (`--dump`) names the script that forced it.
  const stacks = 'stacks' in args ? ['disabled-by-default-devtools.timeline.stack'] : [];
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', ...stacks] });
  if (sampling) await cdp.send('Profiler.start');
  // The src path's worker: profiled too, from its start (its self times are printed after the page's).
  let workerProfile;
  page.on('workercreated', async (worker) => {
    try {
      await worker.client.send('Profiler.enable');
      await worker.client.send('Profiler.setSamplingInterval', { interval: 500 });
      await worker.client.send('Profiler.start');
      workerProfile = () => worker.client.send('Profiler.stop');
    } catch {
      // A worker that ended before it could be profiled.
    }
  });
  const first = args.src
    ? await page.evaluate((url) => window.bench.firstRenderFromSrc(url), args.src)
    : await page.evaluate((n, worker) => window.bench.firstRender(n, 20140101, { worker }), size, 'worker' in args);
  const { profile } = sampling
    ? await cdp.send('Profiler.stop')
    : { profile: { nodes: [], samples: [], timeDeltas: [], startTime: 0 } };
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
  if (args.dump) await import('node:fs').then((fs) => fs.writeFileSync(args.dump, JSON.stringify(trace)));
  // `--cpuprofile FILE`: the page's CPU profile, for DevTools' Performance panel or a script.
  if (args.cpuprofile) await import('node:fs').then((fs) => fs.writeFileSync(args.cpuprofile, JSON.stringify(profile)));
  console.log(
    `${args.src ?? `${variant} ${size}`}: first render ${first.ms.toFixed(0)} ms, ${first.drawnItems} items drawn`,
  );
  // The harness marks its timer's start (console.timeStamp): generating the events is left out.
  const mark = trace.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'bench:mounted');
  const t0 = mark?.ts ?? 0;
  // Only the page's renderer: the trace also holds the browser's own pages (headless Chromium
  // renders its omnibox popup too, whose module evaluation looked like the page's long tasks).
  const tasks = longTasks(trace, t0, mark?.pid);
  const cpuLong = tasks.filter((task) => (task.tdur ?? task.dur) > 50_000).length;
  console.log(
    `\nMain-thread tasks over 50 ms after the timer started: ${tasks.length} (${cpuLong} of them over 50 ms of CPU time)`,
  );
  for (const task of tasks.slice(0, 20)) {
    // tdur: the thread's CPU time, which a busy machine's preemption does not inflate.
    const cpu = task.tdur === undefined ? '' : ` (CPU ${(task.tdur / 1000).toFixed(0)} ms)`;
    console.log(`  ${(task.dur / 1000).toFixed(0)} ms${cpu} at ${((task.ts - t0) / 1000).toFixed(0)} ms:`);
    if (sampling)
      for (const [key, ms] of selfTimes(profile, task.ts, task.ts + task.dur).slice(0, 6))
        console.log(`      ${ms.toFixed(0).padStart(5)} ms  ${key}`);
    else console.log(`      ${nested(trace, task).join('; ')}`);
  }
  if (workerProfile && sampling) {
    const { profile: inWorker } = await workerProfile();
    console.log('\nSelf time by function in the worker:');
    for (const [key, ms] of selfTimes(inWorker, 0, Infinity).slice(0, top))
      console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${key}`);
  }
  console.log('\nSelf time by function over the whole first render:');
  for (const [key, ms] of selfTimes(profile, t0, Infinity).slice(0, top))
    console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${key}`);
} finally {
  await browser.close();
  server.close();
}

function longTasks(events, t0, pid) {
  const main = new Set(
    events
      .filter(
        (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && (pid === undefined || e.pid === pid),
      )
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return events
    .filter(
      (e) =>
        e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`) && e.dur > 50_000 && e.ts + e.dur > t0,
    )
    .sort((a, b) => (b.tdur ?? b.dur) - (a.tdur ?? a.dur));
}

/** The longest trace slices inside a task (GC, layout, style, a function call), with their CPU time. */
function nested(events, task) {
  return events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e !== task &&
        e.tid === task.tid &&
        e.pid === task.pid &&
        e.ts >= task.ts &&
        e.ts + (e.dur ?? 0) <= task.ts + task.dur,
    )
    .filter(
      (e) =>
        args.slices === 'all' ||
        /^(MinorGC|MajorGC|V8.GC_MC_INCREMENTAL|Layout|UpdateLayoutTree|Paint|FunctionCall|v8.run|TimerFire|FireAnimationFrame|ParseHTML|EventDispatch|RunMicrotasks)$/.test(
          e.name,
        ),
    )
    .sort((a, b) => (b.tdur ?? b.dur) - (a.tdur ?? a.dur))
    .slice(0, 5)
    .map(
      (e) =>
        `${e.name}${e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ''}${e.args?.data?.url ? ` ${String(e.args.data.url).split('/').pop()}` : ''} ${((e.tdur ?? e.dur) / 1000).toFixed(0)}`,
    );
}

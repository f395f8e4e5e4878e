#!/usr/bin/env node
// Where the time of a window change goes when <conflict-timeline> browses the query server: a
// Chromium trace and a CPU profile of each window change of bench/server.js, from `setWindow` to
// the paint after the answer is drawn. Per change: the request on the wire (sent, first byte,
// done), when the answer reached the page and the first `ct-render`, the main thread's CPU time
// (what a busy machine's preemption does not inflate), its layouts, style recalculations and
// paints, and the functions with the most self time. Uses the data set bench/server.js loaded.
//
//   node bench/server-profile.js [--rows 10000000] [--port 8650] [--top 8] [--server-log yes]
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { flagArgs, selfTimes } from './cpu-profile.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';
import { WINDOW_OPS, databaseFile, startServer, startStaticServer, withTimeout } from './server.js';

const args = flagArgs();
const rows = Number(args.rows ?? 10_000_000);
const port = Number(args.port ?? 8650);
const top = Number(args.top ?? 8);
const database = databaseFile(rows);
if (!existsSync(database)) {
  console.error(`${database} is missing: run \`node bench/server.js --rows ${rows}\` once first.`);
  process.exit(1);
}

const statics = await startStaticServer(port + 1);
const origin = `http://127.0.0.1:${statics.address().port}`;
const server = await startServer({
  database,
  load: false,
  port,
  corsOrigin: origin,
  loadTimeoutS: 600,
  memoryLimit: '4GB',
});
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
  defaultViewport: { width: 1200, height: 400 },
  protocolTimeout: 600_000,
});
try {
  const page = await browser.newPage();
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(`${origin}/bench/page-server.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.serverBenchReady);
  const opened = await withTimeout(
    page.evaluate((url) => window.serverBench.open(url), server.url),
    120_000,
    'The first render',
  );
  console.log(`Serving ${opened.size.toLocaleString('en')} events; first render ${opened.ms.toFixed(0)} ms`);
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  for (const op of WINDOW_OPS) {
    await page.tracing.start({
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'],
    });
    await cdp.send('Profiler.start');
    const result = await page.evaluate(
      (start, end) => window.serverBench.setWindow(start, end),
      new Date(...op.start).getTime(),
      new Date(...op.end).getTime(),
    );
    const { profile } = await cdp.send('Profiler.stop');
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
    describe(op.name, result, trace, profile);
  }
  if (args['server-log']) console.log(server.output());
} finally {
  await browser.close();
  await server.stop();
  statics.close();
}

/** Prints where one window change's time went. */
function describe(name, result, trace, profile) {
  const mark = (message) => trace.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === message);
  const [start] = mark('server:setWindow');
  if (!start) throw new Error('The trace has no setWindow mark.');
  const t0 = start.ts;
  const end = t0 + result.ms * 1000;
  const at = (ts) => `${((ts - t0) / 1000).toFixed(0)} ms`;
  const main = trace.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X');
  const within = (e) => e.ts >= t0 && e.ts <= end;
  const tasks = main.filter((e) => e.name === 'RunTask' && within(e));
  const cpu = (events) => events.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000;
  const kinds = ['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'FireAnimationFrame', 'FunctionCall'];
  const counts = kinds.map((kind) => {
    const events = main.filter((e) => e.name === kind && within(e));
    return `${kind} ${events.length}× ${cpu(events).toFixed(0)} ms`;
  });
  const request = trace.find(
    (e) => e.name === 'ResourceSendRequest' && /\/v1\/window\?/.test(e.args?.data?.url ?? '') && e.ts >= t0,
  );
  const id = request?.args.data.requestId;
  const byId = (kind) => trace.find((e) => e.name === kind && e.args?.data?.requestId === id);
  const response = byId('ResourceReceiveResponse');
  const finish = byId('ResourceFinish');
  const renders = mark('server:render').filter(within);
  const answer = mark('server:answer').find(within);
  console.log(
    `\n${name}: ${result.ms.toFixed(0)} ms to the painted answer (${result.events} events, ${result.counts} count segments)`,
  );
  console.log(
    `  request sent ${request ? at(request.ts) : '–'}, response ${response ? at(response.ts) : '–'}, done ${finish ? at(finish.ts) : '–'}; ` +
      `answer in the page ${answer ? at(answer.ts) : '–'}; ct-render at ${renders.map((e) => at(e.ts)).join(', ') || '–'}`,
  );
  console.log(
    `  main thread: ${tasks.length} tasks, ${cpu(tasks).toFixed(0)} ms CPU (wall ${(cpu(tasks.map((e) => ({ dur: e.dur }))) || 0).toFixed(0)} ms)`,
  );
  console.log(`  ${counts.join(', ')}`);
  const longest = [...tasks].sort((a, b) => (b.tdur ?? b.dur) - (a.tdur ?? a.dur)).slice(0, 3);
  console.log(
    `  longest tasks: ${longest.map((e) => `${((e.tdur ?? e.dur) / 1000).toFixed(0)} ms CPU at ${at(e.ts)}`).join(', ')}`,
  );
  for (const [key, self] of selfTimes(profile, t0, end, { columns: true }).slice(0, top))
    console.log(`      ${self.toFixed(1).padStart(6)} ms  ${key}`);
}

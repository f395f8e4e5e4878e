// The longest main-thread task while `run()` runs in a page, from a Chromium trace: the
// PerformanceObserver 'longtask' entries only exist from 50 ms up, too coarse for time slices.

/** Runs `run()` with tracing on; returns its result and the longest renderer main-thread task (ms). */
export async function withLongestTask(page, run) {
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  let result;
  let buffer;
  try {
    result = await run();
  } finally {
    buffer = await page.tracing.stop();
  }
  const events = buffer ? JSON.parse(Buffer.from(buffer).toString('utf8')).traceEvents : [];
  return { result, longestTaskMs: longestMainThreadTask(events) };
}

/**
 * The longest task of the page's main thread: the renderer that ran `run()`'s mark
 * (`console.timeStamp('bench:run')`), when there is one; the trace also holds the browser's own
 * pages (headless Chromium renders its omnibox popup), whose tasks are not the page's.
 */
function longestMainThreadTask(events) {
  const pid = events.find((event) => event.name === 'TimeStamp' && event.args?.data?.message === 'bench:run')?.pid;
  const mainThreads = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .filter((event) => pid === undefined || event.pid === pid)
      .map((event) => `${event.pid}:${event.tid}`),
  );
  let longest = 0;
  for (const event of events) {
    if (event.name !== 'RunTask' || event.ph !== 'X' || !mainThreads.has(`${event.pid}:${event.tid}`)) continue;
    longest = Math.max(longest, (event.dur ?? 0) / 1000);
  }
  return longest;
}

/**
 * Times the sliced path (`ingestEvents`, src/model/ingest.ts: validate + prepare + index in
 * time slices) on `size` fresh events in a page that has `window.__bench.generateEvents` and
 * `window.__bench.ingestEvents`: wall clock (yields included) and its longest main-thread task.
 */
export async function measureSlicedIngest(page, size) {
  await page.evaluate((n) => {
    window.__input = window.__bench.generateEvents(n);
    if (typeof globalThis.gc === 'function') globalThis.gc();
  }, size);
  const { result, longestTaskMs } = await withLongestTask(page, () =>
    page.evaluate(async () => {
      console.timeStamp('bench:run');
      const t0 = performance.now();
      const { events, issues } = await window.__bench.ingestEvents(window.__input);
      const total = performance.now() - t0;
      if (events.length !== window.__input.length || issues.length) throw new Error('unexpected ingest result');
      return { total };
    }),
  );
  return { total: result.total, longestTaskMs };
}

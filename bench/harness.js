// Page-side measuring, shared by page-element.html and page-raw.html. Each page provides
// `mount(events)` (create the timeline, returning `{ subscribe, setWindow, drawnItems, ready }`),
// page-element.html also `mountSrc(url)` (the element reading a file), and this module exposes
// `window.bench` for bench/run.js to drive.
import { generateEvents } from './events.js';

const longTasks = [];
try {
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
} catch {
  // No long-task timing in this browser: the counts stay empty.
}

/** Resolves after two animation frames: the browser has laid out and painted what was drawn. */
function afterPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
}

/**
 * Waits until the timeline has drawn and stayed quiet: after each render event (that `ready`
 * accepts) two frames, then `quietMs` with no further render. A redraw triggered by the first
 * one (a fit, a level-of-detail answer) is therefore included. Returns ms from `t0` to the
 * paint after the last render, and how many renders there were.
 */
function settle(subscribe, t0, { ready = () => true, quietMs = 300, kick = false } = {}) {
  return new Promise((resolve) => {
    let lastPaint = 0;
    let renders = 0;
    let timer;
    let generation = 0;
    const finish = () => {
      unsubscribe();
      resolve({ ms: lastPaint - t0, renders });
    };
    const onRender = (detail) => {
      if (!ready(detail)) return;
      renders++;
      const mine = ++generation;
      clearTimeout(timer);
      afterPaint().then((time) => {
        if (mine !== generation) return;
        lastPaint = time;
        timer = setTimeout(finish, quietMs);
      });
    };
    const unsubscribe = subscribe(onRender);
    // A render that happened synchronously inside the call being timed has no event to wait for.
    if (kick) onRender(undefined);
  });
}

/**
 * Installs `window.bench` for a page whose `mount(events)` creates the timeline (and whose
 * `mountSrc(url)`, if any, creates it reading `url`).
 */
export function installBench(mount, mountSrc) {
  let view;
  let mountedAt = 0;
  let renderedAt = 0;
  /** Mounts (timed from here) and waits until the timeline settles. */
  async function timedMount(create) {
    await afterPaint();
    const t0 = performance.now();
    mountedAt = t0;
    // A mark in a Chromium trace (bench/profile.js): where the timed part begins.
    console.timeStamp('bench:mounted');
    view = create();
    const result = await settle(view.subscribe, t0, { ready: view.ready, kick: view.kick });
    renderedAt = performance.now();
    return { ms: result.ms, renders: result.renders, drawnItems: view.drawnItems() };
  }
  window.bench = {
    /** Generates the events (not timed), mounts the timeline (timed) and waits until it settles. */
    async firstRender(count, seed, options = {}) {
      const events = generateEvents(count, seed);
      return timedMount(() => mount(events, options));
    },
    /** Mounts the timeline reading `url` (timed from before the fetch) and waits until it settles. */
    async firstRenderFromSrc(url) {
      if (!mountSrc) throw new Error('This page cannot read a src.');
      return timedMount(() => mountSrc(url));
    },
    /** Sets the window (no animation) and waits until the timeline settles. */
    async setWindow(start, end) {
      await afterPaint();
      const t0 = performance.now();
      view.setWindow(new Date(start), new Date(end));
      const result = await settle(view.subscribe, t0, { quietMs: 300 });
      return { ms: result.ms, renders: result.renders, drawnItems: view.drawnItems() };
    },
    /**
     * After waiting `ms` idle: the long tasks since the first render settled, and the longest
     * task during the first render (how long the page could not answer input).
     */
    async longTasks(ms) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      // The settle wait ends 300 ms after the last render: count from there, not from its end.
      const after = longTasks.filter((entry) => entry.startTime >= renderedAt - 300);
      // The task that sets `events` began before `mountedAt` (it was measured inside it): a task
      // counts when any of it falls in the first render.
      const during = longTasks.filter(
        (entry) => entry.startTime + entry.duration > mountedAt && entry.startTime < renderedAt - 300,
      );
      return {
        count: after.length,
        totalMs: after.reduce((sum, entry) => sum + entry.duration, 0),
        longestDuringRenderMs: during.reduce((longest, entry) => Math.max(longest, entry.duration), 0),
      };
    },
    /** Collects garbage (Chromium started with --js-flags=--expose-gc) before a heap reading. */
    gc() {
      if (typeof window.gc === 'function') window.gc();
      return typeof window.gc === 'function';
    },
  };
}

export { generateEvents, settle, afterPaint };

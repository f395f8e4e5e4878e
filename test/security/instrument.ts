/**
 * Counts what a long-lived page accumulates: window and document listeners, intervals, resize
 * observers, vis-timeline instances. Import it before anything else in a test file: it wraps the
 * globals before the element's modules run.
 */
import { Timeline } from 'vis-timeline/esnext/esm/vis-timeline-graph2d.js';

type Key = string;

function keyOf(type: string, listener: unknown, options: boolean | AddEventListenerOptions | undefined): Key {
  const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
  return `${type}|${capture}|${listenerIds.get(listener as object) ?? 'none'}`;
}

const listenerIds = new WeakMap<object, number>();
let nextListenerId = 0;

function idFor(listener: unknown): void {
  if (listener && (typeof listener === 'object' || typeof listener === 'function') && !listenerIds.has(listener)) {
    listenerIds.set(listener, ++nextListenerId);
  }
}

/** Live listeners of one target, by type|capture|listener (as the platform de-duplicates them). */
function trackListeners(target: EventTarget, live: Map<Key, string>): void {
  const add = target.addEventListener;
  const remove = target.removeEventListener;
  target.addEventListener = function (
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    idFor(listener);
    if (listener && !(typeof options === 'object' && options.once)) live.set(keyOf(type, listener, options), type);
    return add.call(this, type, listener, options);
  };
  target.removeEventListener = function (
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    live.delete(keyOf(type, listener, options));
    return remove.call(this, type, listener, options);
  };
}

export const windowListeners = new Map<Key, string>();
export const documentListeners = new Map<Key, string>();
trackListeners(window, windowListeners);
trackListeners(document, documentListeners);

export const liveIntervals = new Set<number>();
// Through `any`: the DOM and Node typings of setInterval disagree (number vs Timeout).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const timers = window as any;
const realSetInterval = window.setInterval.bind(window);
const realClearInterval = window.clearInterval.bind(window);
timers.setInterval = (handler: TimerHandler, timeout?: number, ...args: unknown[]): number => {
  const id = realSetInterval(handler, timeout, ...args) as unknown as number;
  liveIntervals.add(id);
  return id;
};
timers.clearInterval = (id?: number): void => {
  if (id !== undefined) liveIntervals.delete(id);
  realClearInterval(id);
};

/** Resize observers that observe something and were not disconnected. */
export const liveResizeObservers = new Set<ResizeObserver>();
const RealResizeObserver = window.ResizeObserver;
window.ResizeObserver = class extends RealResizeObserver {
  override observe(target: Element, options?: ResizeObserverOptions): void {
    liveResizeObservers.add(this);
    super.observe(target, options);
  }
  override disconnect(): void {
    liveResizeObservers.delete(this);
    super.disconnect();
  }
};

/** vis-timeline instances created and not destroyed (counted on its Core prototype, test-only). */
export const visTimelines = { created: 0, destroyed: 0 };
const core = Object.getPrototypeOf(Timeline.prototype) as { _create(container: unknown): void; destroy(): void };
const realCreate = core._create;
const realDestroy = core.destroy;
core._create = function (container: unknown) {
  visTimelines.created++;
  return realCreate.call(this, container);
};
core.destroy = function () {
  visTimelines.destroyed++;
  return realDestroy.call(this);
};

/** Everything counted, as one comparable snapshot. */
export function snapshot() {
  return {
    windowListeners: [...windowListeners.values()].sort().join(','),
    documentListeners: [...documentListeners.values()].sort().join(','),
    intervals: liveIntervals.size,
    resizeObservers: liveResizeObservers.size,
    liveVisTimelines: visTimelines.created - visTimelines.destroyed,
  };
}

/**
 * The events an element shows when it has no data of its own (no `events`, no `src`, nothing
 * inside it). None unless the page chooses some: the article's events are data, not part of the
 * element, so an app that imports the element does not ship them. The drop-in bundle
 * (`src/drop-in.ts`) chooses the article, as a loader: its 14 KB arrive only when an element
 * actually shows the default.
 */
import type { ConflictEvent } from '../model/types.js';

type Events = readonly ConflictEvent[];

let defaultEvents: Events | undefined;
let loader: (() => Promise<Events>) | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

/** The events chosen as the default, if any (a loader's, once it has given them). */
export function getDefaultEvents(): Events | undefined {
  return defaultEvents;
}

/** Chooses the default events (`undefined`: none); elements showing the default show the new one. */
export function setDefaultEvents(events: Events | undefined): void {
  loader = undefined;
  loading = undefined;
  defaultEvents = events;
  for (const listener of listeners) listener();
}

/**
 * Chooses default events that `load` gives when an element first needs them (see
 * `requireDefaultEvents`). A loader that fails leaves no default; the error is rethrown to the
 * element that asked, which reports it.
 */
export function setDefaultEventsLoader(load: () => Promise<Events>): void {
  setDefaultEvents(undefined);
  loader = load;
}

/**
 * The default events if they are there; otherwise, when a loader is waiting, a promise settled
 * once it has given them (elements showing the default are then told, as by `setDefaultEvents`).
 */
export function requireDefaultEvents(): Events | Promise<void> | undefined {
  if (defaultEvents || !loader) return defaultEvents;
  const load = loader;
  loading ??= load().then((events) => {
    if (loader === load) setDefaultEvents(events);
  });
  return loading;
}

/** Calls `listener` whenever the default changes; returns the function that stops it. */
export function watchDefaultEvents(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

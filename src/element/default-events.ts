/**
 * The events an element shows when it has no data of its own (no `events`, no `src`, nothing
 * inside it). None unless the page chooses some: the article's events are data, not part of the
 * element, so an app that imports the element does not ship them. The drop-in bundle
 * (`src/drop-in.ts`) chooses the article.
 */
import type { ConflictEvent } from '../model/types.js';

let defaultEvents: readonly ConflictEvent[] | undefined;
const listeners = new Set<() => void>();

/** The events chosen as the default, if any. */
export function getDefaultEvents(): readonly ConflictEvent[] | undefined {
  return defaultEvents;
}

/** Chooses the default events (`undefined`: none); elements showing the default show the new one. */
export function setDefaultEvents(events: readonly ConflictEvent[] | undefined): void {
  defaultEvents = events;
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever the default changes; returns the function that stops it. */
export function watchDefaultEvents(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

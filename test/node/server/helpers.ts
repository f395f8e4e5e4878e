// Shared by the server's Node-side tests: the fixture files, a store loaded from them, and every
// event a store holds (asked for as one window wide enough for all of them).
import { fileURLToPath } from 'node:url';
import { EventStore, type LoadReport } from '../../../src/server/duckdb-store.js';
import type { SourceFile } from '../../../src/server/load-files.js';
import { DAY_MS } from '../../../src/timeline/lod/http-protocol.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const ACLED = `${FIXTURES}acled.csv`;
export const UCDP = `${FIXTURES}ucdp.csv`;
export const EVENTS_JSON = `${FIXTURES}events.json`;

/** Opens an in-memory store with one connection and loads the files. */
export async function loadedStore(files: readonly SourceFile[]): Promise<{ store: EventStore; report: LoadReport }> {
  const store = await EventStore.open({ connections: 1, threads: 1 });
  try {
    return { store, report: await store.load(files) };
  } catch (error) {
    store.close();
    throw error;
  }
}

/** Every event of the store, by id (the window spans 1900–2100, with room for 2,000 events). */
export async function allEvents(store: EventStore): Promise<Map<string, Record<string, unknown>>> {
  const answer = await store.answer(
    {
      start: Date.UTC(1900, 0, 1),
      end: Date.UTC(2100, 0, 1),
      margin: 0,
      maxItems: 2000,
      resolution: DAY_MS,
      hidden: [],
    },
    10_000,
  );
  return new Map(answer.events.map((event) => [(event as { id: string }).id, event as Record<string, unknown>]));
}

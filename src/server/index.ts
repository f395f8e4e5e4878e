/**
 * conflict-timeline/server: the reference query server for `HttpQueryProvider`, on DuckDB. Node
 * only; DuckDB (`@duckdb/node-api`) must be installed next to the package.
 *
 * ```js
 * import { startQueryServer } from 'conflict-timeline/server';
 * const server = await startQueryServer({ files: ['acled-2024.csv'], port: 8080, cors: ['https://example.org'] });
 * console.log(server.url); // http://127.0.0.1:8080/v1/
 * ```
 */
import { EventStore, type LoadReport, type StoreOptions } from './duckdb-store.js';
import { serveEvents, type HttpServerOptions } from './http-server.js';
import type { SourceFile } from './load-files.js';

export { DuckDbMissingError } from './duckdb-api.js';
export { type LoadIssue, type LoadReport, type StoreOptions } from './duckdb-store.js';
export { DEFAULT_LIMITS, type HttpServerOptions } from './http-server.js';
export { SourceFileError, type SourceFile, type SourceFormat, type LoadedFile } from './load-files.js';

export interface QueryServerOptions extends HttpServerOptions, StoreOptions {
  /**
   * Files to load (ACLED or UCDP GED CSV, or the library's JSON; the format is detected). With
   * a `database` file that was loaded before, none are needed: its events are served.
   */
  readonly files: readonly (string | SourceFile)[];
}

/** A running query server. */
export interface QueryServer {
  /** The protocol's base URL, for `new HttpQueryProvider({ url })`. */
  readonly url: string;
  readonly port: number;
  /** What loading the files did (null when a database file's events are served as they are). */
  readonly report: LoadReport | null;
  /** Stops taking requests, lets those in flight finish (at most `graceMs`), closes the database. */
  close(graceMs?: number): Promise<void>;
}

/** Loads the files into DuckDB and serves them. */
export async function startQueryServer(options: QueryServerOptions): Promise<QueryServer> {
  const store = await EventStore.open(options);
  try {
    const files = options.files.map((file) => (typeof file === 'string' ? { path: file } : file));
    let report: LoadReport | null = null;
    if (files.length) report = await store.load(files);
    else if (!(await store.hasEvents()))
      throw new Error('No files to load, and no database file with events loaded before.');
    const http = await serveEvents(store, options);
    return {
      url: http.url,
      port: http.port,
      report,
      close: async (graceMs) => {
        await http.close(graceMs);
        store.close();
      },
    };
  } catch (error) {
    store.close();
    throw error;
  }
}

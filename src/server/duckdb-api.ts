/**
 * DuckDB (`@duckdb/node-api`) is an optional peer dependency: a large native package that users
 * of the web component do not need. The server imports it here, on first use, and says what to
 * install when it is missing.
 */
import type * as DuckDbApi from '@duckdb/node-api';

export type DuckDb = typeof DuckDbApi;

/** DuckDB is not installed: the message says what to install. */
export class DuckDbMissingError extends Error {
  override readonly name = 'DuckDbMissingError';
  constructor() {
    super(
      'The query server needs DuckDB, which is not installed with the web component (it is a large native package).\n' +
        'Install it next to conflict-timeline:  npm install @duckdb/node-api',
    );
  }
}

/** Imports `@duckdb/node-api`, or throws a `DuckDbMissingError` when it is not installed. */
export async function importDuckDb(): Promise<DuckDb> {
  try {
    return await import('@duckdb/node-api');
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const message = error instanceof Error ? error.message : '';
    if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && message.includes('@duckdb/node-api'))
      throw new DuckDbMissingError();
    throw error;
  }
}

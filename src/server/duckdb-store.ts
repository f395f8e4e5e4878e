/**
 * The server's events in DuckDB (in memory, or in a database file): loading ACLED, UCDP GED and
 * the library's JSON into one `events` table, and answering window queries from a small pool of
 * connections, each query stopped (`interrupt`) when it runs past its time.
 *
 * DuckDB is an optional peer dependency (a large native package the web component does not
 * need): it is imported only when a store opens, and its absence is a clear `DuckDbMissingError`.
 */
import type {
  DuckDBConnection,
  DuckDBInstance,
  DuckDBMaterializedResult,
  DuckDBPreparedStatement,
  DuckDBValueConverter,
} from '@duckdb/node-api';
import { DAY_MS, type WireAnswer, type WireWindowQuery } from '../timeline/lod/http-protocol.js';
import { answerWindow, LONG_SPAN, type SqlParams, type SqlRunner, type StoredEventsFacts } from './window-answer.js';
import { createEventTableSql, mappingTablesSql } from './sql-mapping.js';
import { loadSourceFile, type LoadedFile, type SourceFile } from './load-files.js';
import type { EventRow } from './row-events.js';
import { importDuckDb, type DuckDb } from './duckdb-api.js';

export interface StoreOptions {
  /** A DuckDB database file; default `:memory:`. */
  readonly database?: string;
  /** DuckDB's worker threads (default: DuckDB's own, the number of cores). */
  readonly threads?: number;
  /** DuckDB's memory limit, e.g. `4GB` (default: DuckDB's own, 80 % of RAM). */
  readonly memoryLimit?: string;
  /** Connections answering queries at once (default 4). */
  readonly connections?: number;
}

/** One row that was not loaded, and why. */
export interface LoadIssue {
  readonly file: string;
  /**
   * The row: in a CSV, 1 is the first row after the header (rows that are not CSV are not
   * counted; they are named by their line in `message`, and `row` is null); in JSON, the
   * position in the list, from 1.
   */
  readonly row: number | null;
  readonly id: string | null;
  readonly message: string;
}

/** What a load did: events kept, rows left out (the first `issues`, and how many in all). */
export interface LoadReport {
  readonly files: readonly LoadedFile[];
  readonly events: number;
  readonly rejected: number;
  readonly issues: readonly LoadIssue[];
}

/** The extent and size of the stored events. */
export interface StoreInfo {
  readonly size: number;
  readonly start: number | null;
  readonly end: number | null;
}

/** A query stopped because it ran past its time. */
export class QueryTimeoutError extends Error {
  override readonly name = 'QueryTimeoutError';
}

/** Raised when every connection is busy and too many queries wait. */
export class StoreBusyError extends Error {
  override readonly name = 'StoreBusyError';
}

/** A row's place in the input (file, then row) as one number, to find the first of repeated ids. */
const ROW_KEY = '(source_file::BIGINT * 4294967296 + source_row)';

/** Issues kept to report (the count is always exact). */
const MAX_REPORTED_ISSUES = 200;
/** Queries waiting for a connection beyond which a new one is refused. */
const MAX_WAITING = 64;

interface PooledConnection {
  readonly connection: DuckDBConnection;
  readonly statements: Map<string, DuckDBPreparedStatement>;
}

export class EventStore {
  private readonly idle: PooledConnection[] = [];
  private readonly waiting: ((connection: PooledConnection) => void)[] = [];
  private readonly all: PooledConnection[] = [];
  private cachedInfo?: StoreInfo;
  private cachedFacts?: StoredEventsFacts;
  private closed = false;

  private constructor(
    private readonly duckdb: DuckDb,
    private readonly instance: DuckDBInstance,
    private readonly admin: DuckDBConnection,
  ) {}

  /** Opens DuckDB (throws `DuckDbMissingError` when it is not installed). */
  static async open(options: StoreOptions = {}): Promise<EventStore> {
    const duckdb = await importDuckDb();
    const settings: Record<string, string> = {};
    if (options.threads) settings.threads = String(options.threads);
    if (options.memoryLimit) settings.memory_limit = options.memoryLimit;
    const instance = await duckdb.DuckDBInstance.create(options.database ?? ':memory:', settings);
    const admin = await instance.connect();
    const store = new EventStore(duckdb, instance, admin);
    for (let i = 0; i < Math.max(1, options.connections ?? 4); i++) {
      const pooled = { connection: await instance.connect(), statements: new Map() };
      store.all.push(pooled);
      store.idle.push(pooled);
    }
    return store;
  }

  /** Whether the database already holds loaded events (a database file used again). */
  async hasEvents(): Promise<boolean> {
    const rows = await this.read(
      "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name IN ('events', 'day_counts', 'mid_events', 'long_events') AND NOT temporary",
    );
    return Number(rows[0]?.n) === 4;
  }

  /**
   * Replaces the stored events with those of the files: each is mapped (ACLED, UCDP GED or the
   * library's JSON), rows with a problem and repeated ids are left out and reported, and the
   * tables the queries read are built.
   */
  async load(files: readonly SourceFile[]): Promise<LoadReport> {
    for (const statement of mappingTablesSql()) await this.admin.run(statement);
    await this.admin.run(createEventTableSql('staging', ['problem VARCHAR']));
    const loaded: LoadedFile[] = [];
    for (const [index, file] of files.entries())
      loaded.push(await loadSourceFile(this.duckdb, this.admin, file, index));
    // Ids seen more than once (a narrow aggregate: usually none), with the first row of each.
    await this.admin.run(`
      CREATE OR REPLACE TEMP TABLE repeated_ids AS
      SELECT id, min(${ROW_KEY}) AS first_key FROM staging WHERE problem IS NULL GROUP BY id HAVING count(*) > 1`);
    await this.admin.run(`
      CREATE OR REPLACE TEMP VIEW checked AS
      SELECT s.*, r.id IS NOT NULL AND ${ROW_KEY.replace(/source_/g, 's.source_')} <> r.first_key AS repeated
      FROM staging s LEFT JOIN repeated_ids r ON s.problem IS NULL AND s.id = r.id`);
    const issues = await this.read(`
      SELECT source_file, source_row, id, coalesce(problem, 'repeats the id of an earlier row; left out') AS message
      FROM checked WHERE problem IS NOT NULL OR repeated ORDER BY source_file, source_row LIMIT ${MAX_REPORTED_ISSUES}`);
    const rejected = Number(
      (await this.read('SELECT count(*) AS n FROM checked WHERE problem IS NOT NULL OR repeated'))[0]?.n,
    );
    // In time order, so that DuckDB's per-block minima and maxima skip all but the window's blocks.
    await this.admin.run(`
      CREATE OR REPLACE TABLE events AS
      SELECT * EXCLUDE (problem, repeated) FROM checked WHERE problem IS NULL AND NOT repeated
      ORDER BY start_ms, end_ms, id`);
    await this.admin.run('DROP VIEW checked');
    await this.admin.run('DROP TABLE repeated_ids');
    await this.admin.run('DROP TABLE staging');
    await this.admin.run(`
      CREATE OR REPLACE TABLE day_counts AS
      SELECT start_ms // ${DAY_MS} AS day, type_code, count(*)::BIGINT AS n FROM events GROUP BY ALL ORDER BY day, type_code`);
    // Copies of the events lasting more than a day, by duration (see window-answer.ts).
    await this.admin.run(`
      CREATE OR REPLACE TABLE mid_events AS SELECT * FROM events
      WHERE end_ms - start_ms > ${DAY_MS} AND end_ms - start_ms <= ${LONG_SPAN} ORDER BY start_ms`);
    await this.admin.run(
      `CREATE OR REPLACE TABLE long_events AS SELECT * FROM events WHERE end_ms - start_ms > ${LONG_SPAN} ORDER BY start_ms`,
    );
    this.cachedInfo = undefined;
    this.cachedFacts = undefined;
    const info = await this.info();
    return {
      files: loaded,
      events: info.size,
      rejected,
      issues: issues.map((row) => ({
        file: files[Number(row.source_file)]?.path ?? '',
        row: Number(row.source_row) > 0 ? Number(row.source_row) : null,
        id: typeof row.id === 'string' ? row.id : null,
        message: String(row.message),
      })),
    };
  }

  /** Number of events and their calendar range. */
  async info(): Promise<StoreInfo> {
    if (!this.cachedInfo) {
      const [row] = await this.read('SELECT count(*) AS n, min(start_ms) AS first, max(end_ms) AS last FROM events');
      const time = (value: unknown) => (value === null || value === undefined ? null : Number(value));
      this.cachedInfo = { size: Number(row?.n ?? 0), start: time(row?.first), end: time(row?.last) };
    }
    return this.cachedInfo;
  }

  /**
   * Answers a checked window query on a pooled connection; past `timeoutMs`, or once `signal`
   * aborts (the client went away), DuckDB is interrupted and the promise rejects.
   */
  async answer(query: WireWindowQuery, timeoutMs: number, signal?: AbortSignal): Promise<WireAnswer> {
    const deadline = Date.now() + timeoutMs;
    const pooled = await this.acquire(timeoutMs, signal);
    let timedOut = false;
    const interrupt = () => pooled.connection.interrupt();
    const timer = setTimeout(
      () => {
        timedOut = true;
        interrupt();
      },
      Math.max(0, deadline - Date.now()),
    );
    signal?.addEventListener('abort', interrupt, { once: true });
    try {
      return await answerWindow(this.runner(pooled, deadline, timeoutMs), query, await this.facts());
    } catch (error) {
      if (timedOut) throw new QueryTimeoutError(`The query took longer than ${timeoutMs} ms and was stopped.`);
      throw error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', interrupt);
      this.release(pooled);
    }
  }

  /**
   * The longest an event lasts (an upper bound: a day for those in `events` only), read once
   * from the two small tables of longer events, so that wide windows skip the covering query.
   */
  private async facts(): Promise<StoredEventsFacts> {
    if (!this.cachedFacts) {
      const [row] = await this.read(`
        SELECT greatest(${DAY_MS}, coalesce((SELECT max(end_ms - start_ms) FROM mid_events), 0),
          coalesce((SELECT max(end_ms - start_ms) FROM long_events), 0)) AS longest`);
      this.cachedFacts = { longestMs: Number(row?.longest) };
    }
    return this.cachedFacts;
  }

  /** Closes every connection and the database (a file is left consistent). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const pooled of this.all) {
      pooled.connection.interrupt();
      for (const statement of pooled.statements.values()) statement.destroySync();
      pooled.connection.closeSync();
    }
    this.admin.closeSync();
    this.instance.closeSync();
  }

  private async read(sql: string): Promise<EventRow[]> {
    return (await this.admin.runAndReadAll(sql)).getRowObjectsJS() as EventRow[];
  }

  /**
   * Runs prepared statements on one connection, binding named parameters as BIGINT (lists as
   * BIGINT[]); past the deadline, the next statement is not started (a running one is interrupted).
   */
  private runner(pooled: PooledConnection, deadline: number, timeoutMs: number): SqlRunner {
    const { BIGINT, LIST, listValue, JSDuckDBValueConverter } = this.duckdb;
    return {
      all: async (sql: string, params: SqlParams) => {
        if (Date.now() >= deadline)
          throw new QueryTimeoutError(`The query took longer than ${timeoutMs} ms and was stopped.`);
        let statement = pooled.statements.get(sql);
        if (!statement) {
          statement = await pooled.connection.prepare(sql);
          pooled.statements.set(sql, statement);
        }
        statement.clearBindings();
        for (let i = 1; i <= statement.parameterCount; i++) {
          const name = statement.parameterName(i);
          const value = params[name];
          if (value === undefined) throw new Error(`No value for the SQL parameter $${name}.`);
          if (typeof value === 'number') statement.bindBigInt(i, BigInt(value));
          else statement.bindList(i, listValue(value.map((n) => BigInt(n))), LIST(BIGINT));
        }
        return readRows(await statement.run(), JSDuckDBValueConverter);
      },
    };
  }

  private acquire(timeoutMs: number, signal?: AbortSignal): Promise<PooledConnection> {
    if (this.closed) return Promise.reject(new Error('The store is closed.'));
    const free = this.idle.pop();
    if (free) return Promise.resolve(free);
    if (this.waiting.length >= MAX_WAITING) return Promise.reject(new StoreBusyError('Too many queries are waiting.'));
    return new Promise((resolve, reject) => {
      const take = (connection: PooledConnection) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', giveUp);
        resolve(connection);
      };
      const giveUp = () => {
        const at = this.waiting.indexOf(take);
        if (at >= 0) this.waiting.splice(at, 1);
        clearTimeout(timer);
        reject(
          signal?.aborted
            ? new Error('The client went away.')
            : new QueryTimeoutError('No connection was free in time.'),
        );
      };
      const timer = setTimeout(giveUp, timeoutMs);
      signal?.addEventListener('abort', giveUp, { once: true });
      this.waiting.push(take);
    });
  }

  private release(pooled: PooledConnection): void {
    const next = this.waiting.shift();
    if (next) next(pooled);
    else this.idle.push(pooled);
  }
}

/**
 * The rows of a materialized result as objects. Its chunks are read synchronously: reading them
 * with `fetchChunk` (as `runAndReadAll` does) costs a trip through Node's thread pool per chunk,
 * and one more for the end, each a wait for a thread on a busy machine.
 */
function readRows<T>(result: DuckDBMaterializedResult, converter: DuckDBValueConverter<T>): EventRow[] {
  const names = result.deduplicatedColumnNames();
  const rows: EventRow[] = [];
  for (let i = 0; i < result.chunkCount; i++)
    for (const values of result.getChunk(i).convertRows(converter)) {
      const row: Record<string, unknown> = {};
      names.forEach((name, column) => (row[name] = values[column]));
      rows.push(row as EventRow);
    }
  return rows;
}

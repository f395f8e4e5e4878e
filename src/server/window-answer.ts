/**
 * Answers a window query in SQL, with the same rules as the in-memory `TimeIndex`, so that the
 * element draws a server's data as it draws its own:
 *
 * - the matches are the shown events overlapping [lo, hi) (the window and its margins);
 * - at most `maxItems` matches: they are all listed;
 * - more: a few spans that cover the whole range stay events (at most a tenth of `maxItems`),
 *   the rest is counted per bucket of the resolution (an event started before `lo` counts in the
 *   first bucket) and per type; a bucket with at most its share of `maxItems` lists its events,
 *   a denser one answers counts.
 *
 * It reads four tables (see `duckdb-store.ts`): `events` in start order, `day_counts` (events
 * per start day and type: every event starts at a calendar midnight, so counting the days counts
 * the events exactly, for any bucket width), and copies of the events lasting more than a day in
 * `mid_events` (up to `LONG_SPAN`) and `long_events` (longer). A window of eleven years then
 * reads a few thousand day counts instead of ten million rows, and the events that began before
 * the window are found in three short ranges: a day of `events`, `LONG_SPAN` of `mid_events`,
 * and the few long ones.
 *
 * The statements are parameterised: nothing from the client is ever part of the SQL text.
 */
import { EVENT_TYPES } from '../model/types.js';
import {
  DAY_MS,
  answeredRange,
  type WireAggregate,
  type WireAnswer,
  type WireWindowQuery,
} from '../timeline/lod/http-protocol.js';
import { ANSWER_COLUMNS, rowToEvent, type EventRow } from './row-events.js';

/** Events lasting longer than a day are also kept in `mid_events` (up to this) or `long_events` (longer). */
export const LONG_SPAN = 32 * DAY_MS;

/** Above this many buckets the resolution is widened (as in the in-memory index). */
export const MAX_BUCKETS = 2000;

/** At most this many ranges of sparse buckets are read (the closest ones are merged). */
const MAX_SPARSE_RANGES = 8;

/** Named parameters of one statement: whole numbers are bound as BIGINT, lists as BIGINT[]. */
export type SqlParams = Readonly<Record<string, number | readonly number[]>>;

/** Runs one parameterised statement and returns its rows. */
export interface SqlRunner {
  all(sql: string, params: SqlParams): Promise<EventRow[]>;
}

const COLUMNS = `${ANSWER_COLUMNS.join(', ')}, type_code`;
const SHOWN = '(($hidden >> type_code) & 1) = 0';

/**
 * The shown events that began before `lo` and last past it (`before` is `<`, or `<=` to take
 * those starting at `lo` too), by duration: a day's events start in the day before, a month's
 * within `LONG_SPAN` before, and the long ones anywhere before.
 */
function edgeSql(select: string, extra: string, before: '<' | '<=' = '<', longerThan = 0): string {
  const tail = `start_ms ${before} $lo AND end_ms > $lo AND ${SHOWN} AND (${extra})`;
  const parts = [
    `SELECT ${select} FROM events WHERE start_ms >= $lo - ${DAY_MS} AND end_ms - start_ms <= ${DAY_MS} AND ${tail}`,
    `SELECT ${select} FROM mid_events WHERE start_ms >= $lo - ${LONG_SPAN} AND ${tail}`,
    `SELECT ${select} FROM long_events WHERE ${tail}`,
  ];
  // Only the classes whose events can last longer than `longerThan` (the others cannot cover it).
  return parts.slice(longerThan > LONG_SPAN ? 2 : longerThan > DAY_MS ? 1 : 0).join('\nUNION ALL\n');
}

/** The shown events starting in [from, to) (inside the range: they overlap it). */
function insideSql(extra: string, from = '$lo', to = '$hi'): string {
  return `SELECT ${COLUMNS} FROM events WHERE start_ms >= ${from} AND start_ms < ${to} AND ${SHOWN} AND (${extra})`;
}

/** Counts per bucket and type: the events starting inside from the day counts, those started before in the first bucket. */
const COUNTS_SQL = `
SELECT bucket, type_code, sum(n)::BIGINT AS n FROM (
  SELECT floor(day * ${DAY_MS} / $r)::BIGINT AS bucket, type_code, n FROM day_counts
    WHERE day >= $dayFrom AND day < $dayTo AND ${SHOWN}
  UNION ALL
  SELECT $firstBucket AS bucket, type_code, 1 AS n FROM (${edgeSql('type_code', 'true')})
) GROUP BY ALL`;

const ORDER = 'ORDER BY start_ms, end_ms, id';

/** Every match (when there are at most `maxItems`). */
const ALL_SQL = `${insideSql('true')} UNION ALL ${edgeSql(COLUMNS, 'true')} ${ORDER}`;

const COVERING = 'start_ms <= $lo AND end_ms >= $hi';
/**
 * The spans covering the whole range: they start at `lo` at the latest, and last at least the
 * range, so a range longer than a day (or than `LONG_SPAN`) reads only the longer classes.
 */
const coveringSql = (span: number) => `${edgeSql(COLUMNS, COVERING, '<=', span)} ${ORDER} LIMIT $limit`;

const NOT_KEPT_COVERING = `NOT ($keepCovering = 1 AND ${COVERING})`;

/**
 * The events of the sparse buckets, read in `ranges` ranges of start times (`$from0`–`$to0`, …):
 * each range is one short scan of the start-ordered table; a bucket list filters inside them.
 * The edge (the first bucket's events that began before `lo`) is read when `$withEdge` is 1.
 */
function sparseSql(ranges: number): string {
  const inBucket = `list_contains($buckets, floor(greatest(start_ms, $lo) / $r)::BIGINT) AND ${NOT_KEPT_COVERING}`;
  const parts = Array.from({ length: ranges }, (_, i) => insideSql(inBucket, `$from${i}`, `$to${i}`));
  parts.push(`SELECT * FROM (${edgeSql(COLUMNS, `$withEdge = 1 AND ${NOT_KEPT_COVERING}`)})`);
  return `${parts.join('\nUNION ALL\n')} ${ORDER}`;
}

/** What the store knows of its events that spares statements. */
export interface StoredEventsFacts {
  /** No event lasts longer than this (ms; an upper bound): a longer range has no covering spans to look for. */
  readonly longestMs?: number;
}

/** The answer to a (checked) window query. */
export async function answerWindow(
  sql: SqlRunner,
  query: WireWindowQuery,
  facts: StoredEventsFacts = {},
): Promise<WireAnswer> {
  const { lo, hi } = answeredRange(query);
  const r = bucketWidth(query.resolution, lo, hi);
  const firstBucket = Math.floor(lo / r);
  const base = { lo, hi, hidden: hiddenMask(query.hidden) };
  const counts = await sql.all(COUNTS_SQL, {
    ...base,
    r,
    firstBucket,
    dayFrom: Math.ceil(lo / DAY_MS),
    dayTo: Math.ceil(hi / DAY_MS),
  });
  const cells = counts.map((row) => ({ bucket: Number(row.bucket), type: Number(row.type_code), n: Number(row.n) }));
  const total = cells.reduce((sum, cell) => sum + cell.n, 0);
  const answer = (events: EventRow[], aggregates: WireAggregate[]): WireAnswer => ({
    protocol: 1,
    resolution: r,
    total,
    events: events.map(rowToEvent),
    aggregates,
  });
  if (total <= query.maxItems) return answer(await sql.all(ALL_SQL, base), []);

  // A few spans covering the whole range stay events (a war drawn as one bar at every zoom).
  // A span covering [lo, hi) lasts at least hi - lo: with no event that long, none is looked for.
  const canCover = facts.longestMs === undefined || facts.longestMs >= hi - lo;
  const coveringLimit = canCover ? Math.floor(query.maxItems / 10) : 0;
  const coveringRows = coveringLimit ? await sql.all(coveringSql(hi - lo), { ...base, limit: coveringLimit + 1 }) : [];
  const covering = coveringRows.length <= coveringLimit ? coveringRows : [];
  for (const row of covering) {
    const cell = cells.find((c) => c.bucket === firstBucket && c.type === typeCodeOf(row));
    if (cell) cell.n -= 1;
  }

  const totals = new Map<number, number>();
  for (const cell of cells) totals.set(cell.bucket, (totals.get(cell.bucket) ?? 0) + cell.n);
  const bucketCount = Math.ceil(hi / r) - firstBucket;
  const share = Math.floor(Math.max(0, query.maxItems - covering.length) / bucketCount);
  const sparse = [...totals].filter(([, n]) => n > 0 && n <= share).map(([bucket]) => bucket);
  const sparseRows = sparse.length ? await readSparse(sql, base, r, sparse, firstBucket, covering.length > 0) : [];
  const dense = (bucket: number) => (totals.get(bucket) ?? 0) > share;
  const aggregates = cells
    .filter((cell) => cell.n > 0 && dense(cell.bucket))
    .sort((a, b) => a.bucket - b.bucket || a.type - b.type)
    .map((cell) => ({
      type: EVENT_TYPES[cell.type] ?? 'strategic-developments',
      start: cell.bucket * r,
      end: (cell.bucket + 1) * r,
      count: cell.n,
    }));
  const events = [...covering, ...sparseRows].sort(
    (a, b) => Number(a.start_ms) - Number(b.start_ms) || Number(a.end_ms) - Number(b.end_ms) || compareIds(a, b),
  );
  return answer(events, aggregates);
}

/** The events of the sparse buckets, read range by range (see `sparseSql`). */
async function readSparse(
  sql: SqlRunner,
  base: SqlParams,
  r: number,
  sparse: number[],
  firstBucket: number,
  keepCovering: boolean,
): Promise<EventRow[]> {
  const ranges = bucketRanges(sparse, MAX_SPARSE_RANGES);
  const params: Record<string, number | readonly number[]> = {
    ...base,
    r,
    buckets: sparse,
    keepCovering: keepCovering ? 1 : 0,
    withEdge: sparse.includes(firstBucket) ? 1 : 0,
  };
  // Inside the range: the first bucket may begin before `lo`, the last end after `hi`.
  const { lo, hi } = base as { lo: number; hi: number };
  ranges.forEach(([first, last], i) => {
    params[`from${i}`] = Math.max(first * r, lo);
    params[`to${i}`] = Math.min((last + 1) * r, hi);
  });
  return sql.all(sparseSql(ranges.length), params);
}

/**
 * Runs of consecutive buckets as [first, last] pairs, at most `limit` of them: where there are
 * more, the runs with the shortest gaps between them are merged (reading a little more).
 */
export function bucketRanges(buckets: readonly number[], limit: number): [number, number][] {
  const sorted = [...new Set(buckets)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const bucket of sorted) {
    const last = runs[runs.length - 1];
    if (last && bucket === last[1] + 1) last[1] = bucket;
    else runs.push([bucket, bucket]);
  }
  while (runs.length > limit) {
    let narrowest = 1;
    for (let i = 2; i < runs.length; i++)
      if (runs[i]![0] - runs[i - 1]![1] < runs[narrowest]![0] - runs[narrowest - 1]![1]) narrowest = i;
    runs[narrowest - 1]![1] = runs[narrowest]![1];
    runs.splice(narrowest, 1);
  }
  return runs;
}

/** The bucket width: the hint, widened so that the range has at most `MAX_BUCKETS` buckets. */
export function bucketWidth(hint: number, lo: number, hi: number): number {
  return Math.max(hint, Math.ceil((hi - lo) / MAX_BUCKETS), 1);
}

function hiddenMask(hidden: readonly string[]): number {
  let mask = 0;
  for (const type of hidden) {
    const code = (EVENT_TYPES as readonly string[]).indexOf(type);
    if (code >= 0) mask |= 1 << code;
  }
  return mask;
}

function typeCodeOf(row: EventRow): number {
  return Number(row.type_code);
}

function compareIds(a: EventRow, b: EventRow): number {
  return String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0;
}

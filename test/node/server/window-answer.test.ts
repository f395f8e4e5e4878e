// The statements answerWindow runs: what the store knows of its events spares the ones that
// cannot find anything.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { answerWindow, type SqlParams, type SqlRunner } from '../../../src/server/window-answer.js';
import { DAY_MS, type WireWindowQuery } from '../../../src/timeline/lod/http-protocol.js';
import type { EventRow } from '../../../src/server/row-events.js';

/** A runner that answers dense counts (1,000 events a week of type 0) and no events, and notes each statement. */
function denseRunner(): SqlRunner & { statements: string[] } {
  const statements: string[] = [];
  return {
    statements,
    all(sql: string, params: SqlParams): Promise<EventRow[]> {
      statements.push(sql);
      if (!sql.includes('sum(n)')) return Promise.resolve([]);
      const r = params.r as number;
      const first = params.firstBucket as number;
      const last = Math.ceil((params.hi as number) / r);
      const rows = Array.from({ length: last - first }, (_, i) => ({ bucket: first + i, type_code: 0, n: 1000 }));
      return Promise.resolve(rows as unknown as EventRow[]);
    },
  };
}

const YEAR: WireWindowQuery = {
  start: Date.UTC(2020, 0, 1),
  end: Date.UTC(2021, 0, 1),
  maxItems: 75,
  resolution: 7 * DAY_MS,
  hidden: [],
};

describe('answerWindow', () => {
  it('looks for spans covering a dense range when nothing says none lasts that long', async () => {
    const sql = denseRunner();
    const answer = await answerWindow(sql, YEAR);
    assert.equal(sql.statements.length, 2);
    assert.ok(answer.aggregates.length > 0);
  });

  it('does not look for covering spans when no event lasts as long as the range', async () => {
    const sql = denseRunner();
    const answer = await answerWindow(sql, YEAR, { longestMs: 40 * DAY_MS });
    assert.equal(sql.statements.length, 1, sql.statements.join('\n---\n'));
    assert.deepEqual(answer, await answerWindow(denseRunner(), YEAR));
  });

  it('still looks when an event may last as long as the range', async () => {
    const sql = denseRunner();
    await answerWindow(sql, YEAR, { longestMs: 3 * 365 * DAY_MS });
    assert.equal(sql.statements.length, 2);
  });
});

// Ingestion with rollups vs without them, through the worker's own saveAnswer.
//
// "Without rollups" is the same saveAnswer call on a D1 handle that drops the rollup statements (daily_stats,
// daily_theme_stats, customers, and so the customer_balances triggers) from the batch before it runs; the answer
// insert, the attention item and any webhook rows stay. Both modes run in the same process against the same
// database, interleaved in blocks (alternating which goes first) so drift affects both alike.
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { saveAnswer } from '../../worker/src/db/responses.ts';
import type { GeneratedAnswer } from './generate.ts';

const ROLLUP_SQL = /INSERT INTO (daily_stats|daily_theme_stats|customers)\b/;

export function isRollupStatement(sql: string): boolean {
  return ROLLUP_SQL.test(sql);
}

/** A D1 handle whose batches leave out the rollup statements (and only those). */
export function withoutRollups(db: D1Database): D1Database {
  const skipped = new WeakSet<object>();
  const handle = {
    prepare(sql: string) {
      const statement = db.prepare(sql);
      if (!isRollupStatement(sql)) return statement;
      return {
        bind(...values: unknown[]) {
          const bound = statement.bind(...values);
          skipped.add(bound);
          return bound;
        },
      } as D1PreparedStatement;
    },
    batch(statements: D1PreparedStatement[]) {
      return db.batch(statements.filter((statement) => !skipped.has(statement)));
    },
  };
  return handle as unknown as D1Database;
}

export interface IngestTiming {
  withRollups: number[];
  withoutRollups: number[];
  /** D1's own meta.rows_written / rows_read summed over the batches (what D1 bills), when measured. */
  rows?: { withRollups: { read: number; written: number }; withoutRollups: { read: number; written: number } };
}

/** Wraps a D1 handle so every batch adds its meta.rows_read / rows_written to `into`. */
export function countingRows(db: D1Database, into: { read: number; written: number }): D1Database {
  const handle = {
    prepare: (sql: string) => db.prepare(sql),
    async batch(statements: D1PreparedStatement[]) {
      const results = await db.batch(statements);
      for (const result of results) {
        into.read += result.meta?.rows_read ?? 0;
        into.written += result.meta?.rows_written ?? 0;
      }
      return results;
    },
  };
  return handle as unknown as D1Database;
}

/**
 * Saves `withAnswers[i]` through saveAnswer on `db` and `withoutAnswers[i]` on withoutRollups(db), one answer
 * per batch as the route does, interleaved in blocks of `block`. Returns each call's wall time in ms.
 */
export async function timeSaveAnswer(
  db: D1Database,
  withAnswers: GeneratedAnswer[],
  withoutAnswers: GeneratedAnswer[],
  block = 100,
): Promise<IngestTiming> {
  const rows = { withRollups: { read: 0, written: 0 }, withoutRollups: { read: 0, written: 0 } };
  const plain = withoutRollups(countingRows(db, rows.withoutRollups));
  db = countingRows(db, rows.withRollups);
  const timing: IngestTiming = { withRollups: [], withoutRollups: [], rows };
  const run = async (handle: D1Database, answers: GeneratedAnswer[], from: number, into: number[]) => {
    for (let i = from; i < Math.min(from + block, answers.length); i++) {
      const { answer, attention } = answers[i]!;
      const start = performance.now();
      const saved = await saveAnswer(handle, answer, { attention, deliveries: [] });
      into.push(performance.now() - start);
      if (!saved.created) throw new Error('bench answer was not created');
    }
  };
  for (let from = 0, round = 0; from < Math.max(withAnswers.length, withoutAnswers.length); from += block, round++) {
    if (round % 2 === 0) {
      await run(db, withAnswers, from, timing.withRollups);
      await run(plain, withoutAnswers, from, timing.withoutRollups);
    } else {
      await run(plain, withoutAnswers, from, timing.withoutRollups);
      await run(db, withAnswers, from, timing.withRollups);
    }
  }
  return timing;
}

interface Recorded {
  sql: string;
  values: unknown[];
}

/** A stand-in D1 that records the statements saveAnswer would batch, so they can be replayed on SQLite directly. */
function recordingD1(batches: Recorded[][]): D1Database {
  const handle = {
    prepare(sql: string) {
      return { bind: (...values: unknown[]) => ({ sql, values }) };
    },
    async batch(statements: Recorded[]) {
      batches.push(statements);
      return [{ results: [{ id: 'recorded' }], meta: {} }];
    },
  };
  return handle as unknown as D1Database;
}

/** The exact batches saveAnswer builds for these answers. */
export async function recordBatches(answers: GeneratedAnswer[]): Promise<Recorded[][]> {
  const batches: Recorded[][] = [];
  const db = recordingD1(batches);
  for (const { answer, attention } of answers) await saveAnswer(db, answer, { attention, deliveries: [] });
  return batches;
}

/**
 * Engine-only cost: replays recorded batches on the SQLite file, one transaction per batch (what D1 does with a
 * batch), with and without the rollup statements, interleaved in blocks. No RPC, no HTTP: the SQL work alone.
 */
export function timeReplay(db: DatabaseSync, withBatches: Recorded[][], withoutBatches: Recorded[][], block = 500): IngestTiming {
  const cache = new Map<string, StatementSync>();
  const statement = (sql: string) => {
    let prepared = cache.get(sql);
    if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
    return prepared;
  };
  const timing: IngestTiming = { withRollups: [], withoutRollups: [] };
  const run = (batches: Recorded[][], from: number, into: number[], keepRollups: boolean) => {
    for (let i = from; i < Math.min(from + block, batches.length); i++) {
      const start = performance.now();
      db.exec('BEGIN');
      for (const { sql, values } of batches[i]!) {
        if (!keepRollups && isRollupStatement(sql)) continue;
        statement(sql).all(...(values as (string | number | null)[]));
      }
      db.exec('COMMIT');
      into.push(performance.now() - start);
    }
  };
  for (let from = 0, round = 0; from < Math.max(withBatches.length, withoutBatches.length); from += block, round++) {
    if (round % 2 === 0) {
      run(withBatches, from, timing.withRollups, true);
      run(withoutBatches, from, timing.withoutRollups, false);
    } else {
      run(withoutBatches, from, timing.withoutRollups, false);
      run(withBatches, from, timing.withRollups, true);
    }
  }
  return timing;
}

/** Wraps a D1 handle so every query (all, first, batch) adds D1's meta.rows_read to `into.read`. */
export function countingReads(db: D1Database, into: { read: number }): D1Database {
  const handle = {
    prepare(sql: string) {
      const statement = db.prepare(sql);
      return {
        bind(...values: unknown[]) {
          const bound = statement.bind(...values);
          return {
            inner: bound,
            async all() {
              const result = await bound.all();
              into.read += result.meta?.rows_read ?? 0;
              return result;
            },
            async first() {
              const result = await bound.all();
              into.read += result.meta?.rows_read ?? 0;
              return result.results[0] ?? null;
            },
          };
        },
      };
    },
    async batch(statements: { inner: D1PreparedStatement }[]) {
      const results = await db.batch(statements.map((statement) => statement.inner));
      for (const result of results) into.read += result.meta?.rows_read ?? 0;
      return results;
    },
  };
  return handle as unknown as D1Database;
}

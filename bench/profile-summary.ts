// Where a filtered summary's time goes: the rollup reads of bench/summary.ts's [2c] for the given filter
// combinations on a kept seed, each statement timed on its own (median of N runs) with its EXPLAIN QUERY PLAN.
//
//   BENCH_PERSIST=<kept dir of bench:summary> node --import ./bench/lib/data-modules.ts bench/profile-summary.ts 'kind=experience' 'productId=sku-0&kind=experience'
import { loadavg } from 'node:os';
import type { DatabaseSync } from 'node:sqlite';
import type { AnswerFilters } from '../shared/schemas.ts';
import { customerBalances, recentNegative } from '../worker/src/db/insights.ts';
import { summaryRollups } from '../worker/src/db/period-counters.ts';
import { linkAnswers, responseRates } from '../worker/src/db/invitation-stats.ts';
import { addDays, dayOf } from '../worker/src/domain/dates.ts';
import { previousPeriod } from '../worker/src/domain/periods.ts';
import { ms, percentile } from './lib/stats.ts';
import { closeD1File, openD1File } from './lib/sqlite-file.ts';

const persistTo = process.env.BENCH_PERSIST;
if (!persistTo) throw new Error('BENCH_PERSIST=<dir kept by npm run bench:summary> is required');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const shopId = process.env.BENCH_SHOP ?? 'bench-1m';
const today = dayOf(new Date());
const from = addDays(today, -364);
const previous = previousPeriod(from, today);

/** sqliteD1 (bench/lib/sqlite-d1.ts) that records each statement's time under its SQL text. */
function timedD1(db: DatabaseSync, times: Map<string, number[]>): D1Database {
  const record = (sql: string, values: unknown[], ms: number) => {
    const key = `${sql.replace(/\s+/g, ' ').trim()}  ⟨${values.join(', ')}⟩`;
    times.set(key, [...(times.get(key) ?? []), ms]);
  };
  const handle = {
    prepare(sql: string) {
      const statement = db.prepare(sql);
      return {
        bind(...values: (string | number | null)[]) {
          const rows = () => {
            const t = performance.now();
            const out = statement.all(...values);
            record(sql, values, performance.now() - t);
            return out;
          };
          return {
            all: async () => ({ results: rows(), success: true, meta: {} }),
            first: async () => rows()[0] ?? null,
            rows,
            sql,
            values,
          };
        },
      };
    },
    async batch(statements: { rows: () => unknown[] }[]) {
      return statements.map((statement) => ({ results: statement.rows(), success: true, meta: {} }));
    },
  };
  return handle as unknown as D1Database;
}

const db = openD1File(persistTo);
console.log(
  `profile of ${shopId}, ${from} … ${today}, ${runs} runs, load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
for (const query of process.argv.slice(2)) {
  const filters = Object.fromEntries(new URLSearchParams(query === 'unfiltered' ? '' : query)) as Omit<
    AnswerFilters,
    'from' | 'to'
  >;
  const times = new Map<string, number[]>();
  const sdb = timedD1(db, times);
  const totals: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await Promise.all([
      summaryRollups(sdb, shopId, filters, { from, to: today }, previous),
      recentNegative(sdb, shopId, filters, from, today, 10),
      customerBalances(sdb, shopId),
      linkAnswers(sdb, shopId, filters, from, today),
      responseRates(sdb, shopId, from, today),
    ]);
    totals.push(performance.now() - t);
  }
  console.log(`\n== ${query}: p50 ${ms(percentile(totals, 50))} ms (max ${ms(Math.max(...totals))})`);
  const rows = [...times].map(([sql, samples]) => ({ sql, p50: percentile(samples, 50), per: samples.length / runs }));
  rows.sort((a, b) => b.p50 * b.per - a.p50 * a.per);
  for (const { sql, p50, per } of rows) {
    console.log(`  ${ms(p50).padStart(7)} ms ×${per}  ${sql.slice(0, 400)}`);
    if (p50 >= 1 && process.env.BENCH_PLAN) {
      const [text, binds] = sql.split('  ⟨');
      const plan = db.prepare(`EXPLAIN QUERY PLAN ${text}`).all() as { detail: string }[];
      console.log(`           plan: ${plan.map((p) => p.detail).join(' | ')}  (binds ${binds?.slice(0, -1)})`);
    }
  }
}
closeD1File(db);

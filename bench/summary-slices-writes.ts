// What migration 0023 costs each answer written: saveAnswer's exact batches replayed on SQLite alone (one transaction
// per batch, as D1 runs a batch), with 0023's triggers and indexes and with the schema as it was before (0021's counter
// triggers, the narrow negative-answer index, no product index), interleaved in blocks on two empty shops.
//
//   node --import ./bench/lib/data-modules.ts bench/summary-slices-writes.ts   # 6,000 answers each over 30 days
//   BENCH_ENGINE=20000 node --import ./bench/lib/data-modules.ts bench/summary-slices-writes.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { dayOf } from '../worker/src/domain/dates.ts';
import { runWrangler } from '../scripts/lib/wrangler.ts';
import { createShop } from './lib/bulk.ts';
import { generateAnswers } from './lib/generate.ts';
import { recordBatches } from './lib/ingest.ts';
import { closeD1File, openD1File } from './lib/sqlite-file.ts';
import { percentile, sum } from './lib/stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
const COUNT = Number(process.env.BENCH_ENGINE ?? 6000);
const BLOCK = 500;
const nowMs = Date.now();
const todayMs = Date.parse(`${dayOf(new Date(nowMs))}T00:00:00Z`);

/** The CREATE TRIGGER statements of a migration whose names match. */
function triggers(file: string, names: RegExp): string[] {
  const sql = readFileSync(join(ROOT, 'worker/migrations', file), 'utf8');
  return [...sql.matchAll(/CREATE TRIGGER (\w+)[\s\S]*?\nEND;/g)].filter((m) => names.test(m[1]!)).map((m) => m[0]);
}

const COUNTER_TRIGGERS = /^daily_(review_)?stats_to_slices_on_(insert|update)$/;
const PRODUCT_TRIGGERS = /^daily_(review_)?stats_to_product_kinds_on_(insert|update)$/;
const EXPERIENCE_TRIGGERS = /^daily_(review_)?stats_to_product_experience_on_(insert|update)$/;
const NARROW_NEGATIVE = 'CREATE INDEX responses_negative_by_shop ON responses (shop_id, created_at) WHERE polarity = -1';
const WIDE_NEGATIVE = `CREATE INDEX responses_negative_by_shop ON responses (shop_id, created_at, touchpoint, lang, segment, kind, product_id)
  WHERE polarity = -1`;
const PRODUCT_NEGATIVE = `CREATE INDEX responses_negative_by_product ON responses (shop_id, product_id, created_at, touchpoint, lang, segment, kind)
  WHERE polarity = -1 AND product_id IS NOT NULL`;

const schemas = {
  with0023: [
    ...triggers('0023_summary_slices.sql', COUNTER_TRIGGERS),
    ...triggers('0023_summary_slices.sql', PRODUCT_TRIGGERS),
    ...triggers('0023_summary_slices_product_experience.sql', EXPERIENCE_TRIGGERS),
    WIDE_NEGATIVE,
    PRODUCT_NEGATIVE,
  ],
  before0023: [...triggers('0021_filter_slices.sql', COUNTER_TRIGGERS), NARROW_NEGATIVE],
};

function useSchema(db: DatabaseSync, which: keyof typeof schemas) {
  db.exec('BEGIN');
  for (const name of [
    'daily_stats_to_slices_on_insert',
    'daily_stats_to_slices_on_update',
    'daily_review_stats_to_slices_on_insert',
    'daily_review_stats_to_slices_on_update',
    'daily_stats_to_product_kinds_on_insert',
    'daily_stats_to_product_kinds_on_update',
    'daily_review_stats_to_product_kinds_on_insert',
    'daily_review_stats_to_product_kinds_on_update',
    'daily_stats_to_product_experience_on_insert',
    'daily_stats_to_product_experience_on_update',
    'daily_review_stats_to_product_experience_on_insert',
    'daily_review_stats_to_product_experience_on_update',
  ])
    db.exec(`DROP TRIGGER IF EXISTS ${name}`);
  db.exec('DROP INDEX IF EXISTS responses_negative_by_shop; DROP INDEX IF EXISTS responses_negative_by_product');
  for (const sql of schemas[which]) db.exec(sql);
  db.exec('COMMIT');
}

const persistTo = mkdtempSync(join(tmpdir(), 'opinia-slice-writes-'));
try {
  await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo]);
  const db = openD1File(persistTo);
  const shops = { with0023: 'writes-with-0023', before0023: 'writes-before-0023' } as const;
  const batches = {
    with0023: [] as Awaited<ReturnType<typeof recordBatches>>,
    before0023: [] as Awaited<ReturnType<typeof recordBatches>>,
  };
  for (const [which, shopId] of Object.entries(shops) as [keyof typeof shops, string][]) {
    createShop(db, shopId, `opk_${which}`);
    const answers = [
      ...generateAnswers({ shopId, count: COUNT, seed: 7, todayMs, days: 30, nowMs, products: 20, customers: COUNT / 6 }),
    ];
    batches[which] = await recordBatches(answers);
  }
  const cache = new Map<string, StatementSync>();
  const times = { with0023: [] as number[], before0023: [] as number[] };
  const run = (which: keyof typeof shops, from: number) => {
    useSchema(db, which);
    cache.clear();
    for (let i = from; i < Math.min(from + BLOCK, COUNT); i++) {
      const start = performance.now();
      db.exec('BEGIN');
      for (const { sql, values } of batches[which][i]!) {
        let statement = cache.get(sql);
        if (!statement) cache.set(sql, (statement = db.prepare(sql)));
        statement.all(...(values as (string | number | null)[]));
      }
      db.exec('COMMIT');
      times[which].push(performance.now() - start);
    }
  };
  const loadBefore = loadavg()[0]!.toFixed(2);
  for (let from = 0, round = 0; from < COUNT; from += BLOCK, round++) {
    const order: (keyof typeof shops)[] = round % 2 ? ['before0023', 'with0023'] : ['with0023', 'before0023'];
    for (const which of order) run(which, from);
  }
  useSchema(db, 'with0023');
  const perAnswer = (samples: number[]) => ((1000 * sum(samples)) / samples.length).toFixed(0);
  console.log(
    `saveAnswer batches replayed on SQLite, ${COUNT.toLocaleString('en')} answers each over 30 days, blocks of ${BLOCK} interleaved; load average ${loadBefore} → ${loadavg()[0]!.toFixed(2)}`,
  );
  for (const which of ['before0023', 'with0023'] as const)
    console.log(
      `  ${which === 'with0023' ? 'with 0023 ' : 'before 0023'}: ${perAnswer(times[which])} µs/answer (p50 ${(1000 * percentile(times[which], 50)).toFixed(0)} µs, p95 ${(1000 * percentile(times[which], 95)).toFixed(0)} µs)`,
    );
  const ratio = sum(times.with0023) / sum(times.before0023);
  console.log(`  ratio with/before: ${ratio.toFixed(2)}`);
  const rows = (table: string, shopId: string) =>
    (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE shop_id = ?`).get(shopId) as { n: number }).n;
  console.log(
    `  rows of the shop written with 0023: daily_slice_stats ${rows('daily_slice_stats', shops.with0023)} (of which experience ${(db.prepare("SELECT COUNT(*) AS n FROM daily_slice_stats WHERE shop_id = ? AND kind = 'experience'").get(shops.with0023) as { n: number }).n}), daily_product_kinds ${rows('daily_product_kinds', shops.with0023)}, daily_product_experience ${rows('daily_product_experience', shops.with0023)}, daily_stats ${rows('daily_stats', shops.with0023)}`,
  );
  closeD1File(db);
} finally {
  rmSync(persistTo, { recursive: true, force: true });
}

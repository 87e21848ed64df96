// What the complaint rollups cost each complaint written: saveAnswer's exact batches replayed on SQLite alone (one
// transaction per batch, as D1 runs a batch), then one status change per complaint (resolved), with the view
// complaint_rows of migration 0022 (every combination of own-value-or-'*', product included: up to 32 rows) and of
// migration 0024 (a product's complaints under the product alone and at their own key: up to 19), interleaved in
// blocks on two empty shops. Rows written = SQLite's total_changes() (triggers included) per batch / update.
//
//   node --import ./bench/lib/data-modules.ts bench/complaint-rows-writes.ts   # 6,000 answers each over 30 days
//   BENCH_ENGINE=20000 node --import ./bench/lib/data-modules.ts bench/complaint-rows-writes.ts
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
const BLOCK = 250;
const nowMs = Date.now();
const todayMs = Date.parse(`${dayOf(new Date(nowMs))}T00:00:00Z`);

const migration = (file: string) => readFileSync(join(ROOT, 'worker/migrations', file), 'utf8');
const VIEWS = {
  v0022: [/CREATE VIEW complaint_rows AS[\s\S]*?;\n/.exec(migration('0022_complaint_rollups.sql'))![0]],
  v0024: [...migration('0024_complaint_rows_product_key.sql').matchAll(/CREATE VIEW \w+ AS[\s\S]*?;\n/g)].map((m) => m[0]),
};
type Which = keyof typeof VIEWS;

function useView(db: DatabaseSync, which: Which) {
  db.exec('BEGIN; DROP VIEW complaint_rows; DROP VIEW IF EXISTS complaint_items;');
  for (const sql of VIEWS[which]) db.exec(sql);
  db.exec('COMMIT');
}

const persistTo = mkdtempSync(join(tmpdir(), 'opinia-complaint-writes-'));
try {
  await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo]);
  const db = openD1File(persistTo);
  const shops: Record<Which, string> = { v0022: 'complaints-0022', v0024: 'complaints-0024' };
  const batches = {} as Record<Which, Awaited<ReturnType<typeof recordBatches>>>;
  for (const which of ['v0022', 'v0024'] as const) {
    createShop(db, shops[which], `opk_${which}`);
    const answers = [
      ...generateAnswers({
        shopId: shops[which],
        count: COUNT,
        seed: 7,
        todayMs,
        days: 30,
        nowMs,
        products: 20,
        customers: COUNT / 6,
      }),
    ];
    batches[which] = (await recordBatches(answers)).filter((batch) =>
      batch.some(({ sql }) => /INSERT INTO attention_items\b/.test(sql)),
    );
  }
  const changes = db.prepare('SELECT total_changes() AS n');
  const written = () => (changes.get() as { n: number }).n;
  const cache = new Map<string, StatementSync>();
  const samples = {
    v0022: { insert: [] as number[], insertRows: [] as number[], update: [] as number[], updateRows: [] as number[] },
    v0024: { insert: [] as number[], insertRows: [] as number[], update: [] as number[], updateRows: [] as number[] },
  };
  const insert = (which: Which, from: number) => {
    for (let i = from; i < Math.min(from + BLOCK, batches[which].length); i++) {
      const before = written();
      const start = performance.now();
      db.exec('BEGIN');
      for (const { sql, values } of batches[which][i]!) {
        let statement = cache.get(sql);
        if (!statement) cache.set(sql, (statement = db.prepare(sql)));
        statement.all(...(values as (string | number | null)[]));
      }
      db.exec('COMMIT');
      samples[which].insert.push(performance.now() - start);
      samples[which].insertRows.push(written() - before);
    }
  };
  const resolveStatement = db.prepare(
    `UPDATE attention_items SET status = 'resolved', resolution = 'closed_without_answer',
       resolved_at = strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+5 hours') WHERE id = ?`,
  );
  const ids = {} as Record<Which, string[]>;
  const update = (which: Which, from: number) => {
    for (const id of ids[which].slice(from, from + BLOCK)) {
      const before = written();
      const start = performance.now();
      db.exec('BEGIN');
      resolveStatement.run(id);
      db.exec('COMMIT');
      samples[which].update.push(performance.now() - start);
      samples[which].updateRows.push(written() - before);
    }
  };
  const interleaved = (count: number, run: (which: Which, from: number) => void) => {
    for (let from = 0, round = 0; from < count; from += BLOCK, round++)
      for (const which of round % 2 ? (['v0024', 'v0022'] as const) : (['v0022', 'v0024'] as const)) {
        useView(db, which);
        cache.clear();
        run(which, from);
      }
  };
  const loadBefore = loadavg()[0]!.toFixed(2);
  interleaved(Math.max(batches.v0022.length, batches.v0024.length), insert);
  for (const which of ['v0022', 'v0024'] as const)
    ids[which] = (
      db.prepare('SELECT id FROM attention_items WHERE shop_id = ? ORDER BY id').all(shops[which]) as { id: string }[]
    ).map((row) => row.id);
  interleaved(Math.max(ids.v0022.length, ids.v0024.length), update);
  useView(db, 'v0024');

  const mean = (values: number[]) => sum(values) / values.length;
  const µs = (values: number[]) =>
    `${(1000 * mean(values)).toFixed(0)} µs (p50 ${(1000 * percentile(values, 50)).toFixed(0)}, p95 ${(1000 * percentile(values, 95)).toFixed(0)})`;
  console.log(
    `complaint answers (saveAnswer's batches) of ${COUNT.toLocaleString('en')} answers over 30 days, then each complaint resolved; blocks of ${BLOCK} interleaved; load average ${loadBefore} → ${loadavg()[0]!.toFixed(2)}`,
  );
  for (const which of ['v0022', 'v0024'] as const) {
    const s = samples[which];
    const rows = (table: string) =>
      (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE shop_id = ?`).get(shops[which]) as { n: number }).n;
    const productRows = (table: string) =>
      (
        db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE shop_id = ? AND product_id <> '*'`).get(shops[which]) as {
          n: number;
        }
      ).n;
    console.log(
      `  view of ${which === 'v0022' ? '0022' : '0024'}: ${s.insert.length} complaint answers ${µs(s.insert)}, ${mean(s.insertRows).toFixed(1)} rows written each; ` +
        `resolving one ${µs(s.update)}, ${mean(s.updateRows).toFixed(1)} rows written each`,
    );
    console.log(
      `    complaint_slices ${rows('complaint_slices')} rows (${productRows('complaint_slices')} at a product), complaint_hours ${rows('complaint_hours')} (${productRows('complaint_hours')})`,
    );
  }
  // Rows of complaint_rows per complaint (what every insert, status change and erasure writes to complaint_slices),
  // by whether the complaint's answer names a product and is a review.
  for (const which of ['v0022', 'v0024'] as const) {
    useView(db, which);
    const perItem = db
      .prepare(
        `SELECT r.product_id IS NOT NULL AS product, r.kind IS 'review' AS review, COUNT(DISTINCT a.id) AS items,
           (SELECT COUNT(*) FROM complaint_rows c JOIN responses x ON x.id = c.id WHERE c.shop_id = ?1
              AND (x.product_id IS NOT NULL) = (r.product_id IS NOT NULL) AND (x.kind IS 'review') = (r.kind IS 'review')) AS rows
         FROM attention_items a JOIN responses r ON r.id = a.id WHERE a.shop_id = ?1 GROUP BY 1, 2`,
      )
      .all(shops.v0024) as { product: number; review: number; items: number; rows: number }[];
    console.log(
      `  complaint_rows per complaint, view of ${which.slice(1)}: ` +
        perItem
          .map(
            (g) =>
              `${g.product ? 'product' : 'no product'} ${g.review ? 'review' : 'experience'} ${(g.rows / g.items).toFixed(1)} (${g.items} complaints)`,
          )
          .join(', ') +
        `; all ${(sum(perItem.map((g) => g.rows)) / sum(perItem.map((g) => g.items))).toFixed(1)}`,
    );
  }
  useView(db, 'v0024');
  console.log(
    `  ratio 0024/0022: answer ${(mean(samples.v0024.insert) / mean(samples.v0022.insert)).toFixed(2)}, resolving ${(mean(samples.v0024.update) / mean(samples.v0022.update)).toFixed(2)}`,
  );
  closeD1File(db);
} finally {
  rmSync(persistTo, { recursive: true, force: true });
}

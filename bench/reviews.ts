// Public reviews budgets of issue 5, measured and printed: a product with 10,000 published reviews,
// first page p95 ≤ 30 ms on local `wrangler dev`, and ≥ 95 % of repeated requests answered from cache.
//
//   npm run bench:reviews                      # 10,000 reviews, 200 requests per case
//   BENCH_REVIEWS=2000 BENCH_REQUESTS=50 npm run bench:reviews
//
// Phases: (1) a fresh local D1 migrated by wrangler; (2) the reviews written through wrangler's
// getPlatformProxy D1 binding (the `reviews` table; its triggers keep the product's counts); (3) `wrangler dev`
// on 127.0.0.1; (4) first pages that miss the cache (a unique query parameter each, so every request runs the
// list query), then repeated requests as browsers and CDNs make them (plain repeats → Cache API hits;
// revalidations with If-None-Match → 304).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getPlatformProxy } from 'wrangler';
import { runWrangler, stopProcessGroup } from '../scripts/lib/wrangler.ts';
import { startBenchWorker } from './lib/dev-worker.ts';
import { ms, percentile } from './lib/stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
const REVIEWS = Number(process.env.BENCH_REVIEWS ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const WARMUP = 20;
const SHOP = 'bench-reviews';
const PRODUCT = 'P-10K';
const BUDGET_P95_MS = 30;
const BUDGET_CACHED_SHARE = 0.95;

const persistTo = mkdtempSync(join(tmpdir(), 'opinia-bench-reviews-'));
console.log(
  `Opinia reviews bench: ${REVIEWS} published reviews of one product, ${REQUESTS} requests per case (persist dir ${persistTo})`,
);

async function seed(): Promise<void> {
  await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo]);
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    configPath: join(ROOT, 'wrangler.toml'),
    persist: { path: join(persistTo, 'v3') },
    remoteBindings: false,
  });
  const db = proxy.env.DB;
  try {
    await db
      .prepare(
        "INSERT INTO shops (id, name, origins, owner_key_hash, created_at) VALUES (?, 'Bench', '[\"http://localhost\"]', 'x', ?)",
      )
      .bind(SHOP, new Date().toISOString())
      .run();
    const insert = db.prepare(
      `INSERT INTO reviews (id, shop_id, product_id, status, verified, rating, title, body, author_name, lang, source_hash, helpful, reply, replied_at, created_at, published_at)
       VALUES (?, ?, ?, 'published', ?, ?, ?, ?, ?, ?, 'bench', ?, ?, ?, ?, ?)`,
    );
    const started = performance.now();
    const now = Date.now();
    for (let start = 0; start < REVIEWS; start += 200) {
      const batch = [];
      for (let i = start; i < Math.min(REVIEWS, start + 200); i++) {
        const at = new Date(now - i * 3_600_000).toISOString();
        const rating = [5, 5, 4, 4, 5, 3, 1, 4, 2, 5][i % 10]!;
        const lang = ['en', 'pl', 'cs'][i % 3]!;
        const reply = i % 20 === 0 ? 'Thank you for your review!' : null;
        batch.push(
          insert.bind(
            crypto.randomUUID(),
            SHOP,
            PRODUCT,
            i % 2,
            rating,
            `Review ${i}`,
            `Review body number ${i}, about the product in some detail.`,
            `Reviewer ${i}`,
            lang,
            (i * 7) % 31,
            reply,
            reply ? at : null,
            at,
            at,
          ),
        );
      }
      await db.batch(batch);
    }
    console.log(`seeded ${REVIEWS} reviews in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await proxy.dispose();
  }
}

async function timed(url: string, headers: Record<string, string> = {}) {
  const start = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  return {
    ms: performance.now() - start,
    status: response.status,
    cache: response.headers.get('X-Opinia-Cache'),
    etag: response.headers.get('ETag'),
  };
}

await seed();
const dev = await startBenchWorker(persistTo);
const { worker } = dev;
let failed = false;
try {
  const base = `${dev.base}/v1/shops/${SHOP}/products/${PRODUCT}/reviews`;
  await dev.ready();

  console.log('\nfirst page, cache missed on purpose (the list query runs every time):');
  for (const [name, query] of [
    ['newest', ''],
    ['helpful', '&sort=helpful'],
    ['Polish first', '&lang=pl'],
    ['4 stars only', '&rating=4'],
  ] as const) {
    for (let i = 0; i < WARMUP; i++) await timed(`${base}?warm=${name}-${i}${query}`);
    const samples: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const result = await timed(`${base}?run=${name}-${i}${query}`);
      if (result.status !== 200 || result.cache !== 'miss')
        throw new Error(`expected a 200 miss, got ${result.status} ${result.cache}`);
      samples.push(result.ms);
    }
    const p95 = percentile(samples, 95);
    const verdict = p95 <= BUDGET_P95_MS ? 'PASS' : 'FAIL';
    if (name === 'newest' && verdict === 'FAIL') failed = true;
    console.log(
      `  ${name.padEnd(14)} p50 ${ms(percentile(samples, 50))} ms  p95 ${ms(p95)} ms  p99 ${ms(percentile(samples, 99))} ms  ${name === 'newest' ? `budget ${BUDGET_P95_MS} ms p95: ${verdict}` : ''}`,
    );
  }

  console.log('\nrepeated requests (what browsers and caches do):');
  const first = await timed(base);
  let fromCache = 0;
  const repeatSamples: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const revalidate = i % 2 === 0;
    const result = await timed(base, revalidate ? { 'If-None-Match': first.etag ?? '' } : {});
    repeatSamples.push(result.ms);
    if (result.status === 304 || result.cache === 'hit') fromCache++;
  }
  const share = fromCache / REQUESTS;
  const verdict = share >= BUDGET_CACHED_SHARE ? 'PASS' : 'FAIL';
  if (verdict === 'FAIL') failed = true;
  console.log(
    `  ${fromCache}/${REQUESTS} answered from cache (304 or Cache API hit) = ${(share * 100).toFixed(1)} %  budget ≥ ${BUDGET_CACHED_SHARE * 100} %: ${verdict}`,
  );
  console.log(`  repeated request p50 ${ms(percentile(repeatSamples, 50))} ms  p95 ${ms(percentile(repeatSamples, 95))} ms`);
} finally {
  await stopProcessGroup(worker);
  if (!process.env.BENCH_KEEP) rmSync(persistTo, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

// Invitations at scale (issue 15): 10,000 invitations due at once, drained by the cron hook exactly as the worker
// runs it (worker/src/services/invitation-cron.ts), against the real schema (every migration) in node:sqlite through
// the D1 shim, with a local webhook receiver answering 200. Prints per run and per batch: invitations, D1 calls and
// time; and the hosted page's and the e-mail's weight (gzipped).
//
//   npm run bench:invitations                 # 10,000 due
//   BENCH_INVITATIONS=2000 npm run bench:invitations
//
// D1 calls per batch are exact (each `all/first/run` or `batch` is one call). Times are local CPU + loopback HTTP:
// on Workers, D1 round trips add a few ms per call (5 calls per batch).
import { createServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { gzipSync } from 'node:zlib';
import type { Env } from '../worker/src/env.ts';
import { sendDueInvitations } from '../worker/src/services/invitation-cron.ts';
import { formPage } from '../worker/src/views/feedback-page.ts';
import { invitationEmail } from '../worker/src/views/invitation-email.ts';
import { sqliteD1 } from './lib/sqlite-d1.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DUE = Number(process.env.BENCH_INVITATIONS ?? 10_000);
const SHOP = 'bench-invitations';

const sqlite = new DatabaseSync(':memory:');
for (const file of readdirSync(`${ROOT}/worker/migrations`)
  .filter((name) => name.endsWith('.sql'))
  .sort()) {
  sqlite.exec(readFileSync(`${ROOT}/worker/migrations/${file}`, 'utf8'));
}

let received = 0;
const receiver = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    received++;
    response.writeHead(200).end();
  });
});
await new Promise<void>((listening) => receiver.listen(0, '127.0.0.1', listening));
const address = receiver.address();
if (!address || typeof address === 'string') throw new Error('receiver did not start');

const created = '2026-11-01T00:00:00.000Z';
sqlite
  .prepare(
    'INSERT INTO shops (id, name, origins, owner_key_hash, created_at, webhooks, webhook_secret) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  .run(
    SHOP,
    'Bench Shop',
    '["https://shop.example"]',
    'x',
    created,
    JSON.stringify([`http://127.0.0.1:${address.port}/hook`]),
    'whs_bench',
  );
sqlite.prepare("INSERT INTO invitation_settings (shop_id, token_secret, hash_salt) VALUES (?, 'secret', 'salt')").run(SHOP);
const insertOrder = sqlite.prepare(
  "INSERT INTO orders (shop_id, order_id, customer_ref, contact_hash, locale, products, link_base, delivered_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'https://opinia.example', ?, ?, ?)",
);
const insertInvitation = sqlite.prepare(
  "INSERT INTO order_invitations (id, shop_id, order_id, touchpoint, send_at, created_at) VALUES (?, ?, ?, 'delivery', ?, ?)",
);
sqlite.exec('BEGIN');
for (let i = 0; i < DUE; i++) {
  const orderId = `B-${i}`;
  insertOrder.run(
    SHOP,
    orderId,
    `c-${i}`,
    `hash-${i}`,
    ['en', 'pl', 'cs'][i % 3]!,
    '[{"productId":"mug","name":"Mug"}]',
    created,
    created,
    created,
  );
  insertInvitation.run(crypto.randomUUID(), SHOP, orderId, created, created);
}
sqlite.exec('COMMIT');

const env = { DB: sqliteD1(sqlite), ENVIRONMENT: 'development' } as unknown as Env;
console.log(`Opinia invitations bench: ${DUE} invitations due at once (one shop, webhook delivery to a local receiver)`);
console.log('run  batches  sent  D1 calls  ms     | per batch: invitations  D1 calls  ms (median)');
let runs = 0;
const batchMs: number[] = [];
const batchQueries: number[] = [];
const started = performance.now();
for (;;) {
  const runStart = performance.now();
  const report = await sendDueInvitations(env, new Date('2026-12-01T12:00:00Z'));
  if (report.batches === 0) break;
  runs++;
  batchMs.push(...report.perBatch.map((batch) => batch.ms));
  batchQueries.push(...report.perBatch.map((batch) => batch.queries));
  const sorted = report.perBatch.map((batch) => batch.ms).sort((a, b) => a - b);
  console.log(
    `${String(runs).padStart(3)}  ${String(report.batches).padStart(7)}  ${String(report.sent).padStart(4)}  ${String(report.queries).padStart(8)}  ${String(Math.round(performance.now() - runStart)).padStart(5)}  |` +
      `  ${String(Math.max(...report.perBatch.map((batch) => batch.invitations))).padStart(11)}  ${String(Math.max(...report.perBatch.map((batch) => batch.queries))).padStart(8)}  ${sorted[Math.floor(sorted.length / 2)]}`,
  );
}
const left = (sqlite.prepare("SELECT COUNT(*) AS n FROM order_invitations WHERE status = 'scheduled'").get() as { n: number }).n;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(
  `\nDrained ${DUE - left} of ${DUE} in ${runs} cron runs (one a minute: ~${runs} min), ${Math.round(performance.now() - started)} ms of work; ` +
    `receiver got ${received}. Per batch: ≤ 45 invitations, D1 calls max ${Math.max(...batchQueries)} (median ${median(batchQueries)}), ` +
    `median ${median(batchMs)} ms. Per run: ≤ 450 sends (subrequests) and ≤ ${Math.max(...batchQueries) * 10 + 1} D1 calls.`,
);
receiver.close();

// ---- weights -------------------------------------------------------------------------------------
const shop = { name: 'Zielony Kosz', brandColor: '#2f6f4f' };
const gz = (text: string) => gzipSync(text).length;
const experience = formPage({
  locale: 'pl',
  shop,
  orderId: 'ZK-10421',
  touchpoint: 'delivery',
  question: 'rating',
  products: [],
  preselect: { rating: 4 },
});
const products = [1, 2, 3].map((n) => ({ productId: `p-${n}`, name: `Produkt ${n}` }));
const reviews = formPage({
  locale: 'pl',
  shop,
  orderId: 'ZK-10421',
  touchpoint: 'reviews',
  question: 'rating',
  products,
  preselect: {},
});
const email = invitationEmail({
  locale: 'pl',
  shopName: shop.name,
  brandColor: shop.brandColor,
  orderId: 'ZK-10421',
  touchpoint: 'delivery',
  question: 'rating',
  products: [],
  link: 'https://opinia.example/f/eyJrIjoiZiIsInMiOiJzaHBfeCIsIm8iOiJaSy0xMDQyMSIsInQiOiJkZWxpdmVyeSIsImV4cCI6MTc5OTk5OTk5OX0.c2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJl',
  unsubscribe: 'https://opinia.example/u/token',
  reminder: false,
});
console.log('\nHosted page (whole page: one HTML document, inline CSS, no script, no image, no font, no other request):');
console.log(`  experience question: ${experience.length} B, ${gz(experience)} B gz (budget 25,600 B gz)`);
console.log(`  review page, 3 products: ${reviews.length} B, ${gz(reviews)} B gz`);
console.log(`E-mail (delivery, pl): HTML ${email.html.length} B (${gz(email.html)} B gz), text ${email.text.length} B`);

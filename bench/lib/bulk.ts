// Bulk seeding straight into the SQLite file, then rollups rebuilt by INSERT … SELECT … GROUP BY from responses.
import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { GeneratedAnswer } from './generate.ts';
import { prng } from './generate.ts';
import {
  recountComplaintHours,
  recountComplaintSlices,
  recountProductExperience,
  recountProductKinds,
  recountRelationshipTotals,
  recountSliceStats,
  recountThemeSlices,
  storedComplaintHours,
  storedComplaintSlices,
  storedProductExperience,
  storedProductKinds,
  storedRelationshipTotals,
  storedSliceStats,
  storedThemeSlices,
} from './load-recount.ts';

export function createShop(db: DatabaseSync, id: string, ownerKey: string): void {
  db.prepare(
    `INSERT INTO shops (id, name, origins, default_locale, owner_key_hash, created_at) VALUES (?, ?, '["http://localhost:8788"]', 'en', ?, ?)`,
  ).run(id, `Bench ${id}`, createHash('sha256').update(ownerKey).digest('hex'), new Date().toISOString());
}

/**
 * Inserts answers (and their attention items) in transactions of 20,000 rows. Owners resolve most items
 * older than three days (resolved_at = created_at + a skewed number of hours), as a working shop would.
 * Rollups are NOT written here: call rebuildRollups afterwards.
 */
export function insertAnswers(db: DatabaseSync, answers: Iterable<GeneratedAnswer>, nowMs: number, seed: number): number {
  const random = prng(seed);
  const insert = db.prepare(
    `INSERT INTO responses (id, shop_id, client_id, kind, touchpoint, rating, nps, comment, locale, order_id, product_id,
       customer_ref, segment, lang, sentiment_label, sentiment_score, sentiment_lang, themes, polarity, mixed, attention, created_at, day)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const attention = db.prepare(
    'INSERT INTO attention_items (id, shop_id, reasons, status, created_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  let count = 0;
  db.exec('BEGIN');
  for (const { answer: a, attention: reasons } of answers) {
    insert.run(
      a.id,
      a.shopId,
      a.clientId,
      a.kind,
      a.touchpoint,
      a.rating ?? null,
      a.nps ?? null,
      a.comment ?? null,
      a.locale ?? null,
      a.orderId ?? null,
      a.productId ?? null,
      a.customerRef ?? null,
      a.segment ?? null,
      a.lang,
      a.sentiment?.label ?? null,
      a.sentiment?.score ?? null,
      a.sentiment?.lang ?? null,
      a.themes.length ? JSON.stringify(a.themes) : null,
      a.polarity,
      a.mixed ? 1 : 0,
      reasons.length ? 1 : 0,
      a.createdAt,
      a.day,
    );
    if (reasons.length) {
      const created = Date.parse(a.createdAt);
      const resolvedAt = created + Math.ceil(random() ** 2 * 96) * 3_600_000;
      const resolved = nowMs - created > 3 * 86_400_000 && random() < 0.85 && resolvedAt < nowMs;
      attention.run(
        a.id,
        a.shopId,
        JSON.stringify(reasons),
        resolved ? 'resolved' : 'open',
        a.createdAt,
        resolved ? new Date(resolvedAt).toISOString() : null,
      );
    }
    if (++count % 20_000 === 0) db.exec('COMMIT; BEGIN');
  }
  db.exec('COMMIT');
  return count;
}

// The recount: what every rollup must equal, derived from responses alone. The same expressions the per-write
// statements in worker/src/db/rollups.ts add one answer at a time, summed over all of a shop's answers.
const STATS_COLUMNS = `COUNT(*), SUM(rating IS 1), SUM(rating IS 2), SUM(rating IS 3), SUM(rating IS 4), SUM(rating IS 5),
  SUM(IFNULL(nps >= 9, 0)), SUM(IFNULL(nps BETWEEN 7 AND 8, 0)), SUM(IFNULL(nps <= 6, 0)),
  SUM(polarity = 1), SUM(polarity = 0), SUM(polarity = -1), SUM(mixed), SUM(attention)`;

export function recountDailyStats(shopParam: string, only = ''): string {
  return `SELECT shop_id, '*', day, touchpoint, lang, IFNULL(segment, ''), ${STATS_COLUMNS}
      FROM responses WHERE shop_id = ${shopParam}${only} GROUP BY shop_id, day, touchpoint, lang, IFNULL(segment, '')
    UNION ALL
    SELECT shop_id, product_id, day, touchpoint, lang, IFNULL(segment, ''), ${STATS_COLUMNS}
      FROM responses WHERE shop_id = ${shopParam}${only} AND product_id IS NOT NULL GROUP BY shop_id, product_id, day, touchpoint, lang, IFNULL(segment, '')`;
}

export function recountThemeStats(shopParam: string, only = ''): string {
  const theme = `SUM(t.value ->> 'label' = 'positive'), SUM(t.value ->> 'label' = 'neutral'), SUM(t.value ->> 'label' = 'negative')`;
  const kind = only.replace('kind', 'r.kind');
  return `SELECT r.shop_id, '*', r.day, r.touchpoint, r.lang, IFNULL(r.segment, ''), t.value ->> 'theme', COUNT(*), ${theme}
      FROM responses r, json_each(r.themes) t WHERE r.shop_id = ${shopParam}${kind}
      GROUP BY r.shop_id, r.day, r.touchpoint, r.lang, IFNULL(r.segment, ''), t.value ->> 'theme'
    UNION ALL
    SELECT r.shop_id, r.product_id, r.day, r.touchpoint, r.lang, IFNULL(r.segment, ''), t.value ->> 'theme', COUNT(*), ${theme}
      FROM responses r, json_each(r.themes) t WHERE r.shop_id = ${shopParam}${kind} AND r.product_id IS NOT NULL
      GROUP BY r.shop_id, r.product_id, r.day, r.touchpoint, r.lang, IFNULL(r.segment, ''), t.value ->> 'theme'`;
}

/** The product reviews alone (daily_review_stats, daily_review_theme_stats: migrations/0014). */
const REVIEWS_ONLY = " AND kind = 'review'";

export function recountCustomers(shopParam: string): string {
  return `SELECT shop_id, customer_ref, SUM(polarity), COUNT(*), MIN(created_at), MAX(created_at)
    FROM responses WHERE shop_id = ${shopParam} AND customer_ref IS NOT NULL GROUP BY shop_id, customer_ref`;
}

/** daily_relationship (migrations/0010) from the answers' stored previous and first days (relationship_rows). */
export function recountRelationship(shopParam: string): string {
  return `SELECT shop_id, day, segment, prev_key, COUNT(*), SUM(review), SUM(since_first), SUM(since_prev),
      SUM(h0), SUM(h1), SUM(h2), SUM(h3), SUM(h4), SUM(h5), SUM(h6), SUM(h7)
    FROM relationship_rows WHERE shop_id = ${shopParam} GROUP BY shop_id, day, segment, prev_key`;
}

/**
 * Each answer's `prev_day` and `first_day` (migrations/0010), as db/relationship.ts linkToPreviousAnswer sets them
 * when answers arrive one by one in time order: the same customer's previous answer and first answer.
 */
function linkAnswers(db: DatabaseSync, shopId: string): void {
  db.prepare(
    `UPDATE responses SET prev_day = w.prev_day, first_day = w.first_day
     FROM (
       SELECT id, substr(LAG(created_at) OVER c, 1, 10) AS prev_day, substr(MIN(created_at) OVER c, 1, 10) AS first_day
       FROM responses WHERE shop_id = ?1 AND customer_ref IS NOT NULL
       WINDOW c AS (PARTITION BY customer_ref ORDER BY created_at, id)
     ) AS w
     WHERE responses.id = w.id`,
  ).run(shopId);
}

/**
 * Writes a shop's rollups from its answers: daily and theme stats (every answer, and the reviews alone), customers
 * (the customer_balances triggers fire per customer), and the relationship rollup after linking each answer to
 * the customer's previous one — everything the per-write statements keep, so the benches read real rollups.
 */
export function rebuildRollups(db: DatabaseSync, shopId: string): void {
  db.exec('BEGIN');
  db.prepare(`INSERT INTO daily_stats (${STATS}) ${recountDailyStats('?1')}`).run(shopId);
  db.prepare(`INSERT INTO daily_theme_stats (${THEME_STATS}) ${recountThemeStats('?1')}`).run(shopId);
  db.prepare(`INSERT INTO daily_review_stats (${STATS}) ${recountDailyStats('?1', REVIEWS_ONLY)}`).run(shopId);
  db.prepare(`INSERT INTO daily_review_theme_stats (${THEME_STATS}) ${recountThemeStats('?1', REVIEWS_ONLY)}`).run(shopId);
  db.prepare(`INSERT INTO customers (${CUSTOMERS}) ${recountCustomers('?1')}`).run(shopId);
  linkAnswers(db, shopId);
  db.prepare(`INSERT INTO daily_relationship (${RELATIONSHIP}) ${recountRelationship('?1')}`).run(shopId);
  db.exec('COMMIT');
}

const STATS =
  'shop_id, product_id, day, touchpoint, lang, segment, responses, r1, r2, r3, r4, r5, promoters, passives, detractors, positive, neutral, negative, mixed, attention';
const THEME_STATS = 'shop_id, product_id, day, touchpoint, lang, segment, theme, mentions, positive, neutral, negative';
const CUSTOMERS = 'shop_id, customer_ref, balance, answers, first_seen, last_seen';
const RELATIONSHIP = 'shop_id, day, segment, prev_key, answers, reviews, since_first, since_prev, h0, h1, h2, h3, h4, h5, h6, h7';

/** Rows that differ between the stored rollups and the recount (both directions), per table; all zero when exact. */
export function rollupDifferences(db: DatabaseSync, shopId: string): Record<string, number> {
  const diff = (table: string, columns: string, recount: string) => {
    const stored = `SELECT ${columns} FROM ${table} WHERE shop_id = ?1`;
    const one = db.prepare(`SELECT COUNT(*) AS n FROM (${stored} EXCEPT SELECT * FROM (${recount}))`).get(shopId) as {
      n: number;
    };
    const two = db.prepare(`SELECT COUNT(*) AS n FROM (SELECT * FROM (${recount}) EXCEPT ${stored})`).get(shopId) as {
      n: number;
    };
    return one.n + two.n;
  };
  const sliceDiff = (stored: string, recount: string) => {
    const one = db.prepare(`SELECT COUNT(*) AS n FROM (${stored} EXCEPT SELECT * FROM (${recount}))`).get(shopId) as {
      n: number;
    };
    const two = db.prepare(`SELECT COUNT(*) AS n FROM (SELECT * FROM (${recount}) EXCEPT ${stored})`).get(shopId) as {
      n: number;
    };
    return one.n + two.n;
  };
  const balances = db
    .prepare(
      `SELECT (SELECT in_credit FROM customer_balances WHERE shop_id = ?1) IS (SELECT COUNT(*) FROM customers WHERE shop_id = ?1 AND balance > 0)
          AND (SELECT in_debit FROM customer_balances WHERE shop_id = ?1) IS (SELECT COUNT(*) FROM customers WHERE shop_id = ?1 AND balance < 0)
          AND (SELECT even FROM customer_balances WHERE shop_id = ?1) IS (SELECT COUNT(*) FROM customers WHERE shop_id = ?1 AND balance = 0) AS ok`,
    )
    .get(shopId) as { ok: number };
  return {
    daily_stats: diff('daily_stats', STATS, recountDailyStats('?1')),
    daily_theme_stats: diff('daily_theme_stats', THEME_STATS, recountThemeStats('?1')),
    daily_review_stats: diff('daily_review_stats', STATS, recountDailyStats('?1', REVIEWS_ONLY)),
    daily_review_theme_stats: diff('daily_review_theme_stats', THEME_STATS, recountThemeStats('?1', REVIEWS_ONLY)),
    daily_relationship: diff('daily_relationship', RELATIONSHIP, recountRelationship('?1')),
    customers: diff('customers', CUSTOMERS, recountCustomers('?1')),
    daily_slice_stats: sliceDiff(storedSliceStats('?1'), recountSliceStats('?1')),
    daily_theme_slices: sliceDiff(storedThemeSlices('?1'), recountThemeSlices('?1')),
    daily_product_kinds: sliceDiff(storedProductKinds('?1'), recountProductKinds('?1')),
    daily_product_experience: sliceDiff(storedProductExperience('?1'), recountProductExperience('?1')),
    daily_relationship_totals: sliceDiff(storedRelationshipTotals('?1'), recountRelationshipTotals('?1')),
    complaint_slices: sliceDiff(storedComplaintSlices('?1'), recountComplaintSlices('?1')),
    complaint_hours: sliceDiff(storedComplaintHours('?1'), recountComplaintHours('?1')),
    customer_balances: balances.ok ? 0 : 1,
  };
}

/** Rows that differ between two shops' rollups once the shop id is left out (the bulk twin vs the per-write shop). */
export function twinDifferences(db: DatabaseSync, shopA: string, shopB: string): Record<string, number> {
  const diff = (table: string, columns: string) => {
    const cols = columns.replace('shop_id, ', '');
    const a = `SELECT ${cols} FROM ${table} WHERE shop_id = ?1`;
    const b = `SELECT ${cols} FROM ${table} WHERE shop_id = ?2`;
    const one = db.prepare(`SELECT COUNT(*) AS n FROM (${a} EXCEPT ${b})`).get(shopA, shopB) as { n: number };
    const two = db.prepare(`SELECT COUNT(*) AS n FROM (${b} EXCEPT ${a})`).get(shopA, shopB) as { n: number };
    const rows = db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE shop_id = ?1`).get(shopA) as { n: number };
    return { differing: one.n + two.n, rows: rows.n };
  };
  const out: Record<string, number> = {};
  for (const [table, columns] of [
    ['daily_stats', STATS],
    ['daily_theme_stats', THEME_STATS],
    ['daily_review_stats', STATS],
    ['daily_review_theme_stats', THEME_STATS],
    ['daily_relationship', RELATIONSHIP],
    ['customers', CUSTOMERS],
  ] as const) {
    const { differing, rows } = diff(table, columns);
    out[table] = differing;
    out[`${table} rows`] = rows;
  }
  return out;
}

// migrations/0009 recomputes stored answers' polarity (score first) and every rollup built on it. Answers stored under
// the old rule (the comment's sentiment first) with their old rollups are rewritten; afterwards rollups equal a recount.
// Replayed on this spec's shop only, in one batch: the worker specs share one D1, and 0009 replayed over every shop
// recounted other specs' rollups (a held review's sentiment among them) while they used them.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../../shared/schemas.ts';
import { createShop, getSummary, storeAnswerAt } from '../support/api.ts';
import { expectConsistent } from '../support/consistency.ts';
import { migrationStatements, runForOneShop, updateOneShop } from '../support/migrations.ts';

/** The data-rewriting statements of 0009 (its ALTER/CREATE/DROP statements ran with the other migrations). */
const recomputeStatements = () => migrationStatements('0009_', /UPDATE\b/i);

const all = async (sql: string, ...values: unknown[]) =>
  (
    await env.DB.prepare(sql)
      .bind(...values)
      .all()
  ).results;

describe('migration 0009 (the shopper’s score comes first)', () => {
  it('should rewrite answers stored under the old rule and leave rollups equal to a recount', async () => {
    const { shopId, ownerKey } = await createShop();
    const at = '2026-11-20T10:00:00Z';
    const coffee = await storeAnswerAt(shopId, at, {
      rating: 5,
      comment: 'Keeps coffee hot for ages.',
      customerRef: 'ann',
      locale: 'en',
    });
    const mug = await storeAnswerAt(shopId, at, {
      rating: 5,
      comment: 'Great mug, but support never answered my email and the refund never came.',
      customerRef: 'ann',
      locale: 'en',
    });
    const search = await storeAnswerAt(shopId, at, {
      rating: 2,
      nps: 3,
      comment: 'The site search is useless and checkout kept rejecting my card, but the prices are great.',
      customerRef: 'bob',
      locale: 'en',
    });
    const late = await storeAnswerAt(shopId, at, {
      comment: 'The delivery was late and the courier was rude.',
      customerRef: 'bob',
      locale: 'en',
      productId: 'mug',
    });
    await storeAnswerAt(shopId, at, { rating: 3, locale: 'en', productId: 'mug' });

    // What the database looked like before 0009: the engine of the time read the coffee as negative, the mug as
    // confidently negative and the site-search complaint as positive (issue #13), polarity came from the comment first,
    // no mixed flag, stale counters.
    await env.DB.batch([
      env.DB.prepare(`UPDATE responses SET sentiment_label = 'negative', sentiment_score = -0.3 WHERE id = ?`).bind(coffee),
      env.DB.prepare(`UPDATE responses SET sentiment_label = 'negative', sentiment_score = -0.62 WHERE id = ?`).bind(mug),
      env.DB.prepare(`UPDATE responses SET sentiment_label = 'positive', sentiment_score = 0.41 WHERE id = ?`).bind(search),
      env.DB.prepare(
        `UPDATE responses SET polarity = CASE WHEN sentiment_label = 'negative' THEN -1 WHEN sentiment_label = 'positive' THEN 1
           WHEN rating IS NOT NULL THEN (rating >= 4) - (rating <= 2) ELSE 0 END, mixed = 0, attention = 0 WHERE shop_id = ?`,
      ).bind(shopId),
      env.DB.prepare(
        'UPDATE daily_stats SET positive = 0, neutral = 0, negative = 5, mixed = 0, attention = 0 WHERE shop_id = ?',
      ).bind(shopId),
      env.DB.prepare('UPDATE customers SET balance = -7 WHERE shop_id = ?').bind(shopId),
    ]);
    const before = await all('SELECT id, polarity FROM responses WHERE shop_id = ? AND id IN (?, ?)', shopId, coffee, search);
    expect(before).toContainEqual({ id: coffee, polarity: -1 });

    const statements = recomputeStatements();
    expect(statements).toHaveLength(4);
    await runForOneShop(statements.map(updateOneShop), shopId);

    const polarity = Object.fromEntries(
      (await all('SELECT id, polarity, mixed FROM responses WHERE shop_id = ?', shopId)).map((r) => [
        r.id,
        [r.polarity, r.mixed],
      ]),
    );
    expect(polarity[coffee]).toEqual([1, 0]);
    expect(polarity[mug]).toEqual([1, 1]);
    expect(polarity[search]).toEqual([-1, 0]);
    expect(polarity[late]).toEqual([-1, 0]);
    await expectConsistent(shopId);

    const summary = await (await getSummary(shopId, ownerKey, '?from=2026-11-20&to=2026-11-20')).json<Summary>();
    expect(summary.sentiment).toEqual({ positive: 2, neutral: 1, negative: 2, balance: 0, mixed: 1 });
    expect(summary.attention.opened).toBe(3);
    expect(await all('SELECT customer_ref, balance FROM customers WHERE shop_id = ? ORDER BY 1', shopId)).toEqual([
      { customer_ref: 'ann', balance: 2 },
      { customer_ref: 'bob', balance: -2 },
    ]);
  });
});

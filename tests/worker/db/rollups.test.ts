import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createShop, postAnswer, storeAnswerAt } from '../support/api.ts';

/** The rollups recounted from the answers themselves: what daily_stats must always equal. */
async function recount(shopId: string) {
  const { results } = await env.DB.prepare(
    `SELECT p.product_id, r.day, r.touchpoint, r.lang, IFNULL(r.segment, '') AS segment, COUNT(*) AS responses,
       SUM(r.rating IS 1) AS r1, SUM(r.rating IS 5) AS r5, SUM(IFNULL(r.nps >= 9, 0)) AS promoters,
       SUM(IFNULL(r.nps <= 6, 0)) AS detractors, SUM(r.polarity = 1) AS positive, SUM(r.polarity = -1) AS negative
     FROM responses r JOIN (SELECT '*' AS product_id UNION ALL SELECT DISTINCT product_id FROM responses WHERE product_id IS NOT NULL) p
       ON p.product_id = '*' OR p.product_id = r.product_id
     WHERE r.shop_id = ? GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
  )
    .bind(shopId)
    .all();
  return results;
}

async function rollups(shopId: string) {
  const { results } = await env.DB.prepare(
    `SELECT product_id, day, touchpoint, lang, segment, responses, r1, r5, promoters, detractors, positive, negative
     FROM daily_stats WHERE shop_id = ? AND responses > 0 ORDER BY 1, 2, 3, 4, 5`,
  )
    .bind(shopId)
    .all();
  return results;
}

describe('rollups', () => {
  it('should equal a full recount after answers of every kind, retries included', async () => {
    const { shopId } = await createShop();
    const retried = crypto.randomUUID();
    await postAnswer(shopId, { clientId: retried, rating: 5, nps: 10, locale: 'pl-PL', productId: 'mug' });
    await postAnswer(shopId, { clientId: retried, rating: 5, nps: 10, locale: 'pl-PL', productId: 'mug' });
    await postAnswer(shopId, { rating: 1, nps: 2, touchpoint: 'delivery', segment: 'vip', comment: 'terrible, broken' });
    await postAnswer(shopId, { nps: 8, locale: 'cs', productId: 'mug', kind: 'review', rating: 3 });
    await storeAnswerAt(shopId, '2026-01-15T10:00:00Z', { rating: 4, segment: 'vip', productId: 'plate' });
    await storeAnswerAt(shopId, '2026-01-15T11:00:00Z', { rating: 4, segment: 'vip', productId: 'plate' });

    const expected = await recount(shopId);
    expect(expected.length).toBeGreaterThan(3);
    expect(await rollups(shopId)).toEqual(expected);
  });

  it('should count a retried answer once, even when the retry says something else', async () => {
    const { shopId } = await createShop();
    const clientId = crypto.randomUUID();
    await postAnswer(shopId, { clientId, rating: 5 });
    await postAnswer(shopId, { clientId, rating: 1, customerRef: 'c1' });
    const row = await env.DB.prepare(
      "SELECT SUM(responses) AS n, SUM(r1) AS r1 FROM daily_stats WHERE shop_id = ? AND product_id = '*'",
    )
      .bind(shopId)
      .first();
    expect(row).toEqual({ n: 1, r1: 0 });
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM customers WHERE shop_id = ?').bind(shopId).first()).toEqual({ n: 0 });
  });

  it('should keep theme counts per theme and polarity', async () => {
    const { shopId } = await createShop();
    await storeAnswerAt(shopId, '2026-03-01T10:00:00Z', {
      comment: 'fast delivery but poor quality',
      themes: [
        { theme: 'delivery', label: 'positive' },
        { theme: 'quality', label: 'negative' },
      ],
    });
    await storeAnswerAt(shopId, '2026-03-01T12:00:00Z', {
      comment: 'late delivery',
      themes: [{ theme: 'delivery', label: 'negative' }],
    });
    const { results } = await env.DB.prepare(
      "SELECT theme, mentions, positive, negative FROM daily_theme_stats WHERE shop_id = ? AND product_id = '*' ORDER BY theme",
    )
      .bind(shopId)
      .all();
    expect(results).toEqual([
      { theme: 'delivery', mentions: 2, positive: 1, negative: 1 },
      { theme: 'quality', mentions: 1, positive: 0, negative: 1 },
    ]);
  });

  it('should keep the count of customers in credit and in debit exact', async () => {
    const { shopId } = await createShop();
    await postAnswer(shopId, { rating: 5, customerRef: 'alice' });
    await postAnswer(shopId, { rating: 1, customerRef: 'bob' });
    await postAnswer(shopId, { rating: 1, customerRef: 'alice' }); // alice back to even
    await postAnswer(shopId, { rating: 2, customerRef: 'alice' }); // and into debit
    expect(
      await env.DB.prepare('SELECT in_credit, in_debit, even FROM customer_balances WHERE shop_id = ?').bind(shopId).first(),
    ).toEqual({
      in_credit: 0,
      in_debit: 2,
      even: 0,
    });
  });
});

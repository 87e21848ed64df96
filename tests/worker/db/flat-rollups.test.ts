import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { AttentionPage } from '../../../shared/owner-api.ts';
import type { Summary } from '../../../shared/schemas.ts';
import { createShop, getSummary, ownerCall, ownerJson, postAnswer, storeAnswerAt } from '../support/api.ts';

const all = async (sql: string, ...values: unknown[]) =>
  (
    await env.DB.prepare(sql)
      .bind(...values)
      .all()
  ).results;
const one = async (sql: string, ...values: unknown[]) =>
  env.DB.prepare(sql)
    .bind(...values)
    .first();

async function expectNarrowRollupsConsistent(shopId: string) {
  const counters = 'responses, r1, r2, r3, r4, r5, promoters, passives, detractors, positive, neutral, negative, attention';
  const sums = counters
    .split(', ')
    .map((column) => `SUM(${column}) AS ${column}`)
    .join(', ');
  expect(
    await all(
      `SELECT product_id, day, touchpoint, ${counters} FROM daily_touchpoint_stats WHERE shop_id = ? AND responses <> 0 ORDER BY 1, 2, 3`,
      shopId,
    ),
  ).toEqual(
    await all(
      `SELECT product_id, day, touchpoint, ${sums} FROM daily_stats WHERE shop_id = ? GROUP BY 1, 2, 3 HAVING SUM(responses) <> 0 ORDER BY 1, 2, 3`,
      shopId,
    ),
  );
  expect(
    await all(
      'SELECT product_id, day, theme, mentions, positive, negative FROM daily_theme_totals WHERE shop_id = ? AND mentions <> 0 ORDER BY 1, 2, 3',
      shopId,
    ),
  ).toEqual(
    await all(
      'SELECT product_id, day, theme, SUM(mentions) AS mentions, SUM(positive) AS positive, SUM(negative) AS negative FROM daily_theme_stats WHERE shop_id = ? GROUP BY 1, 2, 3 HAVING SUM(mentions) <> 0 ORDER BY 1, 2, 3',
      shopId,
    ),
  );
  // The attention counter counts exactly the answers that opened an item.
  expect(
    await one("SELECT IFNULL(SUM(attention), 0) AS n FROM daily_stats WHERE shop_id = ? AND product_id = '*'", shopId),
  ).toEqual(await one('SELECT COUNT(*) AS n FROM attention_items WHERE shop_id = ?', shopId));
  expect(await one('SELECT IFNULL((SELECT open FROM attention_open WHERE shop_id = ?1), 0) AS n', shopId)).toEqual(
    await one("SELECT COUNT(*) AS n FROM attention_items WHERE shop_id = ? AND status = 'open'", shopId),
  );
  expect(await one('SELECT IFNULL(SUM(resolved), 0) AS n FROM daily_resolutions WHERE shop_id = ?', shopId)).toEqual(
    await one("SELECT COUNT(*) AS n FROM attention_items WHERE shop_id = ? AND status = 'resolved'", shopId),
  );
}

describe('the narrow rollups and attention counters behind a flat-cost summary', () => {
  it('should stay equal to the detailed rollups and the items through writes, resolutions, reopenings and erasures', async () => {
    const { shopId, ownerKey } = await createShop();
    await postAnswer(shopId, { rating: 1, locale: 'pl', segment: 'vip', customerRef: 'a', productId: 'mug' });
    await postAnswer(shopId, { nps: 3, locale: 'cs', touchpoint: 'delivery', customerRef: 'b' });
    await postAnswer(shopId, { rating: 5, nps: 10, locale: 'en' });
    await postAnswer(shopId, { comment: 'terrible and slow', locale: 'en', touchpoint: 'support' });
    await storeAnswerAt(shopId, '2026-02-02T10:00:00Z', {
      rating: 2,
      themes: [{ theme: 'delivery', label: 'negative' }],
      segment: 'vip',
    });
    await storeAnswerAt(shopId, '2026-02-02T11:00:00Z', {
      rating: 4,
      themes: [{ theme: 'delivery', label: 'positive' }],
      locale: 'pl',
    });
    await expectNarrowRollupsConsistent(shopId);

    const { items } = await (await ownerCall(`/v1/shops/${shopId}/attention?status=open`, ownerKey)).json<AttentionPage>();
    for (const item of items.slice(0, 3))
      await ownerJson(`/v1/shops/${shopId}/attention/${item.id}`, ownerKey, 'POST', { status: 'resolved' });
    await ownerJson(`/v1/shops/${shopId}/attention/${items[0]!.id}`, ownerKey, 'POST', { status: 'open' });
    await ownerJson(`/v1/shops/${shopId}/attention/${items[1]!.id}`, ownerKey, 'POST', { status: 'resolved', note: 'again' });
    await expectNarrowRollupsConsistent(shopId);

    await ownerCall(`/v1/shops/${shopId}/customers/b`, ownerKey, { method: 'DELETE' });
    await ownerCall(`/v1/shops/${shopId}/customers/a`, ownerKey, { method: 'DELETE' });
    await expectNarrowRollupsConsistent(shopId);
  });

  it('should give the same totals from the narrow and the detailed rollups', async () => {
    const { shopId, ownerKey } = await createShop();
    for (const [rating, locale] of [
      [1, 'pl'],
      [4, 'en'],
      [5, 'cs'],
      [2, 'pl'],
    ] as const)
      await postAnswer(shopId, { rating, locale, segment: 'all' });
    const narrow = await (await getSummary(shopId, ownerKey)).json<Summary>();
    const detailed = await (await getSummary(shopId, ownerKey, '?segment=all')).json<Summary>();
    expect(detailed.rating).toEqual(narrow.rating);
    expect(detailed.byTouchpoint).toEqual(narrow.byTouchpoint);
    expect(narrow.attention.opened).toBe(2);
    expect(detailed.attention.opened).toBe(2);
  });
});

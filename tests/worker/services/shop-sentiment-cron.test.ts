import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { fitShopCorrections, MIN_RATED_COMMENTS } from '../../../worker/src/services/shop-sentiment-cron.ts';
import { createShop, postAnswer } from '../support/api.ts';

/** Plain statements the shared model reads as neutral; in this shop they always come with 5 stars. */
const PLAIN = [
  'It arrived on Tuesday.',
  'I ordered it for my father.',
  'The parcel came by courier.',
  'Bought it in the blue colour.',
  'It was delivered to the office.',
];

/** `count` comments in English with `rating` stars, stored as the worker stores them. */
async function rated(shopId: string, count: number, rating: number, at = '2026-12-01T10:00:00.000Z'): Promise<void> {
  const statements = Array.from({ length: count }, (_, i) =>
    env.DB.prepare(
      `INSERT INTO responses (id, shop_id, client_id, kind, touchpoint, rating, comment, locale, lang, sentiment_label, sentiment_score, sentiment_lang,
         polarity, created_at, day) VALUES (?, ?, ?, 'experience', 'post_purchase', ?, ?, 'en', 'en', 'neutral', 0, 'en', 1, ?, ?)`,
    ).bind(crypto.randomUUID(), shopId, crypto.randomUUID(), rating, `${PLAIN[i % PLAIN.length]} (${i})`, at, at.slice(0, 10)),
  );
  await env.DB.batch(statements);
}

async function sentimentOf(shopId: string, answer: { comment: string; rating?: number }) {
  const response = await postAnswer(shopId, { locale: 'en', ...answer });
  expect(response.status).toBe(201);
  return (await response.json<{ sentiment: { label: string; mixed: boolean } }>()).sentiment;
}

describe('the per-shop sentiment correction (scheduled job)', () => {
  it("should learn from a shop's rated comments and read its comments without stars accordingly, never those with stars", async () => {
    const { shopId } = await createShop();
    expect((await sentimentOf(shopId, { comment: 'It came on Tuesday.' })).label, 'the shared model').toBe('neutral');
    await rated(shopId, MIN_RATED_COMMENTS, 5);

    expect(await fitShopCorrections(env.DB, new Date('2026-12-02T10:30:00Z'), { shopId })).toBe(1);
    const row = await env.DB.prepare('SELECT lang, offsets, examples FROM shop_sentiment_corrections WHERE shop_id = ?')
      .bind(shopId)
      .first<{ lang: string; offsets: string; examples: number }>();
    expect(row).toMatchObject({ lang: 'en', examples: MIN_RATED_COMMENTS });
    const [negative, neutral, positive] = JSON.parse(row!.offsets) as number[];
    expect(negative).toBe(0);
    expect(positive!).toBeGreaterThan(neutral!);

    expect((await sentimentOf(shopId, { comment: 'It arrived on Wednesday.' })).label, 'without stars: the correction').toBe(
      'positive',
    );
    expect(
      (await sentimentOf(shopId, { comment: 'It arrived on Monday.', rating: 3 })).label,
      'with stars: the shared model',
    ).toBe('neutral');
  });

  it('should leave a shop below the minimum history alone, and refit a correction only once a day', async () => {
    const small = await createShop();
    await rated(small.shopId, MIN_RATED_COMMENTS - 1, 5);
    const big = await createShop();
    await rated(big.shopId, MIN_RATED_COMMENTS, 5);
    const first = new Date('2026-12-02T11:30:00Z');
    for (const shop of [small, big]) await fitShopCorrections(env.DB, first, { shopId: shop.shopId });
    const fitted = (shopId: string) =>
      env.DB.prepare('SELECT fitted_at AS at FROM shop_sentiment_corrections WHERE shop_id = ?')
        .bind(shopId)
        .first<{ at: string }>();
    expect(await fitted(small.shopId)).toBeNull();
    expect(await fitted(big.shopId)).toEqual({ at: first.toISOString() });

    await fitShopCorrections(env.DB, new Date(first.getTime() + 3_600_000), { shopId: big.shopId });
    expect(await fitted(big.shopId), 'an hour later: not due').toEqual({ at: first.toISOString() });
    const nextDay = new Date(first.getTime() + 25 * 3_600_000);
    await fitShopCorrections(env.DB, nextDay, { shopId: big.shopId });
    expect(await fitted(big.shopId), 'a day later: refitted').toEqual({ at: nextDay.toISOString() });
  });

  it('should fit, when run for one shop ({ shopId }), only that shop and leave another due shop alone', async () => {
    const [a, b] = [await createShop(), await createShop()];
    for (const shop of [a, b]) await rated(shop.shopId, MIN_RATED_COMMENTS, 5);
    expect(await fitShopCorrections(env.DB, new Date('2026-12-02T12:30:00Z'), { shopId: a.shopId })).toBe(1);
    const fitted = (shopId: string) =>
      env.DB.prepare('SELECT COUNT(*) AS n FROM shop_sentiment_corrections WHERE shop_id = ?')
        .bind(shopId)
        .first<{ n: number }>();
    expect(await fitted(a.shopId)).toEqual({ n: 1 });
    expect(await fitted(b.shopId), 'the other shop: untouched').toEqual({ n: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import type { Summary } from '../../../shared/schemas.ts';
import { dayOf } from '../../../worker/src/domain/dates.ts';
import { createShop, getSummary, postAnswer, storeAnswerAt } from '../support/api.ts';

describe('GET /v1/shops/:shopId/summary', () => {
  it('should answer 401 without a key or with a wrong key', async () => {
    const { shopId } = await createShop();
    for (const key of [null, 'opk_wrong']) {
      const response = await getSummary(shopId, key);
      expect(response.status).toBe(401);
      expect(response.headers.get('WWW-Authenticate')).toContain('Bearer');
      expect((await response.json<{ error: { code: string } }>()).error.code).toBe('unauthorized');
    }
  });

  it("should answer 403 to another shop's key: one shop never reads another's data", async () => {
    const [mine, theirs] = [await createShop(), await createShop()];
    const response = await getSummary(mine.shopId, theirs.ownerKey);
    expect(response.status).toBe(403);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('forbidden');
  });

  it('should answer 404 for an unknown shop', async () => {
    expect((await getSummary('nope', 'opk_whatever')).status).toBe(404);
  });

  it('should count ratings, NPS, sentiment and the balance, per touchpoint too', async () => {
    const { shopId, ownerKey } = await createShop();
    await postAnswer(shopId, { rating: 5, nps: 10 });
    await postAnswer(shopId, { rating: 4, nps: 9, touchpoint: 'delivery' });
    await postAnswer(shopId, { rating: 3, nps: 8 });
    await postAnswer(shopId, { rating: 1, nps: 2, touchpoint: 'delivery' });
    await postAnswer(shopId, { nps: 6, touchpoint: 'support' });

    const response = await getSummary(shopId, ownerKey);
    expect(response.status).toBe(200);
    const summary = await response.json<Summary>();
    const today = dayOf(new Date());
    expect(summary).toMatchObject({ shopId, to: today, responses: 5 });
    expect(summary.rating).toEqual({ average: 3.25, count: 4, distribution: { '1': 1, '2': 0, '3': 1, '4': 1, '5': 1 } });
    // 2 promoters, 1 passive, 2 detractors of 5: (2 − 2) / 5 = 0
    expect(summary.nps).toEqual({ score: 0, promoters: 2, passives: 1, detractors: 2, count: 5 });
    // polarity from the rating where there is one, else from NPS: +, +, 0, −, −
    expect(summary.sentiment).toEqual({ positive: 2, neutral: 1, negative: 2, balance: 0, mixed: 0 });
    expect(summary.byTouchpoint.delivery).toMatchObject({ responses: 2, nps: { score: 0, count: 2 }, sentiment: { balance: 0 } });
    expect(summary.byTouchpoint.support).toMatchObject({
      responses: 1,
      nps: { score: -100 },
      sentiment: { negative: 1, balance: -1 },
    });
    expect(summary.byTouchpoint.browse).toMatchObject({ responses: 0, rating: { average: null }, nps: { score: null } });
    expect(Object.keys(summary.byTouchpoint)).toEqual(['browse', 'checkout', 'post_purchase', 'delivery', 'support', 'return']);
  });

  it('should list recent negative answers newest first, with their comments as plain text', async () => {
    const { shopId, ownerKey } = await createShop();
    await postAnswer(shopId, { rating: 2, comment: 'Paczka przyszła zniszczona, słaba obsługa', locale: 'pl' });
    await postAnswer(shopId, { rating: 5, comment: 'Great, fast delivery' });
    await postAnswer(shopId, { nps: 0, touchpoint: 'support', comment: '<img src=x onerror=alert(1)> terrible' });

    const summary = await (await getSummary(shopId, ownerKey)).json<Summary>();
    expect(summary.recentNegative.map((answer) => answer.comment)).toEqual([
      '<img src=x onerror=alert(1)> terrible',
      'Paczka przyszła zniszczona, słaba obsługa',
    ]);
    expect(summary.recentNegative[1]).toMatchObject({ touchpoint: 'post_purchase', rating: 2, nps: null, locale: 'pl' });
  });

  it('should count only the answers inside from…to (UTC days, inclusive)', async () => {
    const { shopId, ownerKey } = await createShop();
    for (const [at, rating] of [
      ['2026-01-31T23:59:59.999Z', 5],
      ['2026-02-01T00:00:00.000Z', 4],
      ['2026-02-28T23:59:59.999Z', 2],
      ['2026-03-01T00:00:00.000Z', 1],
    ] as const) {
      await storeAnswerAt(shopId, at, { rating });
    }
    const summary = await (await getSummary(shopId, ownerKey, '?from=2026-02-01&to=2026-02-28')).json<Summary>();
    expect(summary).toMatchObject({ from: '2026-02-01', to: '2026-02-28', responses: 2, sentiment: { balance: 0 } });
    expect(summary.rating.distribution).toEqual({ '1': 0, '2': 1, '3': 0, '4': 1, '5': 0 });
  });

  it('should default to the 30 days ending today', async () => {
    const { shopId, ownerKey } = await createShop();
    const summary = await (await getSummary(shopId, ownerKey)).json<Summary>();
    const from = new Date(Date.parse(`${summary.to}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
    expect(summary.from).toBe(from);
    expect(summary.responses).toBe(0);
  });

  it.each([
    ['a day that is not YYYY-MM-DD', '?from=23.11.2026', 'invalid_request'],
    ['an impossible date', '?from=2026-02-30', 'invalid_request'],
    ['from after to', '?from=2026-03-01&to=2026-02-01', 'invalid_period'],
    ['a period over ten years', '?from=2000-01-01&to=2026-01-01', 'invalid_period'],
  ])('should answer 400 for %s', async (_name, query, code) => {
    const { shopId, ownerKey } = await createShop();
    const response = await getSummary(shopId, ownerKey, query);
    expect(response.status).toBe(400);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe(code);
  });
});

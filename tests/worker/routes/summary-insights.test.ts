import { describe, expect, it } from 'vitest';
import type { Summary } from '../../../shared/schemas.ts';
import { createShop, getSummary, postAnswer, storeAnswerAt } from '../support/api.ts';

async function summaryOf(shopId: string, ownerKey: string, query: string): Promise<Summary> {
  const response = await getSummary(shopId, ownerKey, query);
  expect(response.status).toBe(200);
  return response.json();
}

describe('GET /v1/shops/:shopId/summary — filters, trend, comparison', () => {
  it('should filter by touchpoint, locale, productId and segment', async () => {
    const { shopId, ownerKey } = await createShop();
    const at = '2026-05-10T10:00:00Z';
    await storeAnswerAt(shopId, at, { rating: 5, touchpoint: 'delivery', locale: 'pl-PL', segment: 'vip', productId: 'mug' });
    await storeAnswerAt(shopId, at, { rating: 4, touchpoint: 'delivery', locale: 'cs', productId: 'plate' });
    await storeAnswerAt(shopId, at, { rating: 1, touchpoint: 'support', locale: 'pl' });
    const period = '?from=2026-05-01&to=2026-05-31';
    expect((await summaryOf(shopId, ownerKey, period)).responses).toBe(3);
    expect((await summaryOf(shopId, ownerKey, `${period}&touchpoint=delivery`)).rating.average).toBe(4.5);
    expect((await summaryOf(shopId, ownerKey, `${period}&locale=PL`)).rating.distribution).toEqual({
      '1': 1,
      '2': 0,
      '3': 0,
      '4': 0,
      '5': 1,
    });
    expect((await summaryOf(shopId, ownerKey, `${period}&productId=plate`)).responses).toBe(1);
    expect((await summaryOf(shopId, ownerKey, `${period}&segment=vip&touchpoint=delivery`)).responses).toBe(1);
    expect((await summaryOf(shopId, ownerKey, `${period}&segment=nobody`)).responses).toBe(0);
  });

  it('should give CSAT, a trend per week and deltas against the previous period', async () => {
    const { shopId, ownerKey } = await createShop();
    await storeAnswerAt(shopId, '2026-04-20T09:00:00Z', { rating: 2, nps: 3 }); // previous period
    await storeAnswerAt(shopId, '2026-05-04T09:00:00Z', { rating: 5, nps: 10 }); // a Monday
    await storeAnswerAt(shopId, '2026-05-06T09:00:00Z', { rating: 4, nps: 9 });
    await storeAnswerAt(shopId, '2026-05-12T09:00:00Z', { rating: 3, nps: 7 });
    const summary = await summaryOf(shopId, ownerKey, '?from=2026-05-04&to=2026-05-17&granularity=week');
    expect(summary.csat).toBe(66.7);
    expect(summary.trend).toEqual([
      { period: '2026-05-04', responses: 2, ratingAverage: 4.5, csat: 100, nps: 100, balance: 2 },
      { period: '2026-05-11', responses: 1, ratingAverage: 3, csat: 0, nps: 0, balance: 0 },
    ]);
    expect(summary.previous).toMatchObject({
      from: '2026-04-20',
      to: '2026-05-03',
      responses: 1,
      csat: 0,
      nps: -100,
      balance: -1,
    });
    expect(summary.previous.deltas).toEqual({ responses: 2, ratingAverage: 2, csat: 66.7, nps: 166.7, balance: 3 });
  });

  it('should show themes with their change since the previous period', async () => {
    const { shopId, ownerKey } = await createShop();
    await storeAnswerAt(shopId, '2026-06-05T09:00:00Z', {
      comment: 'quick delivery',
      themes: [{ theme: 'delivery', label: 'positive' }],
    });
    await storeAnswerAt(shopId, '2026-06-15T09:00:00Z', {
      comment: 'late delivery',
      themes: [{ theme: 'delivery', label: 'negative' }],
    });
    const summary = await summaryOf(shopId, ownerKey, '?from=2026-06-11&to=2026-06-20');
    expect(summary.themes).toEqual([{ theme: 'delivery', mentions: 1, positive: 0, negative: 1, delta: -2 }]);
  });

  it("should report the attention queue and the customers' balances", async () => {
    const { shopId, ownerKey } = await createShop();
    await postAnswer(shopId, { rating: 1, customerRef: 'c1' });
    await postAnswer(shopId, { rating: 5, customerRef: 'c2' });
    await postAnswer(shopId, { nps: 2 });
    const summary = await summaryOf(shopId, ownerKey, '');
    expect(summary.attention).toEqual({ open: 2, openTotal: 2, opened: 2, resolved: 0, medianHoursToResolve: null });
    expect(summary.customers).toEqual({ inCredit: 1, inDebit: 1, even: 0 });
  });

  it('should answer 400 for an unknown granularity or touchpoint filter', async () => {
    const { shopId, ownerKey } = await createShop();
    expect((await getSummary(shopId, ownerKey, '?granularity=year')).status).toBe(400);
    expect((await getSummary(shopId, ownerKey, '?touchpoint=moon')).status).toBe(400);
    expect((await getSummary(shopId, ownerKey, '?locale=polish')).status).toBe(400);
  });
});

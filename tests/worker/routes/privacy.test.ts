import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { CustomerExport, Deleted } from '../../../shared/owner-api.ts';
import type { Summary } from '../../../shared/schemas.ts';
import { enforceRetention } from '../../../worker/src/services/retention.ts';
import { createShop, getSummary, ownerCall, ownerJson, postAnswer, storeAnswerAt } from '../support/api.ts';

const count = async (sql: string, ...values: unknown[]) =>
  (
    await env.DB.prepare(sql)
      .bind(...values)
      .first<{ n: number }>()
  )?.n ?? 0;

/** Rollup totals must equal a recount from the answers that remain. */
async function expectRollupsConsistent(shopId: string) {
  const rolled = await env.DB.prepare(
    "SELECT IFNULL(SUM(responses), 0) AS responses, IFNULL(SUM(negative), 0) AS negative FROM daily_stats WHERE shop_id = ? AND product_id = '*'",
  )
    .bind(shopId)
    .first();
  const counted = await env.DB.prepare(
    'SELECT COUNT(*) AS responses, IFNULL(SUM(polarity = -1), 0) AS negative FROM responses WHERE shop_id = ?',
  )
    .bind(shopId)
    .first();
  expect(rolled).toEqual(counted);
  const themes = await count(
    "SELECT IFNULL(SUM(mentions), 0) AS n FROM daily_theme_stats WHERE shop_id = ? AND product_id = '*'",
    shopId,
  );
  const themesCounted = await count('SELECT COUNT(*) AS n FROM responses r, json_each(r.themes) WHERE r.shop_id = ?', shopId);
  expect(themes).toBe(themesCounted);
}

describe('privacy (GDPR)', () => {
  it("should erase a customer's answers and correct every rollup, balance and queue", async () => {
    const { shopId, ownerKey } = await createShop();
    await postAnswer(shopId, { rating: 1, customerRef: 'erase-me', comment: 'awful', productId: 'mug' });
    await storeAnswerAt(shopId, '2026-03-03T10:00:00Z', {
      rating: 5,
      customerRef: 'erase-me',
      themes: [{ theme: 'delivery', label: 'positive' }],
    });
    await postAnswer(shopId, { rating: 4, customerRef: 'keep-me' });

    const response = await ownerCall(`/v1/shops/${shopId}/customers/erase-me`, ownerKey, { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(await response.json<Deleted>()).toEqual({ deleted: 2 });
    expect(await count("SELECT COUNT(*) AS n FROM responses WHERE shop_id = ? AND customer_ref = 'erase-me'", shopId)).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM attention_items WHERE shop_id = ?', shopId)).toBe(0);
    expect(await count("SELECT COUNT(*) AS n FROM customers WHERE shop_id = ? AND customer_ref = 'erase-me'", shopId)).toBe(0);
    expect(
      await count("SELECT IFNULL(SUM(responses), 0) AS n FROM daily_stats WHERE shop_id = ? AND product_id = 'mug'", shopId),
    ).toBe(0);
    await expectRollupsConsistent(shopId);
    const summary = await (await getSummary(shopId, ownerKey)).json<Summary>();
    expect(summary).toMatchObject({ responses: 1, customers: { inCredit: 1, inDebit: 0, even: 0 }, attention: { open: 0 } });
    expect(
      (await (await ownerCall(`/v1/shops/${shopId}/customers/erase-me`, ownerKey, { method: 'DELETE' })).json<Deleted>()).deleted,
    ).toBe(0);
  });

  it('should erase the answers about an order', async () => {
    const { shopId, ownerKey } = await createShop();
    await postAnswer(shopId, { rating: 2, orderId: 'ZK-1' });
    await postAnswer(shopId, { rating: 5, orderId: 'ZK-1', touchpoint: 'delivery' });
    await postAnswer(shopId, { rating: 5, orderId: 'ZK-2' });
    const response = await ownerCall(`/v1/shops/${shopId}/orders/ZK-1`, ownerKey, { method: 'DELETE' });
    expect(await response.json<Deleted>()).toEqual({ deleted: 2 });
    await expectRollupsConsistent(shopId);
  });

  it('should erase more answers than fit one batch', async () => {
    const { shopId, ownerKey } = await createShop();
    for (let i = 0; i < 120; i++)
      await storeAnswerAt(shopId, new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), {
        rating: 1 + (i % 5),
        customerRef: 'busy',
      });
    expect(
      (await (await ownerCall(`/v1/shops/${shopId}/customers/busy`, ownerKey, { method: 'DELETE' })).json<Deleted>()).deleted,
    ).toBe(120);
    await expectRollupsConsistent(shopId);
  }, 30_000); // 120 writes: over 5 s on a loaded 2-core machine

  it('should export everything stored about a customer', async () => {
    const { shopId, ownerKey } = await createShop();
    await postAnswer(shopId, { rating: 4, customerRef: 'me', comment: 'Dobrze', locale: 'pl', orderId: 'O-9' });
    await postAnswer(shopId, { nps: 9, customerRef: 'someone' });
    const response = await ownerCall(`/v1/shops/${shopId}/customers/me/export`, ownerKey);
    expect(response.status).toBe(200);
    const exported = await response.json<CustomerExport>();
    expect(exported.customerRef).toBe('me');
    expect(exported.answers).toEqual([
      expect.objectContaining({ rating: 4, comment: 'Dobrze', orderId: 'O-9', customerRef: 'me' }),
    ]);
  });

  it("should delete answers older than the shop's retention period on schedule", async () => {
    const { shopId, ownerKey } = await createShop();
    await ownerJson(`/v1/shops/${shopId}/settings`, ownerKey, 'PUT', { retentionDays: 30 });
    await storeAnswerAt(shopId, '2026-01-01T10:00:00Z', { rating: 1, customerRef: 'old' });
    await storeAnswerAt(shopId, '2026-02-20T10:00:00Z', { rating: 5, customerRef: 'recent' });
    expect(await enforceRetention(env.DB, new Date('2026-03-01T00:30:00Z'))).toBeGreaterThanOrEqual(1);
    expect(await count('SELECT COUNT(*) AS n FROM responses WHERE shop_id = ?', shopId)).toBe(1);
    await expectRollupsConsistent(shopId);
  });

  it('should need the owner key for every privacy endpoint', async () => {
    const { shopId } = await createShop();
    expect((await ownerCall(`/v1/shops/${shopId}/customers/me`, 'opk_x', { method: 'DELETE' })).status).toBe(401);
    expect((await ownerCall(`/v1/shops/${shopId}/customers/me/export`, 'opk_x')).status).toBe(401);
    expect((await ownerCall(`/v1/shops/${shopId}/orders/1`, 'opk_x', { method: 'DELETE' })).status).toBe(401);
  });
});

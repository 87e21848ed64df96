// Issue 14 item 10: the attention queue and its counts mean what the filters say; item 11: an exact median.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { AttentionPage } from '../../../shared/owner-api.ts';
import type { Summary } from '../../../shared/schemas.ts';
import { createShop, getSummary, ownerCall, ownerJson, storeAnswerAt } from '../support/api.ts';

const summaryOf = async (shopId: string, ownerKey: string, query: string) =>
  (await getSummary(shopId, ownerKey, query)).json<Summary>();
const queue = async (shopId: string, ownerKey: string, query: string) =>
  (await ownerCall(`/v1/shops/${shopId}/attention?${query}`, ownerKey)).json<AttentionPage>();

async function seed() {
  const shop = await createShop();
  await storeAnswerAt(shop.shopId, '2026-03-02T10:00:00Z', { rating: 1, comment: 'March', segment: 'vip' });
  await storeAnswerAt(shop.shopId, '2026-04-02T10:00:00Z', {
    rating: 1,
    comment: 'April vip',
    segment: 'vip',
    touchpoint: 'delivery',
  });
  await storeAnswerAt(shop.shopId, '2026-04-03T10:00:00Z', { nps: 2, comment: 'April', locale: 'pl' });
  await storeAnswerAt(shop.shopId, '2026-04-04T10:00:00Z', { rating: 5, comment: 'Fine' });
  return shop;
}

describe('attention figures under the period and the filters', () => {
  it('should count and list only the open items of the answers that match, and 0 for a segment nobody is in', async () => {
    const { shopId, ownerKey } = await seed();
    const april = 'from=2026-04-01&to=2026-04-30';
    expect((await summaryOf(shopId, ownerKey, `?${april}`)).attention).toMatchObject({ open: 2, openTotal: 3, opened: 2 });
    expect((await queue(shopId, ownerKey, `status=open&${april}`)).items.map((item) => item.comment)).toEqual([
      'April',
      'April vip',
    ]);

    const vip = await summaryOf(shopId, ownerKey, `?${april}&segment=vip`);
    expect(vip.attention).toMatchObject({ open: 1, openTotal: 3 });
    expect((await queue(shopId, ownerKey, `status=open&${april}&segment=vip`)).items.map((item) => item.comment)).toEqual([
      'April vip',
    ]);
    expect(
      (await queue(shopId, ownerKey, `${april}&locale=pl&touchpoint=post_purchase`)).items.map((item) => item.comment),
    ).toEqual(['April']);

    const nobody = await summaryOf(shopId, ownerKey, `?${april}&segment=nobody-here`);
    expect(nobody.responses).toBe(0);
    expect(nobody.attention).toMatchObject({ open: 0, opened: 0, resolved: 0, openTotal: 3 });
    expect((await queue(shopId, ownerKey, `status=open&${april}&segment=nobody-here`)).items).toEqual([]);

    // Without a period the queue is every item, as before.
    expect((await queue(shopId, ownerKey, 'status=open')).items).toHaveLength(3);
    expect((await ownerCall(`/v1/shops/${shopId}/attention?from=2026-04-30&to=2026-04-01`, ownerKey)).status).toBe(400);
  });

  it('should count resolutions in the period under the filters, with an exact median of minutes', async () => {
    const { shopId, ownerKey } = await seed();
    const { items } = await queue(shopId, ownerKey, 'status=open&from=2026-04-01&to=2026-04-30');
    for (const item of items)
      expect((await ownerJson(`/v1/shops/${shopId}/attention/${item.id}`, ownerKey, 'POST', { status: 'resolved' })).status).toBe(
        200,
      );
    // Resolved 2 and 5 minutes after the answers (written directly: the API resolves "now").
    const minutes = [2, 5];
    for (const [index, item] of items.entries()) {
      const resolvedAt = new Date(Date.parse(item.createdAt) + minutes[index]! * 60_000).toISOString();
      await env.DB.prepare("UPDATE attention_items SET status = 'open', resolved_at = NULL WHERE id = ?").bind(item.id).run();
      await env.DB.prepare("UPDATE attention_items SET status = 'resolved', resolved_at = ? WHERE id = ?")
        .bind(resolvedAt, item.id)
        .run();
    }
    const april = await summaryOf(shopId, ownerKey, '?from=2026-04-01&to=2026-04-30');
    expect(april.attention).toMatchObject({ open: 0, resolved: 2, medianHoursToResolve: 0.058 }); // 3.5 minutes, not "0.5 h"
    const vip = await summaryOf(shopId, ownerKey, '?from=2026-04-01&to=2026-04-30&segment=vip');
    expect(vip.attention.resolved).toBe(1);
    expect(items.map((item) => item.comment)).toEqual(['April', 'April vip']);
    expect(vip.attention.medianHoursToResolve).toBe(0.083); // the vip item alone: 5 minutes
  });
});

// Issue #12, finding 4: a reference in a path (customerRef, orderId, productId) is cleaned exactly like the
// stored value (NFC, trimmed, control characters removed), so erase, export, the timeline and the public
// reviews find what an answer stored, whichever form of the same string the caller sends.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Customer, CustomerExport, Deleted } from '../../../shared/owner-api.ts';
import { call, createShop, ownerCall, postAnswer } from '../support/api.ts';
import { postReview, publicReviews } from '../support/reviews.ts';

const DECOMPOSED = 'Jose\u0301'; // "José" with a combining accent: stored as NFC "José"
const path = (reference: string) => encodeURIComponent(reference);

describe('finding 4: path references are normalised like stored ones', () => {
  it('should export, show and erase a customer by the same string the answer was sent with (NFC, spaces, controls)', async () => {
    const { shopId, ownerKey } = await createShop();
    for (const customerRef of [DECOMPOSED, ' bob ', 'ann\u0007']) {
      expect((await postAnswer(shopId, { rating: 4, customerRef, elapsedMs: 5000 })).status).toBe(201);
    }
    expect(
      (await env.DB.prepare('SELECT customer_ref AS ref FROM responses WHERE shop_id = ? ORDER BY ref').bind(shopId).all())
        .results,
    ).toEqual([{ ref: 'José' }, { ref: 'ann' }, { ref: 'bob' }]);
    for (const customerRef of [DECOMPOSED, ' bob ', 'ann\u0007']) {
      const exported = await (
        await ownerCall(`/v1/shops/${shopId}/customers/${path(customerRef)}/export`, ownerKey)
      ).json<CustomerExport>();
      expect(exported.answers).toHaveLength(1);
      const timeline = await ownerCall(`/v1/shops/${shopId}/customers/${path(customerRef)}`, ownerKey);
      expect(timeline.status).toBe(200);
      expect((await timeline.json<Customer>()).answers).toBe(1);
      const erased = await ownerCall(`/v1/shops/${shopId}/customers/${path(customerRef)}`, ownerKey, { method: 'DELETE' });
      expect(await erased.json<Deleted>()).toEqual({ deleted: 1 });
    }
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM responses WHERE shop_id = ?').bind(shopId).first()).toEqual({ n: 0 });
  });

  it('should erase an order by the same string it was sent with', async () => {
    const { shopId, ownerKey } = await createShop();
    await postAnswer(shopId, { rating: 2, orderId: ` ZK-${DECOMPOSED} `, elapsedMs: 5000 });
    const erased = await ownerCall(`/v1/shops/${shopId}/orders/${path(` ZK-${DECOMPOSED} `)}`, ownerKey, { method: 'DELETE' });
    expect(await erased.json<Deleted>()).toEqual({ deleted: 1 });
  });

  it("should list a product's reviews and markup by the same string the reviews were sent with", async () => {
    const { shopId } = await createShop();
    await postReview(shopId, { productId: ` ${DECOMPOSED}-mug ` });
    expect((await publicReviews(shopId, ` ${DECOMPOSED}-mug `)).aggregate.count).toBe(1);
    expect((await publicReviews(shopId, 'José-mug')).aggregate.count).toBe(1);
    const markup = await call(`/v1/shops/${shopId}/products/${path(`${DECOMPOSED}-mug\u0007`)}/reviews.jsonld`);
    expect(await markup.json()).toMatchObject({ sku: 'José-mug' });
  });

  it('should answer 400, not an empty result, for a reference that is empty once cleaned', async () => {
    const { shopId, ownerKey } = await createShop();
    const response = await ownerCall(`/v1/shops/${shopId}/customers/${path(' \u0007 ')}`, ownerKey, { method: 'DELETE' });
    expect(response.status).toBe(400);
  });
});

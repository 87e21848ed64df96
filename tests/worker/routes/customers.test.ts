import { describe, expect, it } from 'vitest';
import type { Customer } from '../../../shared/owner-api.ts';
import { createShop, ownerCall, storeAnswerAt } from '../support/api.ts';

describe('GET /v1/shops/:shopId/customers/:customerRef', () => {
  it("should return the customer's timeline across touchpoints with the running balance", async () => {
    const { shopId, ownerKey } = await createShop();
    await storeAnswerAt(shopId, '2026-02-01T10:00:00Z', { customerRef: 'cust 7/ä', touchpoint: 'checkout', rating: 5 });
    await storeAnswerAt(shopId, '2026-02-03T10:00:00Z', {
      customerRef: 'cust 7/ä',
      touchpoint: 'delivery',
      rating: 1,
      comment: 'late and broken',
    });
    await storeAnswerAt(shopId, '2026-02-04T10:00:00Z', { customerRef: 'cust 7/ä', touchpoint: 'support', nps: 2 });
    await storeAnswerAt(shopId, '2026-02-05T10:00:00Z', { customerRef: 'someone else', rating: 5 });

    const response = await ownerCall(`/v1/shops/${shopId}/customers/${encodeURIComponent('cust 7/ä')}`, ownerKey);
    expect(response.status).toBe(200);
    const customer = await response.json<Customer>();
    expect(customer).toMatchObject({
      customerRef: 'cust 7/ä',
      balance: -1,
      answers: 3,
      firstSeen: '2026-02-01T10:00:00.000Z',
      lastSeen: '2026-02-04T10:00:00.000Z',
    });
    expect(customer.timeline.map((entry) => [entry.touchpoint, entry.polarity, entry.balance])).toEqual([
      ['checkout', 1, 1],
      ['delivery', -1, 0],
      ['support', -1, -1],
    ]);
    expect(customer.byTouchpoint.delivery).toEqual({ answers: 1, balance: -1 });
  });

  it('should answer 404 for a customer the shop has never heard from', async () => {
    const { shopId, ownerKey } = await createShop();
    const response = await ownerCall(`/v1/shops/${shopId}/customers/nobody`, ownerKey);
    expect(response.status).toBe(404);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('customer_not_found');
  });
});

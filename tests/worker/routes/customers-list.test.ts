import { describe, expect, it } from 'vitest';
import type { CustomerList } from '../../../shared/owner-api.ts';
import { call, createShop, ownerCall, ownerJson, storeAnswerAt } from '../support/api.ts';

describe('GET /v1/shops/:shopId/customers', () => {
  it('should list the customers lowest balance first, with their open complaints, a page at a time', async () => {
    const { shopId, ownerKey } = await createShop();
    const happy = await storeAnswerAt(shopId, '2026-03-01T10:00:00Z', { customerRef: 'anna', rating: 5 });
    const once = await storeAnswerAt(shopId, '2026-03-02T10:00:00Z', { customerRef: 'bartek', rating: 1, comment: 'Broken.' });
    await storeAnswerAt(shopId, '2026-03-03T10:00:00Z', { customerRef: 'cyril', rating: 1, comment: 'Late.' });
    await storeAnswerAt(shopId, '2026-03-04T10:00:00Z', { customerRef: 'cyril', rating: 2, comment: 'Late again.' });
    await storeAnswerAt(shopId, '2026-03-05T10:00:00Z', { customerRef: 'dana', rating: 5 });
    await storeAnswerAt(shopId, '2026-03-06T10:00:00Z', { customerRef: 'dana', rating: 1, comment: 'Wrong size.' });
    expect(happy).toBeTruthy();

    const page = async (query: string) => {
      const response = await ownerCall(`/v1/shops/${shopId}/customers${query}`, ownerKey);
      expect(response.status).toBe(200);
      return response.json<CustomerList>();
    };
    const first = await page('?order=balance&limit=2');
    expect(first.customers).toEqual([
      { customerRef: 'cyril', balance: -2, answers: 2, lastSeen: expect.stringMatching(/^2026-03-04T10:00/), openComplaints: 2 },
      { customerRef: 'bartek', balance: -1, answers: 1, lastSeen: expect.stringMatching(/^2026-03-02T10:00/), openComplaints: 1 },
    ]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await page(`?limit=2&cursor=${first.nextCursor}`);
    expect(second.customers.map((c) => [c.customerRef, c.balance, c.openComplaints])).toEqual([
      ['dana', 0, 1],
      ['anna', 1, 0],
    ]);
    expect(second.nextCursor).toBeNull();

    // A resolved complaint is no longer open; an erased customer is no longer listed.
    expect((await ownerJson(`/v1/shops/${shopId}/attention/${once}`, ownerKey, 'POST', { status: 'resolved' })).status).toBe(200);
    expect((await ownerCall(`/v1/shops/${shopId}/customers/cyril`, ownerKey, { method: 'DELETE' })).status).toBe(200);
    expect((await page('')).customers.map((c) => [c.customerRef, c.openComplaints])).toEqual([
      ['bartek', 0],
      ['dana', 1],
      ['anna', 0],
    ]);
  });

  it('should answer 401 without the owner key and 400 for a limit or cursor it does not take', async () => {
    const { shopId, ownerKey } = await createShop();
    expect((await call(`/v1/shops/${shopId}/customers`)).status).toBe(401);
    for (const query of ['?limit=0', '?limit=101', '?order=name', '?cursor=nonsense', `?cursor=${btoa('["x","y"]')}`]) {
      const response = await ownerCall(`/v1/shops/${shopId}/customers${query}`, ownerKey);
      expect(response.status, query).toBe(400);
      expect((await response.json<{ error: { code: string } }>()).error.code, query).toMatch(
        /^(invalid_request|invalid_cursor)$/,
      );
    }
    expect(await (await ownerCall(`/v1/shops/${shopId}/customers`, ownerKey)).json()).toEqual({
      customers: [],
      nextCursor: null,
    });
  });
});

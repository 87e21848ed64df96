import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Order, OrderCreated } from '../../../shared/invitations.ts';
import { createShop, ownerCall, ownerJson } from '../support/api.ts';

const DAY = 86_400_000;
const count = async (sql: string, ...values: unknown[]) =>
  (
    await env.DB.prepare(sql)
      .bind(...values)
      .first<{ n: number }>()
  )?.n ?? 0;

describe('orders', () => {
  it('should store an order, schedule delivery (+3 d) and reviews (+10 d) after delivery, and return its links', async () => {
    const { shopId, ownerKey } = await createShop();
    const deliveredAt = '2026-11-20T12:00:00.000Z';
    const response = await ownerJson(`/v1/shops/${shopId}/orders`, ownerKey, 'POST', {
      orderId: 'A-1',
      customerRef: 'cust-1',
      email: 'anna@example.com',
      locale: 'pl-PL',
      products: [{ productId: 'mug', name: 'Kubek' }],
      deliveredAt,
    });
    expect(response.status).toBe(201);
    const body = await response.json<OrderCreated>();
    expect(body.orderId).toBe('A-1');
    expect(body.links.experience).toMatch(/^https:\/\/opinia\.test\/f\/[\w-]+\.[\w-]+$/);
    expect(body.links.reviews).toMatch(/^https:\/\/opinia\.test\/f\//);
    expect(body.scheduled).toEqual([
      { touchpoint: 'delivery', sendAt: new Date(Date.parse(deliveredAt) + 3 * DAY).toISOString() },
      { touchpoint: 'reviews', sendAt: new Date(Date.parse(deliveredAt) + 10 * DAY).toISOString() },
    ]);
  });

  it('should update the same orderId (200) and move what is still scheduled', async () => {
    const { shopId, ownerKey } = await createShop();
    expect((await ownerJson(`/v1/shops/${shopId}/orders`, ownerKey, 'POST', { orderId: 'B-1' })).status).toBe(201);
    const again = await ownerJson(`/v1/shops/${shopId}/orders`, ownerKey, 'POST', {
      orderId: 'B-1',
      deliveredAt: '2026-11-01T00:00:00Z',
    });
    expect(again.status).toBe(200);
    expect((await again.json<OrderCreated>()).scheduled).toEqual([
      { touchpoint: 'delivery', sendAt: '2026-11-04T00:00:00.000Z' },
    ]);
    expect(await count('SELECT COUNT(*) AS n FROM orders WHERE shop_id = ?', shopId)).toBe(1);
  });

  it('should schedule the return and support invitations from events, and 404 an unknown order', async () => {
    const { shopId, ownerKey } = await createShop();
    await ownerJson(`/v1/shops/${shopId}/orders`, ownerKey, 'POST', { orderId: 'C-1' });
    const returned = await ownerJson(`/v1/shops/${shopId}/orders/C-1/events`, ownerKey, 'POST', {
      type: 'returned',
      at: '2026-11-10T08:00:00Z',
    });
    expect(returned.status).toBe(200);
    expect((await returned.json<OrderCreated>()).scheduled).toEqual([
      { touchpoint: 'return', sendAt: '2026-11-11T08:00:00.000Z' },
    ]);
    const support = await ownerJson(`/v1/shops/${shopId}/orders/C-1/events`, ownerKey, 'POST', {
      type: 'support_closed',
      at: '2026-11-12T08:00:00Z',
    });
    expect((await support.json<OrderCreated>()).scheduled.map((s) => s.touchpoint)).toEqual(['return', 'support']);
    const unknown = await ownerJson(`/v1/shops/${shopId}/orders/nope/events`, ownerKey, 'POST', { type: 'delivered' });
    expect(unknown.status).toBe(404);
    expect((await unknown.json<{ error: { code: string } }>()).error.code).toBe('order_not_found');
  });

  it('should show what was scheduled, keep no e-mail address without a mail provider, and need the owner key', async () => {
    const { shopId, ownerKey } = await createShop();
    await ownerJson(`/v1/shops/${shopId}/orders`, ownerKey, 'POST', {
      orderId: 'D-1',
      email: 'jan@example.com',
      products: [{ productId: 'mug' }],
      deliveredAt: '2026-11-20T12:00:00Z',
    });
    const response = await ownerCall(`/v1/shops/${shopId}/orders/D-1`, ownerKey);
    expect(response.status).toBe(200);
    const order = await response.json<Order>();
    expect(order.emailKept).toBe(false);
    expect(order.invitations.map((i) => [i.touchpoint, i.status, i.sentAt, i.openedAt, i.answeredAt])).toEqual([
      ['delivery', 'scheduled', null, null, null],
      ['reviews', 'scheduled', null, null, null],
    ]);
    expect(await count('SELECT COUNT(*) AS n FROM orders WHERE email IS NOT NULL AND shop_id = ?', shopId)).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM orders WHERE contact_hash IS NOT NULL AND shop_id = ?', shopId)).toBe(1);
    expect((await ownerCall(`/v1/shops/${shopId}/orders/D-1`, 'opk_wrong')).status).toBe(401);
    expect((await ownerJson(`/v1/shops/${shopId}/orders`, 'opk_wrong', 'POST', { orderId: 'x' })).status).toBe(401);
    expect((await ownerCall(`/v1/shops/${shopId}/orders/none`, ownerKey)).status).toBe(404);
  });

  it('should refuse a malformed order with the JSON error shape', async () => {
    const { shopId, ownerKey } = await createShop();
    const response = await ownerJson(`/v1/shops/${shopId}/orders`, ownerKey, 'POST', { orderId: '', email: 'not-an-address' });
    expect(response.status).toBe(400);
    const body = await response.json<{ error: { code: string; issues: { path: string[] }[] } }>();
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.issues.map((issue) => issue.path[0]).sort()).toEqual(['email', 'orderId']);
  });

  it("should erase the order's invitations with DELETE …/orders/:orderId, and a customer's orders with DELETE …/customers/:ref", async () => {
    const { shopId, ownerKey } = await createShop();
    await ownerJson(`/v1/shops/${shopId}/orders`, ownerKey, 'POST', {
      orderId: 'E-1',
      customerRef: 'c-9',
      deliveredAt: '2026-11-20T12:00:00Z',
    });
    await ownerJson(`/v1/shops/${shopId}/orders`, ownerKey, 'POST', {
      orderId: 'E-2',
      customerRef: 'c-9',
      deliveredAt: '2026-11-20T12:00:00Z',
    });
    expect((await ownerCall(`/v1/shops/${shopId}/orders/E-1`, ownerKey, { method: 'DELETE' })).status).toBe(200);
    expect(await count("SELECT COUNT(*) AS n FROM order_invitations WHERE shop_id = ? AND order_id = 'E-1'", shopId)).toBe(0);
    expect(await count("SELECT COUNT(*) AS n FROM orders WHERE shop_id = ? AND order_id = 'E-1'", shopId)).toBe(0);
    expect((await ownerCall(`/v1/shops/${shopId}/customers/c-9`, ownerKey, { method: 'DELETE' })).status).toBe(200);
    expect(await count('SELECT COUNT(*) AS n FROM orders WHERE shop_id = ?', shopId)).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM order_invitations WHERE shop_id = ?', shopId)).toBe(0);
  });
});

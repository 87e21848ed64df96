import { env } from 'cloudflare:test';
import { describe, expect, inject, it } from 'vitest';
import {
  EmailMessageSchema,
  type InvitationDue,
  InvitationDueSchema,
  type Order,
  type OrderCreated,
} from '../../../shared/invitations.ts';
import type { Settings } from '../../../shared/owner-api.ts';
import { signBody } from '../../../worker/src/domain/webhooks.ts';
import { sendDueInvitations } from '../../../worker/src/services/invitation-cron.ts';
import { call, createShop, ownerCall, ownerJson } from '../support/api.ts';

type Received = { path: string; headers: Record<string, string>; body: string }[];
const receiver = () => inject('webhookReceiverUrl');
const received = async (key: string): Promise<Received> => (await fetch(`${receiver()}/log/${key}`)).json();
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const count = async (sql: string, ...values: unknown[]) =>
  (
    await env.DB.prepare(sql)
      .bind(...values)
      .first<{ n: number }>()
  )?.n ?? 0;

async function shopWith(settings: Record<string, unknown>) {
  const shop = await createShop({ name: 'Zielony Kosz' });
  const response = await ownerJson(`/v1/shops/${shop.shopId}/settings`, shop.ownerKey, 'PUT', settings);
  expect(response.status).toBe(200);
  return { ...shop, settings: await response.json<Settings>() };
}

async function postOrder(shop: { shopId: string; ownerKey: string }, order: Record<string, unknown>): Promise<OrderCreated> {
  const response = await ownerJson(`/v1/shops/${shop.shopId}/orders`, shop.ownerKey, 'POST', order);
  expect(response.status).toBeLessThan(300);
  return response.json();
}

const invitationsOf = async (shop: { shopId: string; ownerKey: string }, orderId: string) =>
  (await (await ownerCall(`/v1/shops/${shop.shopId}/orders/${orderId}`, shop.ownerKey)).json<Order>()).invitations;

describe('the invitation cron', () => {
  it('should send order → event → cron as a signed invitation.due webhook carrying the e-mail, and no address', async () => {
    const key = crypto.randomUUID();
    const shop = await shopWith({ webhooks: [`${receiver()}/ok/${key}`] });
    await postOrder(shop, {
      orderId: 'W-1',
      customerRef: 'c-1',
      email: 'anna@example.com',
      locale: 'cs',
      products: [{ productId: 'mug', name: 'Hrnek' }],
    });
    const event = await ownerJson(`/v1/shops/${shop.shopId}/orders/W-1/events`, shop.ownerKey, 'POST', {
      type: 'delivered',
      at: daysAgo(4),
    });
    expect(event.status).toBe(200);

    const report = await sendDueInvitations(env, new Date(), { shopId: shop.shopId });
    expect(report.sent).toBe(1); // the review invitation waits 10 days after delivery
    const [delivery] = await received(key);
    expect(delivery!.headers['opinia-signature']).toBe(`sha256=${await signBody(shop.settings.webhookSecret, delivery!.body)}`);
    // Exactly the documented webhook (OpenAPI `webhooks['invitation.due']`): nothing more, nothing less.
    const payload: InvitationDue = InvitationDueSchema.strict().parse(JSON.parse(delivery!.body));
    EmailMessageSchema.strict().parse(payload.email);
    expect(payload).toMatchObject({
      type: 'invitation.due',
      orderId: 'W-1',
      customerRef: 'c-1',
      touchpoint: 'delivery',
      locale: 'cs',
      reminder: false,
    });
    expect(payload.link).toMatch(/^https:\/\/opinia\.test\/f\//);
    expect(payload.email.subject).toBe('Jak jste spokojeni s doručením od Zielony Kosz?');
    expect(payload.email.text).toContain(`${payload.link}?r=5`);
    for (let r = 1; r <= 5; r++) expect(payload.email.html).toContain(`${payload.link}?r=${r}`);
    expect(payload.email.headers).toEqual({
      'List-Unsubscribe': `<${payload.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(delivery!.body).not.toContain('anna@example.com');

    const [sent, reviews] = await invitationsOf(shop, 'W-1');
    expect(sent).toMatchObject({ touchpoint: 'delivery', status: 'sent', via: 'webhook' });
    expect(reviews).toMatchObject({ touchpoint: 'reviews', status: 'scheduled' });
    expect((await sendDueInvitations(env, new Date(), { shopId: shop.shopId })).sent, 'nothing is sent twice').toBe(0);
  });

  it('should send through the mail provider (Resend) with the exact request, then keep only the salted hash', async () => {
    const key = crypto.randomUUID();
    const shop = await shopWith({
      email: { provider: 'resend', apiKey: 're_test_123', from: 'Zielony Kosz <sklep@example.com>' },
    });
    expect(shop.settings.email).toEqual({ provider: 'resend', from: 'Zielony Kosz <sklep@example.com>', apiKeySet: true });
    expect(JSON.stringify(shop.settings)).not.toContain('re_test_123');
    await postOrder(shop, {
      orderId: 'R-1',
      email: 'Anna@Example.com',
      locale: 'pl',
      products: [{ productId: 'mug', name: 'Kubek' }],
      deliveredAt: daysAgo(11),
    });
    expect(await count('SELECT COUNT(*) AS n FROM orders WHERE shop_id = ? AND email IS NOT NULL', shop.shopId)).toBe(1);

    const report = await sendDueInvitations({ ...env, RESEND_API_URL: `${receiver()}/ok/${key}` }, new Date(), {
      shopId: shop.shopId,
    });
    expect(report.sent).toBe(2);
    const requests = await received(key);
    expect(requests.map((request) => request.path)).toEqual([`/ok/${key}/emails`, `/ok/${key}/emails`]);
    for (const request of requests) {
      expect(request.headers.authorization).toBe('Bearer re_test_123');
      expect(request.headers['content-type']).toBe('application/json');
      const body = JSON.parse(request.body) as Record<string, unknown>;
      expect(Object.keys(body).sort()).toEqual(['from', 'headers', 'html', 'subject', 'text', 'to']);
      expect(body.from).toBe('Zielony Kosz <sklep@example.com>');
      expect(body.to).toEqual(['Anna@Example.com']);
      expect(body.headers).toEqual({
        'List-Unsubscribe': expect.stringMatching(/^<https:\/\/opinia\.test\/u\/.+>$/),
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      });
    }
    const subjects = requests.map((request) => (JSON.parse(request.body) as { subject: string }).subject).sort();
    expect(subjects).toEqual(['Jak oceniasz dostawę od Zielony Kosz?', 'Jak podobają Ci się zakupy w Zielony Kosz?']);
    expect((await invitationsOf(shop, 'R-1')).map((invitation) => invitation.via)).toEqual(['provider', 'provider']);
    expect(
      await count('SELECT COUNT(*) AS n FROM orders WHERE shop_id = ? AND email IS NOT NULL', shop.shopId),
      'the address is gone once sent',
    ).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM orders WHERE shop_id = ? AND contact_hash IS NOT NULL', shop.shopId)).toBe(1);
  });

  it('should never write again to an address that unsubscribed with one click (RFC 8058)', async () => {
    const key = crypto.randomUUID();
    const shop = await shopWith({ webhooks: [`${receiver()}/ok/${key}`], invitations: { cooldownDays: 0 } });
    await postOrder(shop, { orderId: 'U-1', email: 'jan@example.com', deliveredAt: daysAgo(4) });
    await sendDueInvitations(env, new Date(), { shopId: shop.shopId });
    const payload = JSON.parse((await received(key))[0]!.body) as InvitationDue;
    const unsubscribe = new URL(payload.unsubscribe);
    expect((await call(unsubscribe.pathname)).status, 'opening the link unsubscribes nobody').toBe(200);
    expect(
      await count('SELECT COUNT(*) AS n FROM invitation_contacts WHERE shop_id = ? AND unsubscribed_at IS NOT NULL', shop.shopId),
    ).toBe(0);
    const oneClick = await call(unsubscribe.pathname, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);

    await postOrder(shop, { orderId: 'U-2', email: 'JAN@Example.com', deliveredAt: daysAgo(4) });
    const report = await sendDueInvitations(env, new Date(), { shopId: shop.shopId });
    expect(report).toMatchObject({ sent: 0, skipped: 1 });
    expect(await received(key)).toHaveLength(1);
    expect((await invitationsOf(shop, 'U-2'))[0]).toMatchObject({ status: 'skipped', skipReason: 'unsubscribed' });
  });

  it('should not invite the same customer about another order within the cooldown, but send every invitation of one order', async () => {
    const key = crypto.randomUUID();
    const shop = await shopWith({ webhooks: [`${receiver()}/ok/${key}`] });
    await postOrder(shop, { orderId: 'K-1', customerRef: 'same', products: [{ productId: 'mug' }], deliveredAt: daysAgo(11) });
    await postOrder(shop, { orderId: 'K-2', customerRef: 'same', deliveredAt: daysAgo(4) });
    await postOrder(shop, { orderId: 'K-3', customerRef: 'other', deliveredAt: daysAgo(4) });
    const report = await sendDueInvitations(env, new Date(), { shopId: shop.shopId });
    expect(report).toMatchObject({ sent: 3, skipped: 1 });
    expect((await invitationsOf(shop, 'K-1')).map((invitation) => invitation.status)).toEqual(['sent', 'sent']);
    expect((await invitationsOf(shop, 'K-2'))[0]).toMatchObject({ status: 'skipped', skipReason: 'cooldown' });
    expect((await invitationsOf(shop, 'K-3'))[0]).toMatchObject({ status: 'sent' });
  });

  it("should hold what is due during the shop's quiet hours and send it when they end", async () => {
    const key = crypto.randomUUID();
    const now = new Date('2026-12-01T22:30:00Z'); // 23:30 in Warsaw
    const shop = await shopWith({
      webhooks: [`${receiver()}/ok/${key}`],
      invitations: { quietHours: { start: '21:00', end: '08:00', timeZone: 'Europe/Warsaw' } },
    });
    await postOrder(shop, { orderId: 'Q-1', deliveredAt: '2026-11-25T10:00:00Z' });
    expect(await sendDueInvitations(env, now, { shopId: shop.shopId })).toMatchObject({ sent: 0, deferred: 1 });
    expect((await invitationsOf(shop, 'Q-1'))[0]).toMatchObject({ status: 'scheduled', sendAt: '2026-12-02T07:00:00.000Z' });
    expect(await sendDueInvitations(env, new Date('2026-12-02T07:00:00Z'), { shopId: shop.shopId })).toMatchObject({ sent: 1 });
  });

  it("should retry a failed webhook later and skip an order with no way to reach the shop's customer", async () => {
    const down = await shopWith({ webhooks: [`${receiver()}/down/${crypto.randomUUID()}`] });
    await postOrder(down, { orderId: 'F-1', deliveredAt: daysAgo(4) });
    expect(await sendDueInvitations(env, new Date(), { shopId: down.shopId })).toMatchObject({ sent: 0, failed: 1 });
    const [retrying] = await invitationsOf(down, 'F-1');
    expect(retrying!.status).toBe('scheduled');
    expect(Date.parse(retrying!.sendAt)).toBeGreaterThan(Date.now());

    const nowhere = await shopWith({});
    await postOrder(nowhere, { orderId: 'N-1', deliveredAt: daysAgo(4) });
    expect(await sendDueInvitations(env, new Date(), { shopId: nowhere.shopId })).toMatchObject({ sent: 0, skipped: 1 });
    expect((await invitationsOf(nowhere, 'N-1'))[0]).toMatchObject({ status: 'skipped', skipReason: 'no_channel' });
  });

  it("should page through many due invitations in bounded batches, within the run's send budget", async () => {
    const key = crypto.randomUUID();
    const shop = await shopWith({ webhooks: [`${receiver()}/ok/${key}`] });
    const statements = Array.from({ length: 120 }, (_, i) => [
      env.DB.prepare(
        "INSERT INTO orders (shop_id, order_id, link_base, created_at, updated_at) VALUES (?, ?, 'https://opinia.test', ?3, ?3)",
      ).bind(shop.shopId, `B-${i}`, daysAgo(5)),
      env.DB.prepare(
        "INSERT INTO order_invitations (id, shop_id, order_id, touchpoint, send_at, created_at) VALUES (?, ?, ?, 'delivery', ?4, ?4)",
      ).bind(crypto.randomUUID(), shop.shopId, `B-${i}`, daysAgo(1)),
    ]).flat();
    await env.DB.batch(statements);
    const first = await sendDueInvitations(env, new Date(), { shopId: shop.shopId, sendsPerRun: 100 });
    expect(first.sent).toBe(100);
    expect(Math.max(...first.perBatch.map((batch) => batch.invitations))).toBeLessThanOrEqual(45);
    expect(Math.max(...first.perBatch.map((batch) => batch.queries))).toBeLessThanOrEqual(5);
    const second = await sendDueInvitations(env, new Date(), { shopId: shop.shopId, sendsPerRun: 100 });
    expect(second.sent).toBe(20);
    expect(await received(key)).toHaveLength(120);
  });
});

// The one reminder an unanswered invitation may get: off by default, sent once after its delay, never after an
// answer or an unsubscribe.
import { env } from 'cloudflare:test';
import { describe, expect, inject, it } from 'vitest';
import type { InvitationDue, OrderCreated } from '../../../shared/invitations.ts';
import type { Settings } from '../../../shared/owner-api.ts';
import { sendDueInvitations } from '../../../worker/src/services/invitation-cron.ts';
import { call, createShop, ownerJson } from '../support/api.ts';

const receiver = () => inject('webhookReceiverUrl');
const received = async (key: string): Promise<InvitationDue[]> =>
  ((await (await fetch(`${receiver()}/log/${key}`)).json()) as { body: string }[]).map((entry) => JSON.parse(entry.body));
const DAY = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY);

async function shopWith(invitations: Record<string, unknown>) {
  const key = crypto.randomUUID();
  const shop = await createShop({ name: 'Zielony Kosz' });
  const response = await ownerJson(`/v1/shops/${shop.shopId}/settings`, shop.ownerKey, 'PUT', {
    webhooks: [`${receiver()}/ok/${key}`],
    invitations: { cooldownDays: 0, ...invitations },
  });
  expect(response.status).toBe(200);
  return { ...shop, key, settings: await response.json<Settings>() };
}

async function deliveredOrder(shop: { shopId: string; ownerKey: string }, orderId: string): Promise<OrderCreated> {
  const response = await ownerJson(`/v1/shops/${shop.shopId}/orders`, shop.ownerKey, 'POST', {
    orderId,
    email: `${orderId.toLowerCase()}@example.com`,
    deliveredAt: new Date(Date.now() - 4 * DAY).toISOString(),
  });
  expect(response.status).toBe(201);
  return response.json();
}

describe('the invitation reminder', () => {
  it('should be off by default: an unanswered invitation is never sent twice', async () => {
    const shop = await shopWith({});
    expect(shop.settings.invitations?.reminderDays ?? null).toBeNull();
    await deliveredOrder(shop, 'D-1');
    expect((await sendDueInvitations(env, new Date(), { shopId: shop.shopId })).sent).toBe(1);
    expect((await sendDueInvitations(env, daysFromNow(40), { shopId: shop.shopId })).sent).toBe(0);
    expect(await received(shop.key)).toHaveLength(1);
  });

  it('should remind once after its delay, and never someone who answered or unsubscribed', async () => {
    const shop = await shopWith({ reminderDays: 3 });
    const silent = await deliveredOrder(shop, 'S-1');
    const answering = await deliveredOrder(shop, 'A-1');
    await deliveredOrder(shop, 'U-1');
    expect((await sendDueInvitations(env, new Date(), { shopId: shop.shopId })).sent).toBe(3);

    // One shopper answers on the hosted page, another unsubscribes with one click.
    const answered = await call(new URL(answering.links.experience).pathname, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ rating: '4' }).toString(),
    });
    expect(answered.status).toBe(303);
    const unsubscribe = (await received(shop.key)).find((payload) => payload.orderId === 'U-1')!.unsubscribe;
    const oneClick = await call(new URL(unsubscribe).pathname, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);

    expect((await sendDueInvitations(env, daysFromNow(2), { shopId: shop.shopId })).sent, 'not before its delay').toBe(0);
    expect((await sendDueInvitations(env, daysFromNow(3.5), { shopId: shop.shopId })).sent).toBe(1);
    const reminders = (await received(shop.key)).filter((payload) => payload.reminder);
    expect(reminders.map((payload) => payload.orderId)).toEqual([silent.orderId]);
    expect(reminders[0]).toMatchObject({ touchpoint: 'delivery', link: expect.stringMatching(/^https:\/\/opinia\.test\/f\//) });
    expect((await sendDueInvitations(env, daysFromNow(30), { shopId: shop.shopId })).sent, 'at most one reminder').toBe(0);
  });
});

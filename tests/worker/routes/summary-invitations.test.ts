import { env } from 'cloudflare:test';
import { describe, expect, inject, it } from 'vitest';
import type { OrderCreated } from '../../../shared/invitations.ts';
import type { Summary } from '../../../shared/schemas.ts';
import { sendDueInvitations } from '../../../worker/src/services/invitation-cron.ts';
import { call, createShop, getSummary, ownerJson, postAnswer } from '../support/api.ts';

describe('summary: channel and response rate per touchpoint', () => {
  it('should count answers by channel and answers / invitations sent per touchpoint', async () => {
    const { shopId, ownerKey } = await createShop();
    await ownerJson(`/v1/shops/${shopId}/settings`, ownerKey, 'PUT', {
      webhooks: [`${inject('webhookReceiverUrl')}/ok/${crypto.randomUUID()}`],
    });
    const deliveredAt = new Date(Date.now() - 4 * 86_400_000).toISOString();
    const links: OrderCreated['links'][] = [];
    for (const orderId of ['S-1', 'S-2']) {
      const response = await ownerJson(`/v1/shops/${shopId}/orders`, ownerKey, 'POST', {
        orderId,
        customerRef: orderId,
        deliveredAt,
      });
      links.push((await response.json<OrderCreated>()).links);
    }
    expect((await sendDueInvitations(env, new Date(), { shopId })).sent).toBe(2);
    await call(new URL(links[0]!.experience).pathname, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'rating=5',
    });
    await postAnswer(shopId, { rating: 4, touchpoint: 'checkout' });

    const summary = await (await getSummary(shopId, ownerKey)).json<Summary>();
    expect(summary.byChannel).toEqual({ onsite: 1, link: 1 });
    expect(summary.responseRate.delivery).toEqual({ sent: 2, opened: 0, answered: 1, rate: 0.5 });
    expect(summary.responseRate.reviews).toEqual({ sent: 0, opened: 0, answered: 0, rate: null });
    expect(summary.byTouchpoint.delivery!.responses).toBe(1);
    const filtered = await (await getSummary(shopId, ownerKey, '?touchpoint=checkout')).json<Summary>();
    expect(filtered.byChannel).toEqual({ onsite: 1, link: 0 });
  });
});

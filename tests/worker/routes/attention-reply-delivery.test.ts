// The reply endpoint tells the owner how the reply went out (newcomer walk-through): `delivery` "email" when Opinia
// sent the e-mail through the shop's mail provider (the local fake of Resend's API at the webhook receiver), "widget"
// otherwise, `emailFailed` when the provider was tried and refused, and how many webhooks get `attention.replied`;
// that webhook says the same `delivery` and `emailFailed`, so the shop's mail system knows whether to send the e-mail.
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, inject, it } from 'vitest';
import { AttentionRepliedPayloadSchema, type ReplyResult } from '../../../shared/owner-api.ts';
import { createApp } from '../../../worker/src/app.ts';
import { BASE, createShop, ownerJson } from '../support/api.ts';
import { complain, pending, type Received } from '../support/close-loop.ts';

const receiver = () => inject('webhookReceiverUrl');
const PROVIDER = { provider: 'resend', apiKey: 're_test_delivery', from: 'Zielony Kosz <sklep@example.com>' };

/** A shop with (or without) a mail provider, a webhook into the receiver, and an order with (or without) an address. */
async function shopWithOrder(options: { provider: boolean; address: boolean }) {
  const shop = await createShop({ name: 'Zielony Kosz' });
  const settings = await ownerJson(`/v1/shops/${shop.shopId}/settings`, shop.ownerKey, 'PUT', {
    webhooks: [`${receiver()}/ok/hook-${shop.shopId}`],
    ...(options.provider ? { email: PROVIDER } : {}),
  });
  expect(settings.status).toBe(200);
  const orderId = `D-${crypto.randomUUID().slice(0, 8)}`;
  const order = await ownerJson(`/v1/shops/${shop.shopId}/orders`, shop.ownerKey, 'POST', {
    orderId,
    locale: 'cs',
    ...(options.address ? { email: 'petra@example.com' } : {}),
  });
  expect(order.status).toBeLessThan(300);
  const complaint = await complain(shop.shopId, shop.ownerKey, { orderId, locale: 'cs-CZ' });
  return { ...shop, ...complaint };
}

/** POST …/reply through the worker, with the mail provider's API at `providerUrl` (the receiver's /ok/ or /down/). */
async function replyWith(shopId: string, ownerKey: string, id: string, providerUrl: string) {
  const ctx = createExecutionContext();
  const response = await createApp().fetch(
    new Request(`${BASE}/v1/shops/${shopId}/attention/${id}/reply`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ownerKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'Omlouváme se, nový hrnek je na cestě.' }),
    }),
    { ...env, RESEND_API_URL: providerUrl },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  expect(response.status).toBe(201);
  const text = await response.text();
  return { text, result: JSON.parse(text) as ReplyResult };
}

/** The `attention.replied` delivery queued for the item, read as the shared schema has it (an extra field would fail). */
async function webhookPayload(shopId: string, id: string) {
  const row = await env.DB.prepare(
    "SELECT payload FROM webhook_deliveries WHERE shop_id = ? AND response_id = ? AND payload LIKE '%attention.replied%'",
  )
    .bind(shopId, id)
    .first<{ payload: string }>();
  return AttentionRepliedPayloadSchema.strict().parse(JSON.parse(row!.payload));
}

const providerLog = async (key: string): Promise<Received> => (await fetch(`${receiver()}/log/${key}`)).json();

describe('POST /v1/shops/:shopId/attention/:id/reply says how the reply went out, in its answer and in the attention.replied webhook', () => {
  it("should say `email` when the shop's mail provider took the e-mail to the order's address", async () => {
    const key = crypto.randomUUID();
    const shop = await shopWithOrder({ provider: true, address: true });

    const { text, result } = await replyWith(shop.shopId, shop.ownerKey, shop.id, `${receiver()}/ok/${key}`);
    expect(result).toMatchObject({ delivery: 'email', emailFailed: false, webhookDeliveries: 1 });
    expect(result.reply).toMatchObject({ lang: 'cs' });
    expect(result.item).toMatchObject({ id: shop.id, status: 'replied' });
    const sent = await providerLog(key);
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!.body)).toMatchObject({ to: ['petra@example.com'] });
    expect(text).not.toContain('petra@example.com'); // the answer never carries the address
    expect(await webhookPayload(shop.shopId, shop.id)).toMatchObject({ delivery: 'email', emailFailed: false, emailSent: true });
  });

  it('should say `widget` with `emailFailed` when the provider refused the e-mail, and the reply waits on the shop’s pages', async () => {
    const key = crypto.randomUUID();
    const shop = await shopWithOrder({ provider: true, address: true });

    const { text, result } = await replyWith(shop.shopId, shop.ownerKey, shop.id, `${receiver()}/down/${key}`);
    expect(result).toMatchObject({ delivery: 'widget', emailFailed: true, webhookDeliveries: 1 });
    expect(await providerLog(key)).toHaveLength(1); // tried once, answered 503
    expect(text).not.toContain('petra@example.com');
    expect(await webhookPayload(shop.shopId, shop.id)).toMatchObject({ delivery: 'widget', emailFailed: true, emailSent: false });
    expect((await pending(shop.shopId, `clientId=${shop.clientId}`)).replies).toMatchObject([{ attentionId: shop.id }]);
  });

  it('should say `widget` without a failure when the shop has no mail provider, or no address for the order', async () => {
    const key = crypto.randomUUID();
    for (const options of [
      { provider: false, address: true },
      { provider: true, address: false },
    ]) {
      const shop = await shopWithOrder(options);
      const { result } = await replyWith(shop.shopId, shop.ownerKey, shop.id, `${receiver()}/ok/${key}`);
      expect(result, JSON.stringify(options)).toMatchObject({ delivery: 'widget', emailFailed: false, webhookDeliveries: 1 });
      expect(await webhookPayload(shop.shopId, shop.id), JSON.stringify(options)).toMatchObject({
        delivery: 'widget',
        emailFailed: false,
        emailSent: false,
      });
      expect((await pending(shop.shopId, `clientId=${shop.clientId}`)).replies).toMatchObject([{ attentionId: shop.id }]);
    }
    expect(await providerLog(key)).toEqual([]); // nothing was tried
  });

  it('should count no webhook deliveries for a shop without webhooks', async () => {
    const shop = await createShop();
    const complaint = await complain(shop.shopId, shop.ownerKey);
    const { result } = await replyWith(shop.shopId, shop.ownerKey, complaint.id, `${receiver()}/ok/${crypto.randomUUID()}`);
    expect(result).toMatchObject({ delivery: 'widget', emailFailed: false, webhookDeliveries: 0 });
  });
});

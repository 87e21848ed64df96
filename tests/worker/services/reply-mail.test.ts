// The reply to a complaint by e-mail (issue #16, item 3): through the shop's mail provider when the order's address is
// still known (tested against the local fake of Resend's API), else in the attention.replied webhook only.
import { env } from 'cloudflare:test';
import { describe, expect, inject, it } from 'vitest';
import type { AttentionRepliedPayload, Settings } from '../../../shared/owner-api.ts';
import { findShop } from '../../../worker/src/db/shops.ts';
import { replyToComplaint } from '../../../worker/src/services/attention-reply.ts';
import { mailThroughProvider } from '../../../worker/src/services/reply-mail.ts';
import { createShop, ownerJson } from '../support/api.ts';
import { complain } from '../support/close-loop.ts';

type Received = { path: string; headers: Record<string, string>; body: string }[];
const receiver = () => inject('webhookReceiverUrl');
const received = async (key: string): Promise<Received> => (await fetch(`${receiver()}/log/${key}`)).json();
const PROVIDER = { provider: 'resend', apiKey: 're_test_reply', from: 'Zielony Kosz <sklep@example.com>' };

async function shopWith(settings: Record<string, unknown>) {
  const shop = await createShop({ name: 'Zielony Kosz' });
  const response = await ownerJson(`/v1/shops/${shop.shopId}/settings`, shop.ownerKey, 'PUT', {
    webhooks: [`${receiver()}/ok/hook-${shop.shopId}`],
    ...settings,
  });
  expect(response.status).toBe(200);
  await response.json<Settings>();
  return shop;
}

/** Replies through the service with the fake provider at /ok/<key>; returns the queued webhook's payload. */
async function replyVia(shopId: string, complaintId: string, key: string) {
  const shop = (await findShop(env.DB, shopId))!;
  const result = await replyToComplaint(
    env.DB,
    shop,
    complaintId,
    'Przepraszamy, nowy kubek jest w drodze.',
    new Date(),
    async (_shop, _item, token) => `https://opinia.test/f/${token}`,
    mailThroughProvider({ ...env, RESEND_API_URL: `${receiver()}/ok/${key}` }, shop),
  );
  const row = await env.DB.prepare(
    "SELECT payload FROM webhook_deliveries WHERE shop_id = ? AND response_id = ? AND payload LIKE '%attention.replied%'",
  )
    .bind(shopId, complaintId)
    .first<{ payload: string }>();
  return { result: result!, payload: JSON.parse(row!.payload) as AttentionRepliedPayload };
}

// Each test makes 10–20 requests and D1 writes (~1 s idle); one took over vitest's 5 s default at load 17, so they get
// 60 s, as the other speed-independent worker specs do.
describe('the reply by e-mail', () => {
  it("should go through the mail provider to the order's address while it is known, in the customer's language, and say so in the webhook", async () => {
    const key = crypto.randomUUID();
    const shop = await shopWith({ email: PROVIDER });
    expect(
      (
        await ownerJson(`/v1/shops/${shop.shopId}/orders`, shop.ownerKey, 'POST', {
          orderId: 'M-1',
          email: 'anna@example.com',
          locale: 'pl',
        })
      ).status,
    ).toBeLessThan(300);
    const { id } = await complain(shop.shopId, shop.ownerKey, { orderId: 'M-1', locale: 'pl-PL' });

    const { result, payload } = await replyVia(shop.shopId, id, key);
    expect(result).toMatchObject({ emailSent: true, delivery: 'email', emailFailed: false });
    const requests = await received(key);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.path).toBe(`/ok/${key}/emails`);
    expect(requests[0]!.headers.authorization).toBe('Bearer re_test_reply');
    const body = JSON.parse(requests[0]!.body) as { to: string[]; from: string; subject: string; text: string; html: string };
    expect(body).toMatchObject({ to: ['anna@example.com'], from: PROVIDER.from, subject: payload.email.subject });
    expect(body.subject).toBe('Zielony Kosz odpowiada na Twoją opinię');
    expect(body.text).toContain('Przepraszamy, nowy kubek jest w drodze.');
    expect(body.text).toContain(payload.followUp.link);
    expect(payload.emailSent).toBe(true);
    expect(JSON.stringify(payload)).not.toContain('anna@example.com'); // the webhook never carries the address
  }, 60_000);

  it('should leave the e-mail to the webhook when the address is gone, the order unknown or there is no provider', async () => {
    const key = crypto.randomUUID();
    const withProvider = await shopWith({ email: PROVIDER });
    await ownerJson(`/v1/shops/${withProvider.shopId}/orders`, withProvider.ownerKey, 'POST', { orderId: 'N-1', locale: 'pl' }); // no address
    const noAddress = await complain(withProvider.shopId, withProvider.ownerKey, { orderId: 'N-1' });
    const noOrder = await complain(withProvider.shopId, withProvider.ownerKey, {});
    const withoutProvider = await shopWith({});
    await ownerJson(`/v1/shops/${withoutProvider.shopId}/orders`, withoutProvider.ownerKey, 'POST', {
      orderId: 'N-2',
      email: 'jan@example.com',
    });
    const noProvider = await complain(withoutProvider.shopId, withoutProvider.ownerKey, { orderId: 'N-2' });

    for (const [shopId, id] of [
      [withProvider.shopId, noAddress.id],
      [withProvider.shopId, noOrder.id],
      [withoutProvider.shopId, noProvider.id],
    ] as const) {
      const { result, payload } = await replyVia(shopId, id, key);
      expect(result).toMatchObject({ emailSent: false, delivery: 'widget', emailFailed: false });
      expect(payload).toMatchObject({ type: 'attention.replied', emailSent: false, email: { subject: expect.any(String) } });
    }
    expect(await received(key)).toEqual([]);
  }, 60_000);
});

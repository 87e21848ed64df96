// The private complaint reply with an Idempotency-Key (crash bench, docs/bench-crash.md): an owner whose connection
// dropped after the reply was stored sends it again with the same key, and the customer still gets one reply, one
// e-mail and one attention.replied webhook. The e-mail goes through the local fake of the mail provider's API.
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, inject, it } from 'vitest';
import type { ReplyResult } from '../../../shared/owner-api.ts';
import { createApp } from '../../../worker/src/app.ts';
import { purgeReplyKeys } from '../../../worker/src/db/reply-idempotency.ts';
import { BASE, createShop, ownerCall, ownerJson } from '../support/api.ts';
import { complain, type Received } from '../support/close-loop.ts';

const receiver = () => inject('webhookReceiverUrl');
const PROVIDER = { provider: 'resend', apiKey: 're_test_idempotency', from: 'Zielony Kosz <sklep@example.com>' };
const TEXT = 'We are sorry: a new mug is on its way today.';

/** A shop with a mail provider and a webhook, and a complaint about an order whose address is known. */
async function shopWithComplaint() {
  const shop = await createShop({ name: 'Zielony Kosz' });
  const settings = await ownerJson(`/v1/shops/${shop.shopId}/settings`, shop.ownerKey, 'PUT', {
    webhooks: [`${receiver()}/ok/hook-${shop.shopId}`],
    email: PROVIDER,
  });
  expect(settings.status).toBe(200);
  const orderId = `I-${crypto.randomUUID().slice(0, 8)}`;
  const order = await ownerJson(`/v1/shops/${shop.shopId}/orders`, shop.ownerKey, 'POST', {
    orderId,
    email: 'petra@example.com',
  });
  expect(order.status).toBeLessThan(300);
  const customerRef = `cust-${crypto.randomUUID().slice(0, 8)}`;
  const complaint = await complain(shop.shopId, shop.ownerKey, { orderId, customerRef });
  const mailLog = crypto.randomUUID();
  return { ...shop, ...complaint, customerRef, mailLog };
}

type Shop = Awaited<ReturnType<typeof shopWithComplaint>>;

/** POST …/reply through the worker (its waitUntil work finished), the provider's API at the receiver's /ok/<mailLog>. */
async function reply(shop: Shop, options: { key?: string; text?: string; id?: string } = {}) {
  const ctx = createExecutionContext();
  const headers: Record<string, string> = { Authorization: `Bearer ${shop.ownerKey}`, 'Content-Type': 'application/json' };
  if (options.key !== undefined) headers['Idempotency-Key'] = options.key;
  const response = await createApp().fetch(
    new Request(`${BASE}/v1/shops/${shop.shopId}/attention/${options.id ?? shop.id}/reply`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ text: options.text ?? TEXT }),
    }),
    { ...env, RESEND_API_URL: `${receiver()}/ok/${shop.mailLog}` },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return response;
}

/** What reached the customer and what is stored: replies, queued attention.replied webhooks, e-mails the provider took. */
async function sent(shop: Shop) {
  const replies = await env.DB.prepare('SELECT COUNT(*) AS n FROM attention_replies WHERE shop_id = ? AND attention_id = ?')
    .bind(shop.shopId, shop.id)
    .first<{ n: number }>();
  const webhooks = await env.DB.prepare(
    'SELECT COUNT(*) AS n FROM webhook_deliveries WHERE shop_id = ? AND response_id = ? AND payload LIKE \'%"attention.replied"%\'',
  )
    .bind(shop.shopId, shop.id)
    .first<{ n: number }>();
  const emails = (await (await fetch(`${receiver()}/log/${shop.mailLog}`)).json<Received>()).length;
  return { replies: replies!.n, webhooks: webhooks!.n, emails };
}

const keyRows = async (shopId: string) =>
  (await env.DB.prepare('SELECT COUNT(*) AS n FROM reply_idempotency_keys WHERE shop_id = ?')
    .bind(shopId)
    .first<{ n: number }>())!.n;

describe('POST /v1/shops/:shopId/attention/:id/reply with an Idempotency-Key', () => {
  it('should answer a retry with the same key and body with the first answer, storing and sending nothing again', async () => {
    const shop = await shopWithComplaint();
    const key = crypto.randomUUID();

    const first = await reply(shop, { key });
    expect(first.status).toBe(201);
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    const firstBody = await first.json<ReplyResult>();
    expect(firstBody).toMatchObject({ delivery: 'email', emailFailed: false, webhookDeliveries: 1 });

    const again = await reply(shop, { key });
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await again.json<ReplyResult>()).toEqual(firstBody);
    expect(await sent(shop)).toEqual({ replies: 1, webhooks: 1, emails: 1 });
  });

  it('should store one reply when two requests with the same key arrive side by side', async () => {
    const shop = await shopWithComplaint();
    const key = crypto.randomUUID();
    const [one, two] = await Promise.all([reply(shop, { key }), reply(shop, { key })]);
    expect([one.status, two.status]).toEqual([201, 201]);
    const [a, b] = [await one.json<ReplyResult>(), await two.json<ReplyResult>()];
    expect(a.reply.id).toBe(b.reply.id);
    const { replies, webhooks } = await sent(shop);
    expect({ replies, webhooks }).toEqual({ replies: 1, webhooks: 1 });
  });

  it('should refuse the same key with another text or for another item with 409 idempotency_key_reused, sending nothing', async () => {
    const shop = await shopWithComplaint();
    const key = crypto.randomUUID();
    expect((await reply(shop, { key })).status).toBe(201);

    const otherText = await reply(shop, { key, text: 'Something else entirely.' });
    expect(otherText.status).toBe(409);
    expect((await otherText.json<{ error: { code: string } }>()).error.code).toBe('idempotency_key_reused');
    const other = await complain(shop.shopId, shop.ownerKey);
    const otherItem = await reply(shop, { key, id: other.id });
    expect(otherItem.status).toBe(409);
    expect((await otherItem.json<{ error: { code: string } }>()).error.code).toBe('idempotency_key_reused');
    expect(await sent(shop)).toEqual({ replies: 1, webhooks: 1, emails: 1 });
    expect(await sent({ ...shop, id: other.id })).toMatchObject({ replies: 0, webhooks: 0 });
  });

  it('should refuse a malformed key with 400 invalid_idempotency_key and store nothing', async () => {
    const shop = await shopWithComplaint();
    for (const key of ['', 'k'.repeat(129), 'del\x7f', 'tab\there']) {
      const response = await reply(shop, { key });
      expect(response.status, JSON.stringify(key)).toBe(400);
      const body = await response.json<{ error: { code: string; message: string } }>();
      expect(body.error.code, JSON.stringify(key)).toBe('invalid_idempotency_key');
      expect(body.error.message).toContain('Idempotency-Key');
    }
    expect((await reply(shop, { key: 'k'.repeat(128) })).status).toBe(201); // 128 printable characters are fine
    expect(await sent(shop)).toEqual({ replies: 1, webhooks: 1, emails: 1 });
  });

  it('should make every request without a key a new reply, as before', async () => {
    const shop = await shopWithComplaint();
    expect((await reply(shop)).status).toBe(201);
    const second = await reply(shop);
    expect(second.status).toBe(201);
    expect(second.headers.get('Idempotent-Replayed')).toBeNull();
    expect(await sent(shop)).toEqual({ replies: 2, webhooks: 2, emails: 2 });
    expect(await keyRows(shop.shopId)).toBe(0);
  });

  it("should keep keys per shop: another shop's key of the same value is a new reply", async () => {
    const [one, two] = [await shopWithComplaint(), await shopWithComplaint()];
    const key = crypto.randomUUID();
    expect((await reply(one, { key })).status).toBe(201);
    const other = await reply(two, { key });
    expect(other.status).toBe(201);
    expect(other.headers.get('Idempotent-Replayed')).toBeNull();
    expect(await sent(two)).toEqual({ replies: 1, webhooks: 1, emails: 1 });
  });

  it('should forget a key after 24 hours: the hourly purge deletes it, and an expired key is a new reply', async () => {
    const shop = await shopWithComplaint();
    const [stale, purged] = [crypto.randomUUID(), crypto.randomUUID()];
    expect((await reply(shop, { key: stale })).status).toBe(201);
    expect((await reply(shop, { key: purged })).status).toBe(201);
    const dayAgo = new Date(Date.now() - 25 * 3_600_000).toISOString();
    await env.DB.prepare('UPDATE reply_idempotency_keys SET created_at = ? WHERE shop_id = ?').bind(dayAgo, shop.shopId).run();

    const late = await reply(shop, { key: stale }); // not purged yet, but older than 24 h
    expect(late.status).toBe(201);
    expect(late.headers.get('Idempotent-Replayed')).toBeNull();
    expect(await keyRows(shop.shopId)).toBe(2);
    await purgeReplyKeys(env.DB, new Date());
    expect(await keyRows(shop.shopId)).toBe(1); // the renewed key stays
    expect((await reply(shop, { key: stale })).headers.get('Idempotent-Replayed')).toBe('true');
  });

  it("should erase the key rows with the customer's answers (GDPR erase), and a replay then finds nothing", async () => {
    const shop = await shopWithComplaint();
    const key = crypto.randomUUID();
    expect((await reply(shop, { key })).status).toBe(201);
    expect(await keyRows(shop.shopId)).toBe(1);
    const erased = await ownerCall(`/v1/shops/${shop.shopId}/customers/${shop.customerRef}`, shop.ownerKey, {
      method: 'DELETE',
    });
    expect(erased.status).toBe(200);
    expect(await keyRows(shop.shopId)).toBe(0);
    expect((await reply(shop, { key })).status).toBe(404);
  });

  it('should describe the header, the replay header, the 409 and the 400 in the OpenAPI document', async () => {
    const doc = await (await createApp().fetch(new Request(`${BASE}/openapi.json`), env)).json<{
      paths: Record<string, Record<string, { parameters: { name: string; in: string }[]; responses: Record<string, unknown> }>>;
    }>();
    const operation = doc.paths['/v1/shops/{shopId}/attention/{id}/reply']!.post!;
    expect(operation.parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false }),
    );
    expect(JSON.stringify(operation.responses['201'])).toContain('Idempotent-Replayed');
    expect(JSON.stringify(operation.responses['409'])).toContain('idempotency_key_reused');
    expect(JSON.stringify(operation.responses['400'])).toContain('invalid_idempotency_key');
  });
});

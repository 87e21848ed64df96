import { createScheduledController, createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, inject, it } from 'vitest';
import type { Settings, WebhookPayload } from '../../../shared/owner-api.ts';
import { signBody } from '../../../worker/src/domain/webhooks.ts';
import worker from '../../../worker/src/index.ts';
import { deliverDueWebhooks } from '../../../worker/src/services/webhook-delivery.ts';
import { createShop, ownerCall, ownerJson, postAnswer } from '../support/api.ts';

type Received = { path: string; headers: Record<string, string>; body: string }[];
const receiver = () => inject('webhookReceiverUrl');

async function receivedAt(key: string, atLeast: number): Promise<Received> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const log = await (await fetch(`${receiver()}/log/${key}`)).json<Received>();
    if (log.length >= atLeast) return log;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return (await fetch(`${receiver()}/log/${key}`)).json<Received>();
}

async function withWebhook(path: string) {
  const shop = await createShop({ name: 'Zielony <Kosz> & co' });
  const response = await ownerJson(`/v1/shops/${shop.shopId}/settings`, shop.ownerKey, 'PUT', {
    webhooks: [`${receiver()}${path}`],
  });
  expect(response.status).toBe(200);
  return { ...shop, settings: await response.json<Settings>() };
}

describe('settings', () => {
  it('should keep the webhook URLs and one signing secret per shop', async () => {
    const { shopId, ownerKey } = await createShop();
    const first = await (await ownerCall(`/v1/shops/${shopId}/settings`, ownerKey)).json<Settings>();
    expect(first).toEqual({
      webhooks: [],
      webhookSecret: expect.stringMatching(/^whs_/),
      retentionDays: null,
      requireVerifiedReviews: false,
      reviewDisclosure: null,
      orderTokenSecret: expect.stringMatching(/^ots_/),
      digest: null,
      sampling: {},
      invitations: expect.objectContaining({ cooldownDays: 30, reminderDays: null }),
      email: null,
    });
    const updated = await (
      await ownerJson(`/v1/shops/${shopId}/settings`, ownerKey, 'PUT', { webhooks: ['https://hooks.example/a'] })
    ).json<Settings>();
    expect(updated).toEqual({ ...first, webhooks: ['https://hooks.example/a'] });
    const retention = await (
      await ownerJson(`/v1/shops/${shopId}/settings`, ownerKey, 'PUT', { retentionDays: 365 })
    ).json<Settings>();
    expect(retention).toEqual({ ...updated, retentionDays: 365 });
  });

  it('should answer 400 for a URL that is not http(s) and 401 without the key', async () => {
    const { shopId, ownerKey } = await createShop();
    expect((await ownerJson(`/v1/shops/${shopId}/settings`, ownerKey, 'PUT', { webhooks: ['ftp://x.example'] })).status).toBe(
      400,
    );
    expect((await ownerJson(`/v1/shops/${shopId}/settings`, ownerKey, 'PUT', { webhooks: 'https://x.example' })).status).toBe(
      400,
    );
    expect((await ownerJson(`/v1/shops/${shopId}/settings`, 'opk_nope', 'PUT', { webhooks: [] })).status).toBe(401);
  });
});

describe('alerts by webhook', () => {
  it("should POST a new attention item within seconds, signed with the shop's secret", async () => {
    const { shopId, settings } = await withWebhook('/ok/signed');
    await postAnswer(shopId, { rating: 1, comment: 'Broken <b>mug</b>', orderId: 'A-1' });
    const [delivery] = await receivedAt('signed', 1);
    expect(delivery).toBeDefined();
    expect(delivery!.headers['opinia-signature']).toBe(`sha256=${await signBody(settings.webhookSecret, delivery!.body)}`);
    const payload = JSON.parse(delivery!.body) as WebhookPayload;
    expect(payload).toMatchObject({
      type: 'attention.opened',
      shopId,
      item: { rating: 1, comment: 'Broken <b>mug</b>', orderId: 'A-1' },
    });
    expect(payload.text).toBe(
      'Needs attention at Zielony &lt;Kosz&gt; &amp; co: 1★, at post purchase, order A-1. “Broken &lt;b&gt;mug&lt;/b&gt;”',
    );
  });

  it('should not alert for a happy answer, nor twice for a retried one', async () => {
    const { shopId } = await withWebhook('/ok/once');
    const clientId = crypto.randomUUID();
    await postAnswer(shopId, { rating: 5 });
    await postAnswer(shopId, { clientId, nps: 0 });
    await postAnswer(shopId, { clientId, nps: 0 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await receivedAt('once', 1)).toHaveLength(1);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM webhook_deliveries WHERE shop_id = ?').bind(shopId).first()).toEqual({
      n: 1,
    });
  });

  it('should retry a failed delivery with backoff until the receiver takes it', async () => {
    const { shopId } = await withWebhook('/fail-once/retry');
    await postAnswer(shopId, { rating: 2 });
    await receivedAt('retry', 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const failed = await env.DB.prepare(
      'SELECT attempts, delivered_at, last_error, next_attempt_at FROM webhook_deliveries WHERE shop_id = ?',
    )
      .bind(shopId)
      .first<{ attempts: number; delivered_at: string | null; last_error: string; next_attempt_at: string }>();
    expect(failed).toMatchObject({ attempts: 1, delivered_at: null, last_error: 'HTTP 500' });
    expect(Date.parse(failed!.next_attempt_at)).toBeGreaterThan(Date.now());

    // Not due yet: the cron leaves it alone. Then its time comes and the cron trigger delivers it.
    expect(await deliverDueWebhooks(env, shopId)).toEqual({ delivered: 0, failed: 0 });
    await env.DB.prepare("UPDATE webhook_deliveries SET next_attempt_at = '2000-01-01' WHERE shop_id = ?").bind(shopId).run();
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: '* * * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
    expect(await receivedAt('retry', 2)).toHaveLength(2);
    const delivered = await env.DB.prepare('SELECT attempts, delivered_at FROM webhook_deliveries WHERE shop_id = ?')
      .bind(shopId)
      .first();
    expect(delivered).toMatchObject({ attempts: 2, delivered_at: expect.any(String) });
  });

  it('should keep a delivery whose receiver stays down, with its error, for later attempts', async () => {
    const { shopId } = await withWebhook('/down/x');
    await postAnswer(shopId, { rating: 1 });
    await receivedAt('x', 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const row = await env.DB.prepare('SELECT attempts, delivered_at, last_error FROM webhook_deliveries WHERE shop_id = ?')
      .bind(shopId)
      .first();
    expect(row).toEqual({ attempts: 1, delivered_at: null, last_error: 'HTTP 503' });
  });
});

import { env } from 'cloudflare:test';
import { describe, expect, inject, it } from 'vitest';
import type { Settings } from '../../../shared/owner-api.ts';
import type { RotatedSecret } from '../../../shared/secrets.ts';
import { signBody } from '../../../worker/src/domain/webhooks.ts';
import { signOrderToken } from '../../../worker/src/domain/order-token.ts';
import { createShop, ownerCall, ownerJson, postAnswer } from '../support/api.ts';
import { postReview } from '../support/reviews.ts';

type ErrorBody = { error: { code: string; message: string } };
type Received = { path: string; headers: Record<string, string>; body: string }[];
const DAY_MS = 86_400_000;

const rotate = (shopId: string, ownerKey: string, name: string) =>
  ownerCall(`/v1/shops/${shopId}/secrets/${name}/rotate`, ownerKey, { method: 'POST' });
const settingsOf = async (shopId: string, ownerKey: string) =>
  (await ownerCall(`/v1/shops/${shopId}/settings`, ownerKey)).json<Settings>();

async function receivedAt(key: string, atLeast: number): Promise<Received> {
  const url = `${inject('webhookReceiverUrl')}/log/${key}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    const log = await (await fetch(url)).json<Received>();
    if (log.length >= atLeast) return log;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return (await fetch(url)).json<Received>();
}

/** A review of the mug with an order token, from its own address. */
const review = (shopId: string, orderToken: string) => postReview(shopId, { orderToken });

const tokenFor = (secret: string, shopId: string, orderId: string) =>
  signOrderToken(secret, { s: shopId, o: orderId, p: 'mug', exp: Math.floor(Date.now() / 1000) + 86_400 });

describe('POST /v1/shops/:shopId/secrets/webhook/rotate', () => {
  it('should return a new signing secret once and sign the next deliveries with it at once', async () => {
    const { shopId, ownerKey } = await createShop();
    const put = await ownerJson(`/v1/shops/${shopId}/settings`, ownerKey, 'PUT', {
      webhooks: [`${inject('webhookReceiverUrl')}/ok/rotated-webhook`],
    });
    const before = await put.json<Settings>();
    const response = await rotate(shopId, ownerKey, 'webhook');
    expect(response.status).toBe(200);
    const rotated = await response.json<RotatedSecret>();
    expect(rotated).toEqual({ name: 'webhook', secret: expect.stringMatching(/^whs_[A-Za-z0-9_-]{43}$/) });
    expect(rotated.secret).not.toBe(before.webhookSecret);
    expect((await settingsOf(shopId, ownerKey)).webhookSecret).toBe(rotated.secret);

    await postAnswer(shopId, { rating: 1, comment: 'Broken mug', orderId: 'R-1' });
    const [delivery] = await receivedAt('rotated-webhook', 1);
    expect(delivery).toBeDefined();
    expect(delivery!.headers['opinia-signature']).toBe(`sha256=${await signBody(rotated.secret, delivery!.body)}`);
    expect(delivery!.headers['opinia-signature']).not.toBe(`sha256=${await signBody(before.webhookSecret, delivery!.body)}`);
  });
});

describe('POST /v1/shops/:shopId/secrets/order-token/rotate', () => {
  it('should verify tokens of the new secret and, for 30 days, of the previous one', async () => {
    const { shopId, ownerKey } = await createShop();
    const old = (await settingsOf(shopId, ownerKey)).orderTokenSecret;
    const oldToken = await tokenFor(old, shopId, 'SENT-BEFORE');
    const response = await rotate(shopId, ownerKey, 'order-token');
    expect(response.status).toBe(200);
    const rotated = await response.json<RotatedSecret>();
    expect(rotated).toEqual({
      name: 'order-token',
      secret: expect.stringMatching(/^ots_[A-Za-z0-9_-]{43}$/),
      previousValidUntil: expect.any(String),
    });
    expect(rotated.secret).not.toBe(old);
    const graceMs = Date.parse(rotated.previousValidUntil!) - Date.now();
    expect(graceMs).toBeGreaterThan(30 * DAY_MS - 60_000);
    expect(graceMs).toBeLessThanOrEqual(30 * DAY_MS);
    expect((await settingsOf(shopId, ownerKey)).orderTokenSecret).toBe(rotated.secret);

    const oldReview = await review(shopId, oldToken);
    expect(oldReview.status).toBe(201);
    expect((await review(shopId, await tokenFor(rotated.secret, shopId, 'SENT-AFTER'))).status).toBe(201);
    const forged = await review(shopId, await tokenFor('not-the-secret', shopId, 'FORGED'));
    expect(forged.status).toBe(400);
    expect((await forged.json<ErrorBody>()).error.code).toBe('order_token_invalid');
  });

  it('should refuse tokens of the previous secret once its grace period has ended', async () => {
    const { shopId, ownerKey } = await createShop();
    const old = (await settingsOf(shopId, ownerKey)).orderTokenSecret;
    expect((await rotate(shopId, ownerKey, 'order-token')).status).toBe(200);
    await env.DB.prepare('UPDATE shops SET previous_order_token_secret_until = ? WHERE id = ?')
      .bind(new Date(Date.now() - 1000).toISOString(), shopId)
      .run();
    const late = await review(shopId, await tokenFor(old, shopId, 'SENT-LONG-AGO'));
    expect(late.status).toBe(400);
    expect((await late.json<ErrorBody>()).error.code).toBe('order_token_invalid');
  });
});

describe('rotating secrets: refusals', () => {
  it("should answer 400 for a name other than webhook or order-token, 401 without the key, 403 with another shop's key", async () => {
    const [mine, theirs] = [await createShop(), await createShop()];
    const before = await settingsOf(mine.shopId, mine.ownerKey);
    for (const name of ['owner', 'invitation', 'WEBHOOK', 'ip-salt']) {
      const response = await rotate(mine.shopId, mine.ownerKey, name);
      expect(response.status, name).toBe(400);
      expect((await response.json<ErrorBody>()).error.code).toBe('invalid_request');
    }
    expect((await rotate(mine.shopId, 'opk_guess', 'webhook')).status).toBe(401);
    expect((await rotate(mine.shopId, theirs.ownerKey, 'webhook')).status).toBe(403);
    expect((await rotate(mine.shopId, theirs.ownerKey, 'order-token')).status).toBe(403);
    const after = await settingsOf(mine.shopId, mine.ownerKey);
    expect([after.webhookSecret, after.orderTokenSecret]).toEqual([before.webhookSecret, before.orderTokenSecret]);
  });
});

describe('PUT /v1/shops/:shopId/settings with a secret', () => {
  it('should answer 400 secret_not_settable pointing to the rotate endpoint, and change nothing', async () => {
    const { shopId, ownerKey } = await createShop();
    const before = await settingsOf(shopId, ownerKey);
    for (const [field, name] of [
      ['orderTokenSecret', 'order-token'],
      ['webhookSecret', 'webhook'],
    ] as const) {
      const response = await ownerJson(`/v1/shops/${shopId}/settings`, ownerKey, 'PUT', {
        retentionDays: 90,
        [field]: 'ots_mine',
      });
      expect(response.status, field).toBe(400);
      const { error } = await response.json<ErrorBody>();
      expect(error.code).toBe('secret_not_settable');
      expect(error.message).toContain(`/v1/shops/${shopId}/secrets/${name}/rotate`);
    }
    expect(await settingsOf(shopId, ownerKey)).toEqual(before);
  });
});

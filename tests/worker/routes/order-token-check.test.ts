import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { OrderTokenCheck } from '../../../shared/order-token-check.ts';
import { signOrderToken } from '../../../worker/src/domain/order-token.ts';
import { call, callWithEnv, createShop, postJson } from '../support/api.ts';
import { postReview, shopWithSecret, type ErrorBody } from '../support/reviews.ts';

const DAY = 86_400;
const inADay = () => Math.floor(Date.now() / 1000) + DAY;

const check = (shopId: string, body: unknown, headers: Record<string, string> = {}) =>
  postJson(`/v1/shops/${shopId}/order-tokens/check`, body, headers);
const verdict = async (shopId: string, orderToken: string, productId = 'mug') =>
  (await check(shopId, { orderToken, productId })).json<OrderTokenCheck>();

describe('POST /v1/shops/:shopId/order-tokens/check (the review form asks when it opens)', () => {
  it('should say usable for a fresh token, spend nothing, and say order_token_used once a review spent it', async () => {
    const { shopId, settings } = await shopWithSecret();
    const token = await signOrderToken(settings.orderTokenSecret, { s: shopId, o: 'ZK-1', p: 'mug', exp: inADay() });
    expect(await verdict(shopId, token)).toEqual({ usable: true, problem: null });
    expect(await verdict(shopId, token)).toEqual({ usable: true, problem: null }); // asking twice spends nothing
    expect((await postReview(shopId, { orderToken: token })).status).toBe(201);
    expect(await verdict(shopId, token)).toEqual({ usable: false, problem: 'order_token_used' });
    // The check tells the truth: posting with it now is refused with that very code.
    const reused = await postReview(shopId, { orderToken: token });
    expect([reused.status, (await reused.json<ErrorBody>()).error.code]).toEqual([409, 'order_token_used']);
  });

  it("should give the code posting would be refused with for an invalid, expired or other product's token", async () => {
    const { shopId, settings } = await shopWithSecret();
    const other = await shopWithSecret();
    const cases: [string, OrderTokenCheck['problem']][] = [
      [
        await signOrderToken(settings.orderTokenSecret, { s: shopId, o: 'A', exp: Math.floor(Date.now() / 1000) - 60 }),
        'order_token_expired',
      ],
      [await signOrderToken('not-the-secret', { s: shopId, o: 'A', exp: inADay() }), 'order_token_invalid'],
      [await signOrderToken(other.settings.orderTokenSecret, { s: other.shopId, o: 'A', exp: inADay() }), 'order_token_invalid'],
      [
        await signOrderToken(settings.orderTokenSecret, { s: shopId, o: 'A', p: 'plate', exp: inADay() }),
        'order_token_wrong_product',
      ],
      ['garbage', 'order_token_invalid'],
    ];
    for (const [token, problem] of cases) expect(await verdict(shopId, token)).toEqual({ usable: false, problem });
  });

  it('should treat a token naming no product as spent for the whole order after one review', async () => {
    const { shopId, settings } = await shopWithSecret();
    const token = await signOrderToken(settings.orderTokenSecret, { s: shopId, o: 'ZK-2', exp: inADay() });
    expect((await verdict(shopId, token, 'plate')).usable).toBe(true);
    expect((await postReview(shopId, { orderToken: token, productId: 'mug' })).status).toBe(201);
    expect(await verdict(shopId, token, 'plate')).toEqual({ usable: false, problem: 'order_token_used' });
  });

  it('should answer a shop origin with CORS, refuse other origins, and refuse bad input as JSON errors', async () => {
    const { shopId } = await createShop({ origins: ['https://shop.example'] });
    const fromShop = await check(shopId, { orderToken: 'x', productId: 'mug' }, { Origin: 'https://shop.example' });
    expect(fromShop.status).toBe(200);
    expect(fromShop.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example');
    const preflight = await call(`/v1/shops/${shopId}/order-tokens/check`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://shop.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example');
    const elsewhere = await check(shopId, { orderToken: 'x', productId: 'mug' }, { Origin: 'https://evil.example' });
    expect([elsewhere.status, (await elsewhere.json<ErrorBody>()).error.code]).toEqual([403, 'origin_not_allowed']);
    const empty = await check(shopId, { orderToken: '', productId: 'mug' });
    expect([empty.status, (await empty.json<ErrorBody>()).error.code]).toEqual([400, 'invalid_request']);
    const unknown = await check('no-such-shop', { orderToken: 'x', productId: 'mug' });
    expect([unknown.status, (await unknown.json<ErrorBody>()).error.code]).toEqual([404, 'shop_not_found']);
    const asText = await call(`/v1/shops/${shopId}/order-tokens/check`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(asText.status).toBe(415);
  });

  it("should count towards the shopper's rate limit (it reads D1): 429 with Retry-After over it", async () => {
    const { shopId } = await createShop();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await callWithEnv({ SHOPPER_LIMIT: env.TIGHT_LIMIT }, `/v1/shops/${shopId}/order-tokens/check`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': '203.0.113.21' },
        body: JSON.stringify({ orderToken: 'x', productId: 'mug' }),
      });
      statuses.push(response.status);
      if (response.status === 429) expect(response.headers.get('Retry-After')).toBe('60');
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

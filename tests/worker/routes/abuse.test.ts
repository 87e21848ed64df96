import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { callWithEnv, createShop, PLAUSIBLE_ELAPSED_MS, postAnswer } from '../support/api.ts';

type ErrorBody = { error: { code: string; message: string } };

function postFrom(ip: string, shopId: string, overrides: Record<string, unknown>, bindings: Record<string, unknown>) {
  return callWithEnv(bindings, `/v1/shops/${shopId}/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip },
    body: JSON.stringify({
      clientId: crypto.randomUUID(),
      kind: 'experience',
      rating: 4,
      elapsedMs: PLAUSIBLE_ELAPSED_MS,
      ...overrides,
    }),
  });
}

describe('abuse controls', () => {
  it('should answer 429 with Retry-After once a shopper goes over the limit, and let other shoppers in', async () => {
    const { shopId } = await createShop();
    const tight = { SHOPPER_LIMIT: env.TIGHT_LIMIT };
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await postFrom('203.0.113.7', shopId, {}, tight)).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    const limited = await postFrom('203.0.113.7', shopId, {}, tight);
    expect(limited.headers.get('Retry-After')).toBe('60');
    expect((await limited.json<ErrorBody>()).error.code).toBe('rate_limited');
    expect((await postFrom('198.51.100.1', shopId, {}, tight)).status).toBe(201);
  });

  it('should limit a whole shop, whoever sends the answers', async () => {
    const { shopId } = await createShop();
    const tight = { SHOP_LIMIT: env.TIGHT_LIMIT };
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await postFrom(`192.0.2.${i}`, shopId, {}, tight)).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
  });

  it('should never store the IP address', async () => {
    const { shopId } = await createShop();
    await postFrom('203.0.113.99', shopId, { comment: 'hello there' }, {});
    const { results } = await env.DB.prepare('SELECT * FROM responses WHERE shop_id = ?').bind(shopId).all();
    expect(JSON.stringify(results)).not.toContain('203.0.113.99');
  });

  it('should refuse a filled honeypot and a form answered faster than a person can', async () => {
    const { shopId } = await createShop();
    const honeypot = await postAnswer(shopId, { rating: 5, website: 'http://spam.example' } as never);
    expect(honeypot.status).toBe(422);
    expect((await honeypot.json<ErrorBody>()).error.code).toBe('spam_suspected');
    expect((await postAnswer(shopId, { rating: 5, elapsedMs: 300 } as never)).status).toBe(422);
    expect((await postAnswer(shopId, { rating: 5, elapsedMs: 4000, website: '' } as never)).status).toBe(201);
  });

  it('should refuse an answer without elapsedMs as suspected spam (issue #12 finding 9), and store nothing', async () => {
    const { shopId } = await createShop();
    const clientId = crypto.randomUUID();
    const response = await callWithEnv({}, `/v1/shops/${shopId}/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ clientId, kind: 'experience', rating: 5, comment: 'Great', website: '' }),
    });
    expect(response.status).toBe(422);
    expect(await response.json<ErrorBody>()).toEqual({
      error: { code: 'spam_suspected', message: expect.stringContaining('no elapsedMs') },
    });
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM responses WHERE shop_id = ?').bind(shopId).first()).toEqual({ n: 0 });
    // The widget's answer, with the time its form was open, goes through.
    expect(
      (await postAnswer(shopId, { clientId, rating: 5, comment: 'Great', website: '', elapsedMs: 2000 } as never)).status,
    ).toBe(201);
  });

  it('should refuse the same comment sent again by the same shopper as a new answer, but not by another shopper', async () => {
    const { shopId } = await createShop();
    expect((await postFrom('203.0.113.5', shopId, { comment: 'Best shop ever!!!' }, {})).status).toBe(201);
    const again = await postFrom('203.0.113.5', shopId, { comment: 'best shop   ever' }, {});
    expect(again.status).toBe(422);
    expect((await again.json<ErrorBody>()).error.message).toContain('the same comment again');
    expect((await postFrom('203.0.113.6', shopId, { comment: 'Best shop ever!!!' }, {})).status).toBe(201);
  });

  it('should still answer a retry of the same answer (same clientId) with 200', async () => {
    const { shopId } = await createShop();
    const clientId = crypto.randomUUID();
    expect((await postFrom('203.0.113.8', shopId, { clientId, comment: 'Lovely mugs' }, {})).status).toBe(201);
    expect((await postFrom('203.0.113.8', shopId, { clientId, comment: 'Lovely mugs' }, {})).status).toBe(200);
  });

  it('should allow localhost origins in local development only', async () => {
    const { shopId } = await createShop({ origins: ['https://shop.example'] });
    const fromLocalhost = (environment: string) =>
      callWithEnv({ ENVIRONMENT: environment }, `/v1/shops/${shopId}/responses`, {
        method: 'OPTIONS',
        headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' },
      });
    expect((await fromLocalhost('development')).status).toBe(204);
    const production = await fromLocalhost('production');
    expect(production.status).toBe(403);
    expect((await production.json<ErrorBody>()).error.code).toBe('origin_not_allowed');
  });
});

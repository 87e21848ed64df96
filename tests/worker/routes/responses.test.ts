import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { call, createShop, postAnswer, postJson } from '../support/api.ts';

type ErrorBody = { error: { code: string; message: string; issues?: { path: (string | number)[]; message: string }[] } };

describe('POST /v1/shops/:shopId/responses', () => {
  it("should store an answer and return its id and the comment's sentiment", async () => {
    const { shopId } = await createShop();
    const response = await postAnswer(shopId, { rating: 5, nps: 10, comment: 'Great shop, fast delivery!', locale: 'en' });
    expect(response.status).toBe(201);
    const body = await response.json<{ id: string; sentiment: { label: string; score: number; lang: string } }>();
    expect(body.id).toEqual(expect.any(String));
    expect(body.sentiment.label).toBe('positive');
    expect(body.sentiment.score).toBeGreaterThan(0);
    expect(body.sentiment.score).toBeLessThanOrEqual(1);
    expect(body.sentiment.lang).toBe('en');
  });

  it('should answer sentiment null when there is no comment, and default the touchpoint to post_purchase', async () => {
    const { shopId } = await createShop();
    const response = await postAnswer(shopId, { nps: 3 });
    expect(response.status).toBe(201);
    const { id, sentiment } = await response.json<{ id: string; sentiment: null }>();
    expect(sentiment).toBeNull();
    const row = await env.DB.prepare('SELECT touchpoint, polarity FROM responses WHERE id = ?').bind(id).first();
    expect(row).toEqual({ touchpoint: 'post_purchase', polarity: -1 });
  });

  it('should never duplicate a retried answer: the same clientId answers 200 with the first id', async () => {
    const { shopId } = await createShop();
    const answer = { clientId: crypto.randomUUID(), rating: 4, comment: 'Dobrá zkušenost', locale: 'cs' };
    const first = await postAnswer(shopId, answer);
    const again = await postAnswer(shopId, { ...answer, rating: 1 });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    const [firstBody, againBody] = [await first.json<{ id: string }>(), await again.json<{ id: string }>()];
    expect(againBody).toEqual(firstBody);
    const { count } = (await env.DB.prepare('SELECT COUNT(*) AS count FROM responses WHERE shop_id = ?')
      .bind(shopId)
      .first<{ count: number }>())!;
    expect(count).toBe(1);
  });

  it("should keep one shop's clientIds apart from another's", async () => {
    const [a, b] = [await createShop(), await createShop()];
    const clientId = crypto.randomUUID();
    expect((await postAnswer(a.shopId, { clientId, rating: 5 })).status).toBe(201);
    expect((await postAnswer(b.shopId, { clientId, rating: 5 })).status).toBe(201);
  });

  it('should answer 400 with issues when no rating, nps or comment is given', async () => {
    const { shopId } = await createShop();
    const response = await postAnswer(shopId, { comment: '   ' });
    expect(response.status).toBe(400);
    const body = await response.json<ErrorBody>();
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.issues?.[0]?.message).toMatch(/at least one of rating, nps or comment/);
  });

  it.each([
    ['a rating of 6', { rating: 6 }, 'rating'],
    ['an NPS of 11', { nps: 11 }, 'nps'],
    ['an unknown touchpoint', { rating: 3, touchpoint: 'warehouse' }, 'touchpoint'],
    ['a clientId that is not a UUID', { rating: 3, clientId: 'abc' }, 'clientId'],
    ['a comment over 4000 characters', { comment: 'x'.repeat(4001) }, 'comment'],
    ['a locale that is not a language tag', { rating: 3, locale: 'polish!' }, 'locale'],
  ])('should answer 400 for %s', async (_name, answer, field) => {
    const { shopId } = await createShop();
    const response = await postAnswer(shopId, answer as never);
    expect(response.status).toBe(400);
    expect((await response.json<ErrorBody>()).error.issues?.map((issue) => issue.path[0])).toContain(field);
  });

  it('should answer 400 for malformed JSON', async () => {
    const { shopId } = await createShop();
    const response = await call(`/v1/shops/${shopId}/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"rating": 5',
    });
    expect(response.status).toBe(400);
    expect((await response.json<ErrorBody>()).error.code).toBe('malformed_request');
  });

  it('should answer 404 for an unknown shop', async () => {
    const response = await postAnswer('no-such-shop', { rating: 5 });
    expect(response.status).toBe(404);
    expect((await response.json<ErrorBody>()).error.code).toBe('shop_not_found');
  });

  it('should answer 413 for a body over 16 KB, with or without a Content-Length', async () => {
    const { shopId } = await createShop();
    const big = JSON.stringify({ clientId: crypto.randomUUID(), kind: 'experience', comment: 'x'.repeat(17_000) });
    const sized = await postJson(`/v1/shops/${shopId}/responses`, JSON.parse(big));
    expect(sized.status).toBe(413);
    expect((await sized.json<ErrorBody>()).error.code).toBe('payload_too_large');
    const streamed = await call(`/v1/shops/${shopId}/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('should answer 405 with Allow for a method the path does not take', async () => {
    const { shopId } = await createShop();
    const response = await call(`/v1/shops/${shopId}/responses`, { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toContain('POST');
    expect((await response.json<ErrorBody>()).error.code).toBe('method_not_allowed');
  });

  it("should answer the CORS preflight for the shop's own origin", async () => {
    const { shopId } = await createShop({ origins: ['https://shop.example'] });
    const response = await call(`/v1/shops/${shopId}/responses`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://shop.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example');
    expect(response.headers.get('Access-Control-Allow-Methods')).toContain('POST');
  });

  it('should refuse another origin with 403 JSON', async () => {
    const { shopId } = await createShop({ origins: ['https://shop.example'] });
    const response = await postAnswer(shopId, { rating: 5 }, { Origin: 'https://elsewhere.example' });
    expect(response.status).toBe(403);
    expect((await response.json<ErrorBody>()).error.code).toBe('origin_not_allowed');
  });

  it("should allow the shop's origin on the actual request", async () => {
    const { shopId } = await createShop({ origins: ['https://shop.example'] });
    const response = await postAnswer(shopId, { rating: 5 }, { Origin: 'https://shop.example' });
    expect(response.status).toBe(201);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example');
  });
});

import { describe, expect, it } from 'vitest';
import { call, createShop, postAnswer } from '../support/api.ts';

type ErrorBody = { error: { code: string; message: string } };
const PAGE = 'https://shop.example';

describe('CORS on the error answers of public endpoints (a wrong data-shop)', () => {
  it('should let the page read the 404 of an answer posted to an unknown shop, with nothing but the error in it', async () => {
    const response = await postAnswer('no-such-shop', { rating: 5 }, { Origin: PAGE });
    expect(response.status).toBe(404);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(PAGE);
    expect(response.headers.get('Vary')).toContain('Origin');
    expect(await response.json<ErrorBody>()).toEqual({ error: { code: 'shop_not_found', message: expect.any(String) } });
  });

  it('should answer the preflight for an unknown shop, so that the request itself reaches its 404', async () => {
    const response = await call('/v1/shops/no-such-shop/responses', {
      method: 'OPTIONS',
      headers: { Origin: PAGE, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(PAGE);
    expect(response.headers.get('Access-Control-Allow-Methods')).toContain('POST');
    expect(response.headers.get('Access-Control-Allow-Headers')).toMatch(/content-type/i);
  });

  it('should do the same for the reviews list of an unknown shop', async () => {
    const response = await call('/v1/shops/no-such-shop/products/mug/reviews?sort=newest', { headers: { Origin: PAGE } });
    expect(response.status).toBe(404);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(PAGE);
    expect((await response.json<ErrorBody>()).error.code).toBe('shop_not_found');
  });

  it('should leave a known shop to its own CORS rules: another origin is still refused at the preflight', async () => {
    const { shopId } = await createShop({ origins: [PAGE] });
    const response = await call(`/v1/shops/${shopId}/responses`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('should add nothing for a request without an Origin (servers, curl)', async () => {
    const response = await postAnswer('no-such-shop', { rating: 5 });
    expect(response.status).toBe(404);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { WidgetConfig } from '../../../shared/audit.ts';
import { call, createShop, ownerJson } from '../support/api.ts';

describe('GET /v1/shops/:shopId/config', () => {
  it('should ask at every touchpoint until the owner samples, cached for five minutes, without the owner key', async () => {
    const { shopId } = await createShop();
    const response = await call(`/v1/shops/${shopId}/config`, { headers: { Origin: 'https://shop.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(await response.json()).toEqual({
      sampling: { browse: 1, checkout: 1, post_purchase: 1, delivery: 1, support: 1, return: 1 },
      studySegment: null,
    });
  });

  it("should give the owner's sampling rates and the segment under study", async () => {
    const { shopId, ownerKey } = await createShop();
    const put = await ownerJson(`/v1/shops/${shopId}/settings`, ownerKey, 'PUT', {
      sampling: { browse: 0.1, checkout: 0 },
      digest: { cadence: 'monthly', segments: ['vip', 'mobile'] },
    });
    expect(put.status).toBe(200);
    const config = await (await call(`/v1/shops/${shopId}/config`)).json<WidgetConfig>();
    expect(config).toEqual({
      sampling: { browse: 0.1, checkout: 0, post_purchase: 1, delivery: 1, support: 1, return: 1 },
      studySegment: 'vip',
    });
  });

  it('should refuse a rate outside 0…1, an unknown shop and a page of another origin', async () => {
    const { shopId, ownerKey } = await createShop();
    expect((await ownerJson(`/v1/shops/${shopId}/settings`, ownerKey, 'PUT', { sampling: { browse: 1.5 } })).status).toBe(400);
    expect((await ownerJson(`/v1/shops/${shopId}/settings`, ownerKey, 'PUT', { sampling: { moon: 0.5 } })).status).toBe(400);
    expect((await call('/v1/shops/no-such-shop/config')).status).toBe(404);
    expect((await call(`/v1/shops/${shopId}/config`, { headers: { Origin: 'https://evil.example' } })).status).toBe(403);
  });
});

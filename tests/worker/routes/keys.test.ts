import { describe, expect, it } from 'vitest';
import type { RotatedKey } from '../../../shared/owner-api.ts';
import { createShop, getSummary, ownerCall } from '../support/api.ts';

describe('POST /v1/shops/:shopId/keys/rotate', () => {
  it('should return a new key and make the old one useless at once', async () => {
    const { shopId, ownerKey } = await createShop();
    const response = await ownerCall(`/v1/shops/${shopId}/keys/rotate`, ownerKey, { method: 'POST' });
    expect(response.status).toBe(200);
    const { ownerKey: newKey } = await response.json<RotatedKey>();
    expect(newKey).toMatch(/^opk_[A-Za-z0-9_-]{43}$/);
    expect(newKey).not.toBe(ownerKey);
    expect((await getSummary(shopId, ownerKey)).status).toBe(401);
    expect((await getSummary(shopId, newKey)).status).toBe(200);
  });

  it('should need the current key', async () => {
    const [mine, theirs] = [await createShop(), await createShop()];
    expect((await ownerCall(`/v1/shops/${mine.shopId}/keys/rotate`, 'opk_guess', { method: 'POST' })).status).toBe(401);
    expect((await ownerCall(`/v1/shops/${mine.shopId}/keys/rotate`, theirs.ownerKey, { method: 'POST' })).status).toBe(403);
  });
});

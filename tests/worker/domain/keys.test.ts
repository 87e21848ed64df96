import { describe, expect, it } from 'vitest';
import { constantTimeEqual, hashKey, newOwnerKey, newShopId } from '../../../worker/src/domain/keys.ts';

describe('keys', () => {
  it('should make owner keys of 256 random bits that never repeat', () => {
    const keys = new Set(Array.from({ length: 200 }, newOwnerKey));
    expect(keys.size).toBe(200);
    for (const key of keys) expect(key).toMatch(/^opk_[A-Za-z0-9_-]{43}$/);
  });

  it('should make URL-safe shop ids', () => {
    expect(newShopId()).toMatch(/^shp_[a-z0-9]{12}$/);
  });

  it('should hash deterministically and compare in constant time', async () => {
    expect(await hashKey('a')).toBe(await hashKey('a'));
    expect(await hashKey('a')).not.toBe(await hashKey('b'));
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
  });
});

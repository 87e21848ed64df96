import { afterEach, describe, expect, it, vi } from 'vitest';
import { newClientId } from '../../widget/src/api.ts';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("the widget's clientId", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('should be a v4 UUID from crypto.randomUUID where it exists', () => {
    expect(newClientId()).toMatch(V4);
  });

  it('should still be a random v4 UUID on a page without crypto.randomUUID (plain http)', () => {
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
    const ids = Array.from({ length: 2000 }, newClientId);
    for (const id of ids) expect(id).toMatch(V4);
    expect(new Set(ids).size).toBe(ids.length);
    // Every hex digit shows up in the random positions, and every variant digit (8, 9, a, b).
    expect(new Set(ids.join('').replace(/-/g, '')).size).toBe(16);
    expect(new Set(ids.map((id) => id[19])).size).toBe(4);
  });
});

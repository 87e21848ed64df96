import { describe, expect, it } from 'vitest';
import { ResponseInputSchema } from '../../shared/schemas.ts';

describe('ResponseInputSchema', () => {
  const base = { clientId: '0b6f3c1e-8f5c-4a55-9a43-2d7f0a0f7b11', kind: 'experience' as const };

  it('should default the touchpoint to post_purchase', () => {
    expect(ResponseInputSchema.parse({ ...base, rating: 5 }).touchpoint).toBe('post_purchase');
  });

  it('should require at least one of rating, nps or comment', () => {
    expect(ResponseInputSchema.safeParse(base).success).toBe(false);
    expect(ResponseInputSchema.safeParse({ ...base, comment: '   ' }).success).toBe(false);
    expect(ResponseInputSchema.safeParse({ ...base, nps: 0 }).success).toBe(true);
  });

  it('should reject ratings outside 1–5 and fractional NPS', () => {
    expect(ResponseInputSchema.safeParse({ ...base, rating: 6 }).success).toBe(false);
    expect(ResponseInputSchema.safeParse({ ...base, rating: 0 }).success).toBe(false);
    expect(ResponseInputSchema.safeParse({ ...base, nps: 7.5 }).success).toBe(false);
  });

  it('should reject a comment over 4000 characters', () => {
    expect(ResponseInputSchema.safeParse({ ...base, comment: 'a'.repeat(4001) }).success).toBe(false);
  });
});

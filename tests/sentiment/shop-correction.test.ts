import { describe, expect, it } from 'vitest';
import { applyOffsets, classOfRating, fitShopOffsets, type RatedExample } from '../../worker/src/sentiment/shop-correction.ts';

const argmax = (p: readonly number[]) => p.indexOf(Math.max(...p));

describe('the per-shop correction (class offsets over the shared model)', () => {
  it('should stay the shared model without history', () => {
    expect(fitShopOffsets([])).toEqual([0, 0, 0]);
    expect(applyOffsets([0.2, 0.3, 0.5], [0, 0, 0]).map((p) => Math.round(p * 1000) / 1000)).toEqual([0.2, 0.3, 0.5]);
  });

  it("should learn a shop's neutral 3★ comments that the shared model reads as positive", () => {
    // The shared model leans positive on this shop's 3★ comments; its 4–5★ and 1–2★ comments it gets right.
    const history: RatedExample[] = [
      ...Array.from({ length: 60 }, () => ({ probabilities: [0.1, 0.35, 0.55], gold: 1 })),
      ...Array.from({ length: 60 }, () => ({ probabilities: [0.05, 0.15, 0.8], gold: 2 })),
      ...Array.from({ length: 60 }, () => ({ probabilities: [0.8, 0.15, 0.05], gold: 0 })),
    ];
    const offsets = fitShopOffsets(history);
    expect(offsets[1]).toBeGreaterThan(0);
    expect(argmax(applyOffsets([0.1, 0.35, 0.55], offsets))).toBe(1);
    expect(argmax(applyOffsets([0.05, 0.15, 0.8], offsets))).toBe(2);
    expect(argmax(applyOffsets([0.8, 0.15, 0.05], offsets))).toBe(0);
  });

  it('should move less on a short history than on a long one with the same labels (the prior holds it near the shared model)', () => {
    const one = { probabilities: [0.1, 0.35, 0.55], gold: 1 };
    const short = fitShopOffsets(Array.from({ length: 5 }, () => one));
    const long = fitShopOffsets(Array.from({ length: 500 }, () => one));
    expect(Math.abs(short[1]! - short[2]!)).toBeLessThan(Math.abs(long[1]! - long[2]!));
  });

  it('should map stars to classes: 1–2 negative, 3 neutral, 4–5 positive', () => {
    expect([1, 2, 3, 4, 5].map(classOfRating)).toEqual([0, 0, 1, 2, 2]);
  });
});

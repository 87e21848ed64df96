import { describe, expect, it } from 'vitest';
import { npsGroup, npsScore } from '../../../worker/src/domain/nps.ts';

describe('NPS', () => {
  it('should group 9–10 as promoters, 7–8 as passives and 0–6 as detractors', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsGroup)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
  });

  it('should score promoters% minus detractors%', () => {
    expect(npsScore(6, 3, 1)).toBe(50);
    expect(npsScore(0, 0, 4)).toBe(-100);
    expect(npsScore(1, 1, 1)).toBe(0);
    expect(npsScore(2, 0, 1)).toBe(33.3);
  });

  it('should have no score without answers', () => {
    expect(npsScore(0, 0, 0)).toBeNull();
  });
});

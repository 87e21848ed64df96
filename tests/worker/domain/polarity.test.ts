import { describe, expect, it } from 'vitest';
import { answerPolarity } from '../../../worker/src/domain/polarity.ts';

describe('answerPolarity (the emotional bank account)', () => {
  it('should let the comment\'s sentiment speak first', () => {
    expect(answerPolarity({ sentiment: 'negative', rating: 5, nps: 10 })).toBe(-1);
    expect(answerPolarity({ sentiment: 'positive', rating: 1 })).toBe(1);
  });

  it('should fall back to the rating: 4–5 deposit, 3 neutral, 1–2 withdraw', () => {
    expect([1, 2, 3, 4, 5].map((rating) => answerPolarity({ rating, nps: 10 }))).toEqual([-1, -1, 0, 1, 1]);
  });

  it('should fall back to NPS last', () => {
    expect([0, 6, 7, 8, 9, 10].map((nps) => answerPolarity({ nps }))).toEqual([-1, -1, 0, 0, 1, 1]);
    expect(answerPolarity({})).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { answerPolarity, scorePolarity } from '../../../worker/src/domain/polarity.ts';

describe('answerPolarity (the emotional bank account)', () => {
  it("should let the shopper's own stars speak first, whatever the comment says", () => {
    expect(answerPolarity({ sentiment: 'negative', rating: 5, nps: 10 })).toBe(1);
    expect(answerPolarity({ sentiment: 'positive', rating: 1 })).toBe(-1);
    expect(answerPolarity({ sentiment: 'negative', rating: 3 })).toBe(0);
  });

  it('should take the rating: 4–5 deposit, 3 neutral, 1–2 withdraw (before NPS)', () => {
    expect([1, 2, 3, 4, 5].map((rating) => answerPolarity({ rating, nps: 10 }))).toEqual([-1, -1, 0, 1, 1]);
  });

  it('should take NPS when there are no stars, before the comment', () => {
    expect([0, 6, 7, 8, 9, 10].map((nps) => answerPolarity({ nps }))).toEqual([-1, -1, 0, 0, 1, 1]);
    expect(answerPolarity({ nps: 10, sentiment: 'negative' })).toBe(1);
  });

  it('should let the comment decide only when there is no score', () => {
    expect(answerPolarity({ sentiment: 'negative' })).toBe(-1);
    expect(answerPolarity({ sentiment: 'positive', rating: null, nps: null })).toBe(1);
    expect(answerPolarity({ sentiment: 'neutral' })).toBe(0);
    expect(answerPolarity({})).toBe(0);
  });

  it('should say there is no score when there are neither stars nor NPS', () => {
    expect(scorePolarity({})).toBeNull();
    expect(scorePolarity({ rating: null, nps: null })).toBeNull();
    expect(scorePolarity({ nps: 0 })).toBe(-1);
  });
});

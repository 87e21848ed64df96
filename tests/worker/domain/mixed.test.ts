import { describe, expect, it } from 'vitest';
import { ResponseInputSchema, type ResponseInput } from '../../../shared/schemas.ts';
import { prepareAnswer } from '../../../worker/src/domain/answer.ts';
import { attentionReasons } from '../../../worker/src/domain/attention.ts';
import { CONFIDENT_COMMENT_SCORE, isMixedAnswer } from '../../../worker/src/domain/mixed.ts';

const shop = { id: 'shop', defaultLocale: 'en' };
const prepare = (answer: Partial<ResponseInput>) =>
  prepareAnswer(
    ResponseInputSchema.parse({ clientId: crypto.randomUUID(), kind: 'experience', ...answer }),
    shop,
    'id',
    new Date('2026-12-03T10:00:00Z'),
  );

describe("a comment never overrules the shopper's score", () => {
  it('should keep a 5★ "Keeps coffee hot for ages." positive, not mixed, and out of the attention queue', () => {
    const { answer, attention } = prepare({ rating: 5, comment: 'Keeps coffee hot for ages.' });
    expect(answer.polarity).toBe(1);
    expect(answer.mixed).toBe(false);
    expect(attention).toEqual([]);
  });

  it('should keep a 2★ / NPS 3 "site search useless … but prices great" negative, whatever the comment reads as', () => {
    const { answer, attention } = prepare({
      rating: 2,
      nps: 3,
      comment: 'The site search is useless and checkout kept rejecting my card, but the prices are great.',
    });
    expect(answer.polarity).toBe(-1);
    expect(attention).toEqual(expect.arrayContaining(['low_rating', 'detractor']));
  });

  it('should count a 5★ answer with a confident complaint as mixed and send the complaint to the queue through its theme', () => {
    const { answer, attention } = prepare({
      rating: 5,
      comment: 'Great mug, but support never answered my email and the refund never came.',
    });
    expect(answer.polarity).toBe(1);
    expect(answer.mixed).toBe(true);
    expect(attention).toEqual(['negative_theme']);
    expect(answer.themes).toContainEqual({ theme: 'service', label: 'negative' });
  });

  it('should still let a negative comment open an item when the answer has no score', () => {
    const { answer, attention } = prepare({ comment: 'The delivery was late and the courier was rude.' });
    expect(answer.polarity).toBe(-1);
    expect(answer.mixed).toBe(false);
    expect(attention).toEqual(['negative_comment']);
  });
});

describe('the confidence threshold', () => {
  const complaint = (score: number) => ({ label: 'negative' as const, score });
  const themes = [{ theme: 'delivery' as const, label: 'negative' as const }];

  it('should open nothing for a negative comment on a good score below the threshold', () => {
    expect(attentionReasons({ rating: 5, sentiment: complaint(-CONFIDENT_COMMENT_SCORE + 0.01), themes })).toEqual([]);
    expect(isMixedAnswer({ rating: 5, sentiment: complaint(-CONFIDENT_COMMENT_SCORE + 0.01) })).toBe(false);
  });

  it('should open `negative_theme` at the threshold, and only when the comment names what it complains about', () => {
    expect(attentionReasons({ rating: 5, sentiment: complaint(-CONFIDENT_COMMENT_SCORE), themes })).toEqual(['negative_theme']);
    expect(attentionReasons({ rating: 5, sentiment: complaint(-1), themes: [] })).toEqual([]);
    expect(isMixedAnswer({ rating: 5, sentiment: complaint(-CONFIDENT_COMMENT_SCORE) })).toBe(true);
  });

  it('should call a confidently positive comment on a 1★ answer mixed too, and a 3★ answer never', () => {
    expect(isMixedAnswer({ rating: 1, sentiment: { label: 'positive', score: 0.9 } })).toBe(true);
    expect(isMixedAnswer({ rating: 3, sentiment: complaint(-1) })).toBe(false);
    expect(isMixedAnswer({ sentiment: complaint(-1) })).toBe(false);
  });
});

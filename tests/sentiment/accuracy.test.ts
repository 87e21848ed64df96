import { describe, expect, it } from 'vitest';
import { analyze } from '../../worker/src/sentiment/index.ts';
import { loadShopFixture, shopSentimentScores } from '../../scripts/sentiment/shop-eval.ts';

describe('shipped artifact on our held-out shop comments', () => {
  for (const language of ['en', 'pl', 'cs'] as const) {
    it(`should reach macro-F1 ≥ 0.75 on the ${language} shop comments`, () => {
      const comments = loadShopFixture(language);
      expect(comments.length).toBeGreaterThanOrEqual(100);
      const scores = shopSentimentScores(comments, (text) => analyze(text, { locale: language }));
      expect(scores.macroF1).toBeGreaterThanOrEqual(0.75);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { analyze } from '../../worker/src/sentiment/index.ts';
import { loadShopFixture, SHOP_SETS, shopSentimentScores, type ShopSet } from '../../scripts/sentiment/shop-eval.ts';

// Floors a little under the shipped (default, commercial-only) artifact's figures (see worker/src/sentiment/evaluation.md):
// a retrained model that scores below them on shop comments has got worse where it matters. English sets A and B are at
// 0.78: the default English model no longer learns from the airline tweets and review sentences the earlier floors were
// reached with, and these sets label "praise, but complaint" by the clause after "but", where issue #13 wants such a
// comment read as mixed (neutral unless it clearly leans one way). Czech set A is at 0.80: the default Czech model no longer
// learns from the generated phrase-bank comments (experiments.md row 59: real product reviews read better without them), and
// that phrase bank was written while set A's errors were read, so set A lost most (0.885 → 0.825) while set B, written
// independently, gained (0.864 → 0.875).
const FLOORS: Record<ShopSet, Record<'en' | 'pl' | 'cs', number>> = {
  'shop-comments': { en: 0.78, pl: 0.85, cs: 0.8 },
  'shop-dev': { en: 0.78, pl: 0.8, cs: 0.8 },
  // the target for shop comments the engine was never tuned on
  'shop-holdout': { en: 0.75, pl: 0.75, cs: 0.75 },
};

describe('shipped artifact on our held-out shop comments', () => {
  for (const set of SHOP_SETS) {
    for (const language of ['en', 'pl', 'cs'] as const) {
      it(`should reach macro-F1 ≥ ${FLOORS[set][language]} on the ${language} comments of ${set}`, () => {
        const comments = loadShopFixture(language, set);
        expect(comments.length).toBeGreaterThanOrEqual(100);
        const scores = shopSentimentScores(comments, (text) => analyze(text, { locale: language }));
        expect(scores.macroF1).toBeGreaterThanOrEqual(FLOORS[set][language]);
      });
    }
  }
});

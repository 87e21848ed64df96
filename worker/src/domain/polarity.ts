import type { SentimentLabel } from '../../../shared/schemas.ts';
import { npsGroup } from './nps.ts';

export type Polarity = -1 | 0 | 1;

const FROM_LABEL: Record<SentimentLabel, Polarity> = { negative: -1, neutral: 0, positive: 1 };

/** The polarity of the shopper's own score: the stars (4–5 +1, 3 0, 1–2 −1), else NPS; null without a score. */
export function scorePolarity(answer: { rating?: number | null; nps?: number | null }): Polarity | null {
  if (answer.rating != null) return answer.rating >= 4 ? 1 : answer.rating === 3 ? 0 : -1;
  if (answer.nps != null) return ({ promoter: 1, passive: 0, detractor: -1 } as const)[npsGroup(answer.nps)];
  return null;
}

/**
 * What one answer pays into (+1) or draws from (−1) the shop's emotional bank account.
 * The shopper's own score comes first: the stars (4–5 positive, 3 neutral, 1–2 negative), else NPS (promoter,
 * passive, detractor); the comment's sentiment decides only when the answer has no score. A comment that
 * disagrees with the score never overrules it (it can make the answer *mixed*: see domain/mixed.ts).
 */
export function answerPolarity(answer: {
  sentiment?: SentimentLabel | null;
  rating?: number | null;
  nps?: number | null;
}): Polarity {
  const fromScore = scorePolarity(answer);
  if (fromScore !== null) return fromScore;
  if (answer.sentiment) return FROM_LABEL[answer.sentiment];
  return 0;
}

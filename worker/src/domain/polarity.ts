import type { SentimentLabel } from '../../../shared/schemas.ts';
import { npsGroup } from './nps.ts';

export type Polarity = -1 | 0 | 1;

const FROM_LABEL: Record<SentimentLabel, Polarity> = { negative: -1, neutral: 0, positive: 1 };

/**
 * What one answer pays into (+1) or draws from (−1) the shop's emotional bank account.
 * The shopper's own words speak loudest: the comment's sentiment when there is a comment,
 * else the star rating (4–5 positive, 3 neutral, 1–2 negative), else NPS (promoter, passive, detractor).
 */
export function answerPolarity(answer: { sentiment?: SentimentLabel | null; rating?: number | null; nps?: number | null }): Polarity {
  if (answer.sentiment) return FROM_LABEL[answer.sentiment];
  if (answer.rating != null) return answer.rating >= 4 ? 1 : answer.rating === 3 ? 0 : -1;
  if (answer.nps != null) return ({ promoter: 1, passive: 0, detractor: -1 } as const)[npsGroup(answer.nps)];
  return 0;
}

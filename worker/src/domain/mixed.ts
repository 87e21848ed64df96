// A comment confidently against the shopper's own score ("5★ — support never answered"): the score keeps the
// answer's polarity, the answer is counted as *mixed*, and a confident complaint reaches the attention queue
// through its negative theme (domain/attention.ts).
import { negativeThemes, type ThemeMentions } from '../../../shared/complaints.ts';
import type { SentimentLabel } from '../../../shared/schemas.ts';
import { scorePolarity } from './polarity.ts';

/**
 * How far the comment's score (p(positive) − p(negative), −1…1) must lean against the answer's score before the
 * comment counts as confidently against it. Chosen on the dev split of real star-rated reviews so that at most 5 % of
 * 4–5★ reviews open an attention item: the smallest value from 0.5 up with ≤ 4 % on dev in every language (a margin
 * for unseen reviews); reproduce with `node scripts/sentiment/mixed-threshold.ts`. migrations/0009 applied the same
 * value to stored answers.
 */
export const CONFIDENT_COMMENT_SCORE = 0.5;

export interface CommentSignals {
  sentiment?: { label: SentimentLabel; score: number } | null;
  rating?: number | null;
  nps?: number | null;
}

/**
 * The comment is confidently negative: its score at or below −threshold and not labelled positive. (A comment that
 * praises too can be labelled neutral as *mixed* (sentiment/engine.ts) and still carry a confident complaint.)
 */
export function confidentlyNegative(sentiment: CommentSignals['sentiment'], threshold = CONFIDENT_COMMENT_SCORE): boolean {
  return !!sentiment && sentiment.label !== 'positive' && sentiment.score <= -threshold;
}

function confidentlyPositive(sentiment: CommentSignals['sentiment']): boolean {
  return !!sentiment && sentiment.label !== 'negative' && sentiment.score >= CONFIDENT_COMMENT_SCORE;
}

/** A scored answer whose comment confidently says the opposite of its score (positive score, negative comment or the reverse). */
export function isMixedAnswer(answer: CommentSignals): boolean {
  const fromScore = scorePolarity(answer);
  if (fromScore === 1) return confidentlyNegative(answer.sentiment);
  if (fromScore === -1) return confidentlyPositive(answer.sentiment);
  return false;
}

/**
 * A confidently negative comment that names what it complains about (shared/complaints.ts, the predicate the
 * dashboard's attention cards use too): on a scored answer, the `negative_theme` reason.
 */
export function confidentComplaint(
  sentiment: CommentSignals['sentiment'],
  themes: ThemeMentions,
  threshold = CONFIDENT_COMMENT_SCORE,
): boolean {
  return confidentlyNegative(sentiment, threshold) && negativeThemes(themes).length > 0;
}

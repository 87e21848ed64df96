import type { AttentionReason } from '../../../shared/owner-api.ts';
import type { SentimentLabel, Theme } from '../../../shared/schemas.ts';
import { confidentComplaint, type CommentSignals } from './mixed.ts';
import { npsGroup } from './nps.ts';
import { scorePolarity } from './polarity.ts';

/**
 * Why an answer needs the owner's attention now:
 * - `low_rating` (1–2 stars) and `detractor` (NPS 0–6): the shopper's own score;
 * - `negative_comment`: a negative comment on an answer without a score (the comment is the whole verdict);
 * - `negative_theme`: on an answer with a score, a comment that is *confidently* negative (see domain/mixed.ts) and
 *   names a theme it complains about. A misread comment on a 4–5★ answer stays below the threshold and opens nothing.
 */
export function attentionReasons(
  answer: CommentSignals & { themes?: readonly { theme: Theme; label: SentimentLabel }[] | null },
): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  const hasScore = scorePolarity(answer) !== null;
  if (!hasScore && answer.sentiment?.label === 'negative') reasons.push('negative_comment');
  if (hasScore && confidentComplaint(answer.sentiment, answer.themes)) reasons.push('negative_theme');
  if (answer.rating != null && answer.rating <= 2) reasons.push('low_rating');
  if (answer.nps != null && npsGroup(answer.nps) === 'detractor') reasons.push('detractor');
  return reasons;
}

import type { AttentionReason } from '../../../shared/owner-api.ts';
import type { SentimentLabel } from '../../../shared/schemas.ts';
import { npsGroup } from './nps.ts';

/** Why an answer needs the owner's attention now: a negative comment, a rating of 1–2, or an NPS detractor. */
export function attentionReasons(answer: { sentiment?: SentimentLabel | null; rating?: number | null; nps?: number | null }): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  if (answer.sentiment === 'negative') reasons.push('negative_comment');
  if (answer.rating != null && answer.rating <= 2) reasons.push('low_rating');
  if (answer.nps != null && npsGroup(answer.nps) === 'detractor') reasons.push('detractor');
  return reasons;
}

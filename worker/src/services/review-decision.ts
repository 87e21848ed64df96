import type { Decision } from '../../../shared/reviews.ts';
import { answerSignals, findAttention, openAttentionStatements, withdrawAttentionStatements } from '../db/attention.ts';
import { decideReview } from '../db/reviews.ts';
import { attentionReasons } from '../domain/attention.ts';
import { NOT_A_COMPLAINT } from '../domain/moderation.ts';

/**
 * The owner's moderation decision, and what it means for the attention queue, in one batch:
 * - approving a review that opened no item (held as spam when it came in) opens the item its scores and comment call
 *   for, dated when the review came in;
 * - rejecting a review as spam or off topic takes its item out of the queue while nobody has replied to it.
 * False when the shop has no such review.
 */
export async function decideReviewAndQueue(
  db: D1Database,
  shopId: string,
  id: string,
  decision: Decision,
  now: string,
): Promise<boolean> {
  const item = await findAttention(db, shopId, id);
  const extra: D1PreparedStatement[] = [];
  if (decision.decision === 'approve' && !item) {
    const signals = await answerSignals(db, shopId, id);
    const reasons = signals ? attentionReasons(signals) : [];
    if (reasons.length) extra.push(...openAttentionStatements(db, id, reasons));
  }
  if (
    decision.decision === 'reject' &&
    NOT_A_COMPLAINT.includes(decision.reason) &&
    item?.status === 'open' &&
    item.replies.length === 0
  )
    extra.push(...withdrawAttentionStatements(db, id));
  return decideReview(db, shopId, id, decision, now, extra);
}

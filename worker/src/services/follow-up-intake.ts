import type { FollowUpSummary } from '../../../shared/close-loop.ts';
import type { AttentionFollowedUpPayload, AttentionItem } from '../../../shared/owner-api.ts';
import type { ValidResponse } from '../../../shared/schemas.ts';
import { findAttention } from '../db/attention.ts';
import { followUpStatements, isFollowUpToken } from '../db/replies.ts';
import type { Outgoing } from '../db/responses.ts';
import type { Shop } from '../db/shops.ts';
import type { StoredAnswer } from '../domain/answer.ts';
import { resolutionOf } from '../domain/follow-up.ts';
import { languageOf } from '../../../shared/language.ts';
import { followedUpText } from '../domain/webhooks.ts';
import { ApiError } from '../errors.ts';

/**
 * A follow-up ("Did we make it right?") to a complaint the shop replied to: checks its token, files it under
 * the complaint's customer, order and touchpoint, and returns the statements that resolve the item (recovered or
 * not) and queue `attention.followed_up` — for the answer's own batch. Null for any other answer.
 */
export async function followUpIntake(
  db: D1Database,
  shop: Shop,
  answer: StoredAnswer,
  input: ValidResponse,
): Promise<{ statements: D1PreparedStatement[]; deliveries: Outgoing[] } | null> {
  if (answer.kind !== 'follow_up' || !input.followUpOf || !input.followUpToken || !input.solved || input.rating === undefined)
    return null;
  const complaint = await findAttention(db, shop.id, input.followUpOf);
  if (!complaint)
    throw new ApiError(404, 'attention_item_not_found', `This shop has no complaint "${input.followUpOf}" to follow up.`);
  if (!(await isFollowUpToken(db, shop.id, complaint.id, input.followUpToken))) {
    throw new ApiError(403, 'follow_up_token_invalid', 'This follow-up token did not come with a reply to that complaint.');
  }
  // The follow-up belongs to the same customer and order, at the same touchpoint: erasing them erases it too.
  answer.touchpoint = complaint.touchpoint;
  answer.customerRef ??= complaint.customerRef ?? undefined;
  answer.orderId ??= complaint.orderId ?? undefined;
  answer.locale ??= complaint.locale ?? undefined;
  answer.lang ||= languageOf(answer.locale);

  const resolution = resolutionOf(input.solved, input.rating);
  const followUp: FollowUpSummary = {
    id: answer.id,
    createdAt: answer.createdAt,
    solved: input.solved,
    rating: input.rating,
    nps: input.nps ?? null,
    comment: answer.comment ?? null,
  };
  const item: AttentionItem = {
    ...complaint,
    status: 'resolved',
    resolution,
    resolvedAt: complaint.resolvedAt ?? answer.createdAt,
    followUp,
  };
  const payload: AttentionFollowedUpPayload = {
    type: 'attention.followed_up',
    text: followedUpText(shop.name, item, followUp),
    shopId: shop.id,
    item,
    followUp,
  };
  const body = JSON.stringify(payload);
  const deliveries = shop.webhooks.map((url) => ({ id: crypto.randomUUID(), url, payload: body }));
  const statements = followUpStatements(
    db,
    { id: answer.id, shopId: shop.id, attentionId: complaint.id, createdAt: answer.createdAt },
    resolution,
    deliveries,
  );
  return { statements, deliveries };
}

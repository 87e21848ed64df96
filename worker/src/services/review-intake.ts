import type { HoldReason } from '../../../shared/reviews.ts';
import { reviewsFromSourceSince, sameReviewTextSince, type NewReview } from '../db/reviews.ts';
import type { Shop } from '../db/shops.ts';
import type { StoredAnswer } from '../domain/answer.ts';
import { contentHoldReasons } from '../domain/moderation.ts';
import { orderTokenStatus } from './order-token-status.ts';

export { orderTokenUsed } from './order-token-status.ts';

const DUPLICATE_WINDOW_MS = 30 * 86_400_000;
const BURST_WINDOW_MS = 10 * 60_000;
/** A third review from one source within the window is held. */
const BURST_EARLIER_REVIEWS = 2;

/**
 * Decides how a review enters the shop: verified or not (a signed order token), and published or held for the
 * owner (links or profanity in the author name, title or text, duplicate text, a burst from one source, unverified when the shop requires it).
 * The rating never decides. Refuses a forged, expired or reused token with a clear error.
 */
export async function reviewIntake(
  db: D1Database,
  shop: Shop,
  answer: StoredAnswer,
  extra: {
    orderToken?: string | undefined;
    verifiedOrderId?: string | undefined;
    title?: string | undefined;
    authorName?: string | undefined;
    productName?: string | undefined;
  },
  sourceHash: string,
  now: Date,
): Promise<NewReview | null> {
  if (answer.kind !== 'review' || !answer.productId || answer.rating === undefined) return null;

  // The hosted page's signed link is the proof of purchase itself (`verifiedOrderId`).
  let orderId: string | null = extra.verifiedOrderId ?? null;
  let spent: string[] = [];
  if (!orderId && extra.orderToken) {
    const status = await orderTokenStatus(db, shop, extra.orderToken, answer.productId, now);
    if (!status.ok) throw status.error;
    spent = status.spent;
    orderId = status.orderId;
  }

  const holdReasons: HoldReason[] = contentHoldReasons(extra.authorName, extra.title, answer.comment);
  const since = (ms: number) => new Date(now.getTime() - ms).toISOString();
  if (answer.comment && (await sameReviewTextSince(db, shop.id, answer.comment, since(DUPLICATE_WINDOW_MS))))
    holdReasons.push('duplicate');
  // A verified review spends a signed, single-use order token, so it is never a burst; earlier reviews verified with
  // the same order are one buyer's products and do not count towards an unverified one's burst either (finding 16).
  if (
    !orderId &&
    (await reviewsFromSourceSince(db, shop.id, sourceHash, since(BURST_WINDOW_MS), orderId)) >= BURST_EARLIER_REVIEWS
  )
    holdReasons.push('burst');
  if (!orderId && shop.requireVerifiedReviews) holdReasons.push('unverified');

  return {
    status: holdReasons.length ? 'held' : 'published',
    holdReasons,
    verified: orderId !== null,
    orderId,
    title: extra.title ?? null,
    authorName: extra.authorName ?? null,
    productName: extra.productName ?? null,
    sourceHash,
    spentTokenHashes: spent,
  };
}

import { isOrderTokenSpent, spentTokenHashes } from '../db/reviews.ts';
import type { Shop } from '../db/shops.ts';
import { orderTokenSecrets, verifyOrderTokenWithAny } from '../domain/order-token.ts';
import { ApiError } from '../errors.ts';

export type OrderTokenStatus =
  | { ok: true; orderId: string /** What posting the review spends (see `spentTokenHashes`). */; spent: string[] }
  | { ok: false /** What posting a review with this token is refused with. */; error: ApiError };

/** 409: the token was spent, on this product or (a token naming no product) on this order. */
export function orderTokenUsed(): ApiError {
  return new ApiError(409, 'order_token_used', 'This order token was already used to review this product.');
}

/**
 * Whether `token` verifies a review of `productId` now: signed by the shop (current or previous secret), not
 * expired, for this product, and not spent. Used by the review intake and by the form's check when it opens.
 */
export async function orderTokenStatus(
  db: D1Database,
  shop: Shop,
  token: string,
  productId: string,
  now: Date,
): Promise<OrderTokenStatus> {
  const check = await verifyOrderTokenWithAny(orderTokenSecrets(shop, now), token, { shopId: shop.id, productId, now });
  if (!check.ok) return { ok: false, error: new ApiError(400, check.code, check.message) };
  // A token naming products: once per product. A token naming none: once per order (issue #12, findings 11, 12).
  const spent = await spentTokenHashes(shop.id, check.orderId, productId, check.productBound);
  if (await isOrderTokenSpent(db, shop.id, check.orderId, productId, check.productBound, spent))
    return { ok: false, error: orderTokenUsed() };
  return { ok: true, orderId: check.orderId, spent };
}

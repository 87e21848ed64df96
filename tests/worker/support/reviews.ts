import type { Settings } from '../../../shared/owner-api.ts';
import type { ModerationPage, ReviewsPage } from '../../../shared/reviews.ts';
import { call, callWithEnv, createShop, ownerCall, ownerJson, PLAUSIBLE_ELAPSED_MS } from './api.ts';

/** A shop with its settings read once (for the order-token secret), after `settings` were PUT. */
export async function shopWithSecret(settings: Record<string, unknown> = {}) {
  const shop = await createShop();
  const response = await ownerJson(`/v1/shops/${shop.shopId}/settings`, shop.ownerKey, 'PUT', settings);
  return { ...shop, settings: await response.json<Settings>() };
}

/** A random documentation address (198.51.100.0/24), so bursts and votes see distinct shoppers unless a test wants otherwise. */
export const someAddress = () => `198.51.100.${Math.floor(Math.random() * 250)}`;

/** POSTs a review of product `mug` (unless `fields` say otherwise) from `ip`. */
export function postReview(shopId: string, fields: Record<string, unknown>, ip = someAddress()) {
  return callWithEnv({}, `/v1/shops/${shopId}/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip },
    body: JSON.stringify({
      clientId: crypto.randomUUID(),
      kind: 'review',
      productId: 'mug',
      rating: 5,
      comment: `Nice mug ${crypto.randomUUID()}`,
      elapsedMs: PLAUSIBLE_ELAPSED_MS,
      ...fields,
    }),
  });
}

export const publicReviews = async (shopId: string, productId = 'mug', query = '') =>
  (await call(`/v1/shops/${shopId}/products/${encodeURIComponent(productId)}/reviews${query}`)).json<ReviewsPage>();

export const moderationQueue = async (shopId: string, ownerKey: string, status = 'held') =>
  (await ownerCall(`/v1/shops/${shopId}/moderation?status=${status}`, ownerKey)).json<ModerationPage>();

export type ErrorBody = { error: { code: string; message: string; issues?: { path: (string | number)[] }[] } };

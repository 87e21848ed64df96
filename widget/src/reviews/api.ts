// The reviews chunk's calls to the public API, with plain fetch (ky would cost 5 KB gz here).
import type { ReviewSort, ReviewsPage, Voted } from '../../../shared/reviews.ts';
import type { CreatedResponse, ResponseInput } from '../../../shared/schemas.ts';
import type { WidgetOptions } from '../options.ts';

/** What a refused request throws: the API's error code (`order_token_used`, …), or `network` offline. */
export interface ApiError {
  code: string;
}

export type Api = Pick<WidgetOptions, 'apiBase' | 'shopId'>;
export const url = (api: Api, path: string) => `${api.apiBase}/v1/shops/${encodeURIComponent(api.shopId)}${path}`;

async function call<T>(target: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(target, init);
  } catch {
    throw { code: 'network' } satisfies ApiError;
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    // For the shop owner: the API explains a refusal in its body.
    console.error('Opinia:', response.status, body?.error?.code, body?.error?.message);
    throw { code: body?.error?.code ?? '' } satisfies ApiError;
  }
  return (await response.json()) as T;
}

export const post = <T>(target: string, body: unknown) =>
  call<T>(target, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

export interface ListQuery {
  sort: ReviewSort;
  rating?: number | undefined;
  lang?: string | undefined;
  cursor?: string | null | undefined;
  limit?: number;
}

/**
 * A page of published reviews. The list is cacheable (an ETag and max-age=60); we always revalidate (`no-cache`:
 * a small 304 when nothing changed), so a vote, an approval or a reply shows at once, even after a reload.
 */
export function listReviews(api: Api, productId: string, query: ListQuery): Promise<ReviewsPage> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value != null) params.set(key, String(value));
  return call(url(api, `/products/${encodeURIComponent(productId)}/reviews?${params}`), { cache: 'no-cache' });
}

/** schema.org Product markup built by the worker, or null when the product has no published review. */
export const productJsonLd = (api: Api, productId: string) =>
  call<object | null>(url(api, `/products/${encodeURIComponent(productId)}/reviews.jsonld`), { cache: 'no-cache' });

export const voteHelpful = (api: Api, reviewId: string, voterId: string) =>
  post<Voted>(url(api, `/reviews/${encodeURIComponent(reviewId)}/helpful`), { voterId });

export const postReview = (api: Api, input: ResponseInput) => post<CreatedResponse>(url(api, '/responses'), input);

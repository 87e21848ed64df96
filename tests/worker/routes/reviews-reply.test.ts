// The owner's public reply stands under a published review only: a review held or rejected in moderation is shown
// nowhere, so its public reply is refused (409 review_not_published) while the private reply to the shopper still goes.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { ReplyResult } from '../../../shared/owner-api.ts';
import type { OwnerReview } from '../../../shared/reviews.ts';
import { call, createShop, ownerJson } from '../support/api.ts';
import { type ErrorBody, postReview, publicReviews } from '../support/reviews.ts';

async function reviewId(shopId: string, fields: Record<string, unknown>): Promise<string> {
  const response = await postReview(shopId, fields);
  expect(response.status).toBe(201);
  return (await response.json<{ id: string }>()).id;
}

const publicReply = (shopId: string, ownerKey: string, id: string, text = 'We are sorry: a new brush is on its way.') =>
  ownerJson(`/v1/shops/${shopId}/reviews/${id}/reply`, ownerKey, 'POST', { text });

const stored = (id: string) =>
  env.DB.prepare(
    "SELECT r.status, r.reply, (SELECT COUNT(*) FROM moderation_log l WHERE l.review_id = r.id AND l.action = 'replied') AS logged FROM reviews r WHERE r.id = ?",
  )
    .bind(id)
    .first<{ status: string; reply: string | null; logged: number }>();

describe('POST /v1/shops/:shopId/reviews/:id/reply', () => {
  it('should refuse a public reply to a held review with 409 review_not_published, store nothing, and still take the private reply', async () => {
    const { shopId, ownerKey } = await createShop();
    const id = await reviewId(shopId, { rating: 1, comment: 'Shit quality, the bristles fell out in a day.' });
    expect(await stored(id)).toEqual({ status: 'held', reply: null, logged: 0 });

    const refused = await publicReply(shopId, ownerKey, id);
    expect(refused.status).toBe(409);
    expect(refused.headers.get('Content-Type')).toContain('application/json');
    const { error } = await refused.json<ErrorBody>();
    expect(error.code).toBe('review_not_published');
    expect(error.message).toContain('/attention/');
    expect(await stored(id)).toEqual({ status: 'held', reply: null, logged: 0 });

    // The private way to the shopper: the complaint's attention item (same id), never published.
    const privately = await ownerJson(`/v1/shops/${shopId}/attention/${id}/reply`, ownerKey, 'POST', {
      text: 'We are sorry: a new brush is on its way.',
    });
    expect(privately.status).toBe(201);
    expect((await privately.json<ReplyResult>()).item).toMatchObject({ id, status: 'replied' });
    expect(await stored(id)).toEqual({ status: 'held', reply: null, logged: 0 });

    // Approved, it is shown: now the public reply goes under it.
    const approved = await ownerJson(`/v1/shops/${shopId}/reviews/${id}/decision`, ownerKey, 'POST', { decision: 'approve' });
    expect(approved.status).toBe(200);
    const replied = await publicReply(shopId, ownerKey, id);
    expect(replied.status).toBe(200);
    expect(await replied.json<OwnerReview>()).toMatchObject({
      id,
      status: 'published',
      reply: { text: 'We are sorry: a new brush is on its way.' },
    });
    expect((await publicReviews(shopId)).reviews.find((review) => review.id === id)?.reply?.text).toBe(
      'We are sorry: a new brush is on its way.',
    );
    expect(await stored(id)).toMatchObject({ status: 'published', logged: 1 });
  });

  it('should refuse a public reply to a rejected review, and keep 404 for an unknown one', async () => {
    const { shopId, ownerKey } = await createShop();
    const id = await reviewId(shopId, { rating: 4, comment: 'Good mug, keeps the tea hot.' });
    expect((await stored(id))?.status).toBe('published');
    const rejected = await ownerJson(`/v1/shops/${shopId}/reviews/${id}/decision`, ownerKey, 'POST', {
      decision: 'reject',
      reason: 'off_topic',
    });
    expect(rejected.status).toBe(200);

    const refused = await publicReply(shopId, ownerKey, id);
    expect(refused.status).toBe(409);
    expect((await refused.json<ErrorBody>()).error.code).toBe('review_not_published');
    expect(await stored(id)).toEqual({ status: 'rejected', reply: null, logged: 0 });

    const unknown = await publicReply(shopId, ownerKey, 'nope');
    expect(unknown.status).toBe(404);
    expect((await unknown.json<ErrorBody>()).error.code).toBe('review_not_found');
  });

  it('should document the 409 in the OpenAPI document', async () => {
    const document = await (await call('/openapi.json')).json<{ paths: Record<string, Record<string, { responses: object }>> }>();
    const responses = document.paths['/v1/shops/{shopId}/reviews/{id}/reply']!.post!.responses as Record<
      string,
      { description: string }
    >;
    expect(Object.keys(responses)).toEqual(expect.arrayContaining(['200', '404', '409']));
    expect(responses['409']!.description).toContain('review_not_published');
  });
});

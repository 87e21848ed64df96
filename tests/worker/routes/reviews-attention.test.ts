// A product review and the attention queue: a review held as spam (a link, the same text again, a burst) is not a
// customer's complaint until the owner says so — it opens no item and sends no alert; approved, it opens the item its
// scores call for; rejected as spam or off topic, an unanswered item leaves the queue. A review held for strong
// language or without proof of purchase stays a complaint, and its item says it is held and why.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { AttentionItem, AttentionPage } from '../../../shared/owner-api.ts';
import type { ResponseInput, Summary } from '../../../shared/schemas.ts';
import { getSummary, ownerCall, ownerJson, postAnswer } from '../support/api.ts';
import { reply, shopWithWebhook } from '../support/close-loop.ts';
import { someAddress } from '../support/reviews.ts';

async function queue(shopId: string, ownerKey: string, query = ''): Promise<AttentionItem[]> {
  return (await (await ownerCall(`/v1/shops/${shopId}/attention?limit=200${query}`, ownerKey)).json<AttentionPage>()).items;
}

/** The queue's figures in the summary: all answers, and the product reviews alone (the filter slices). */
async function figures(shopId: string, ownerKey: string) {
  const all = await (await getSummary(shopId, ownerKey)).json<Summary>();
  const reviews = await (await getSummary(shopId, ownerKey, '?kind=review&productId=mug')).json<Summary>();
  return {
    open: all.attention.open,
    opened: all.attention.opened,
    complaints: all.recovery.complaints,
    reviewsOpen: reviews.attention.open,
    reviewsOpened: reviews.attention.opened,
  };
}

/** A review of product `mug` from an address of its own (three from one source within minutes would be a burst). */
async function review(shopId: string, fields: Partial<ResponseInput>): Promise<string> {
  const response = await postAnswer(
    shopId,
    { kind: 'review', productId: 'mug', ...fields },
    { 'CF-Connecting-IP': someAddress() },
  );
  expect(response.status).toBe(201);
  return (await response.json<{ id: string }>()).id;
}

const decide = (shopId: string, ownerKey: string, id: string, decision: Record<string, unknown>) =>
  ownerJson(`/v1/shops/${shopId}/reviews/${id}/decision`, ownerKey, 'POST', decision);

const alerts = async (responseId: string) =>
  (await env.DB.prepare('SELECT COUNT(*) AS n FROM webhook_deliveries WHERE response_id = ?')
    .bind(responseId)
    .first<{ n: number }>())!.n;

const NONE = { open: 0, opened: 0, complaints: 0, reviewsOpen: 0, reviewsOpened: 0 };
const ONE = { open: 1, opened: 1, complaints: 1, reviewsOpen: 1, reviewsOpened: 1 };

describe('a review held as spam', () => {
  it('should open no attention item and send no alert, where a published 1★ review does', async () => {
    const { shopId, ownerKey } = await shopWithWebhook('review-spam-held');
    const spam = await review(shopId, { rating: 1, comment: 'Cheap brushes at www.cheap-brushes.example !!!' });
    expect(await queue(shopId, ownerKey)).toEqual([]);
    expect(await figures(shopId, ownerKey)).toEqual(NONE);
    expect(await alerts(spam)).toBe(0);
    const moderation = await (await ownerCall(`/v1/shops/${shopId}/moderation?status=held`, ownerKey)).json<{
      reviews: { id: string; holdReasons: string[] }[];
    }>();
    expect(moderation.reviews).toEqual([expect.objectContaining({ id: spam, holdReasons: ['links'] })]);

    const complaint = await review(shopId, { rating: 1, comment: 'The handle broke off on the first day.' });
    expect((await queue(shopId, ownerKey)).map((item) => item.id)).toEqual([complaint]);
    expect(await figures(shopId, ownerKey)).toEqual(ONE);
    expect(await alerts(complaint)).toBe(1);
  });

  it('should open its item once the owner approves it, dated when it came in and counted as if it had opened then', async () => {
    const { shopId, ownerKey } = await shopWithWebhook('review-spam-approved');
    const id = await review(shopId, { rating: 1, comment: 'Cracked after a week, photos at https://imgur.example/x' });
    expect(await figures(shopId, ownerKey)).toEqual(NONE);
    expect((await decide(shopId, ownerKey, id, { decision: 'approve' })).status).toBe(200);
    const [item] = await queue(shopId, ownerKey);
    expect(item).toMatchObject({
      id,
      status: 'open',
      reasons: expect.arrayContaining(['low_rating']),
      moderation: { status: 'published', holdReasons: ['links'] },
    });
    const stored = await env.DB.prepare('SELECT created_at FROM responses WHERE id = ?').bind(id).first<{ created_at: string }>();
    expect(item!.createdAt).toBe(stored!.created_at);
    expect(await figures(shopId, ownerKey)).toEqual(ONE);
    // Approving again opens nothing twice.
    expect((await decide(shopId, ownerKey, id, { decision: 'approve' })).status).toBe(200);
    expect(await figures(shopId, ownerKey)).toEqual(ONE);
  });

  it('should open nothing on approval when its scores call for nothing (a 5★ review with a link)', async () => {
    const { shopId, ownerKey } = await shopWithWebhook('review-spam-praise');
    const id = await review(shopId, { rating: 5, comment: 'Love it, see my kitchen at www.my-kitchen.example' });
    expect((await decide(shopId, ownerKey, id, { decision: 'approve' })).status).toBe(200);
    expect(await queue(shopId, ownerKey)).toEqual([]);
    expect(await figures(shopId, ownerKey)).toEqual(NONE);
  });
});

describe('a complaint whose review is held for strong language', () => {
  it('should stay in the queue, its item saying it is held and why', async () => {
    const { shopId, ownerKey } = await shopWithWebhook('review-profanity-held');
    const id = await review(shopId, { rating: 1, comment: 'Shit quality, the bristles fell out in a day.' });
    const [item] = await queue(shopId, ownerKey);
    expect(item).toMatchObject({ id, moderation: { status: 'held', holdReasons: ['profanity'] } });
    expect(await figures(shopId, ownerKey)).toEqual(ONE);
  });

  it('should leave the queue when the owner rejects it as spam or off topic, and stay when rejected as offensive', async () => {
    const { shopId, ownerKey } = await shopWithWebhook('review-profanity-rejected');
    const spam = await review(shopId, { rating: 1, comment: 'Shit shop, buy from the other one instead.' });
    const offensive = await review(shopId, { rating: 2, comment: 'Bullshit brush, the head fell off.' });
    expect((await queue(shopId, ownerKey)).map((item) => item.id).sort()).toEqual([spam, offensive].sort());

    expect((await decide(shopId, ownerKey, spam, { decision: 'reject', reason: 'spam' })).status).toBe(200);
    expect((await decide(shopId, ownerKey, offensive, { decision: 'reject', reason: 'offensive' })).status).toBe(200);
    const [left] = await queue(shopId, ownerKey);
    expect(left).toMatchObject({ id: offensive, moderation: { status: 'rejected' } });
    expect(await queue(shopId, ownerKey, '&status=open')).toHaveLength(1);
    expect(await figures(shopId, ownerKey)).toEqual(ONE);

    // Approved after all: back in the queue, counted once.
    expect((await decide(shopId, ownerKey, spam, { decision: 'approve' })).status).toBe(200);
    expect(await figures(shopId, ownerKey)).toEqual({
      ...ONE,
      open: 2,
      opened: 2,
      complaints: 2,
      reviewsOpen: 2,
      reviewsOpened: 2,
    });
  });

  it('should keep an item the owner has replied to, whatever the rejection', async () => {
    const { shopId, ownerKey } = await shopWithWebhook('review-replied-rejected');
    const id = await review(shopId, { rating: 1, comment: 'Shit, it arrived broken.' });
    expect((await reply(shopId, ownerKey, id)).status).toBe(201);
    expect((await decide(shopId, ownerKey, id, { decision: 'reject', reason: 'spam' })).status).toBe(200);
    expect(await queue(shopId, ownerKey)).toEqual([expect.objectContaining({ id, status: 'replied' })]);
  });
});

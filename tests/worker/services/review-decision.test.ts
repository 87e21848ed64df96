// services/review-decision.ts: the owner's decision reads the review's attention item, then writes in one batch. Two
// decisions on the same review at once (a double click, two tabs, a retried request) both read "no item yet"; the
// database keeps one item per answer whatever the timing (attention_items' primary key, every insert of an item
// `ON CONFLICT DO NOTHING`), so both answer 200 and the queue and every rollup count the review's complaint once.
import { describe, expect, it } from 'vitest';
import type { AttentionPage } from '../../../shared/owner-api.ts';
import type { Summary } from '../../../shared/schemas.ts';
import { createShop, getSummary, ownerCall, ownerJson } from '../support/api.ts';
import { expectConsistent } from '../support/consistency.ts';
import { postReview } from '../support/reviews.ts';

const decide = (shopId: string, ownerKey: string, id: string, decision: Record<string, unknown>) =>
  ownerJson(`/v1/shops/${shopId}/reviews/${id}/decision`, ownerKey, 'POST', decision);

async function queueIds(shopId: string, ownerKey: string): Promise<string[]> {
  const response = await ownerCall(`/v1/shops/${shopId}/attention?limit=200`, ownerKey);
  expect(response.status).toBe(200);
  return (await response.json<AttentionPage>()).items.map((item) => item.id);
}

async function attention(shopId: string, ownerKey: string) {
  const response = await getSummary(shopId, ownerKey);
  expect(response.status).toBe(200);
  const summary = await response.json<Summary>();
  return { open: summary.attention.open, openTotal: summary.attention.openTotal, opened: summary.attention.opened };
}

/** A 1★ review with a link: held as spam, so it opens no attention item until the owner approves it. */
async function heldAsSpam(shopId: string): Promise<string> {
  const response = await postReview(shopId, {
    rating: 1,
    comment: `Broke in a week, see https://spam.example/${crypto.randomUUID()}`,
  });
  expect(response.status).toBe(201);
  return (await response.json<{ id: string }>()).id;
}

describe('two decisions on one review at the same time', () => {
  it('should open its attention item once when two approvals race, and answer both', async () => {
    const { shopId, ownerKey } = await createShop();
    const id = await heldAsSpam(shopId);
    expect(await queueIds(shopId, ownerKey)).toEqual([]);

    const answers = await Promise.all([1, 2, 3].map(() => decide(shopId, ownerKey, id, { decision: 'approve' })));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(await queueIds(shopId, ownerKey)).toEqual([id]);
    expect(await attention(shopId, ownerKey)).toEqual({ open: 1, openTotal: 1, opened: 1 });
    await expectConsistent(shopId);
  }, 60_000);

  it('should take an unanswered item out once when two rejections as spam race', async () => {
    const { shopId, ownerKey } = await createShop();
    const id = await heldAsSpam(shopId);
    expect((await decide(shopId, ownerKey, id, { decision: 'approve' })).status).toBe(200);
    expect(await queueIds(shopId, ownerKey)).toEqual([id]);

    const answers = await Promise.all([1, 2, 3].map(() => decide(shopId, ownerKey, id, { decision: 'reject', reason: 'spam' })));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(await queueIds(shopId, ownerKey)).toEqual([]);
    expect(await attention(shopId, ownerKey)).toEqual({ open: 0, openTotal: 0, opened: 0 });
    await expectConsistent(shopId);
  }, 60_000);
});

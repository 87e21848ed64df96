// Issue 14 item 12: product reviews and experience answers side by side. `kind` narrows the summary and the
// export; `byKind` gives both; without `kind` the summary counts every answer, as it always did.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ExportPage } from '../../../shared/owner-api.ts';
import type { Summary } from '../../../shared/schemas.ts';
import { callWithEnv, createShop, getSummary, ownerCall, postAnswer } from '../support/api.ts';
import { expectConsistent } from '../support/consistency.ts';

function review(shopId: string, fields: Record<string, unknown>) {
  return callWithEnv({}, `/v1/shops/${shopId}/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': `198.51.100.${Math.floor(Math.random() * 250)}` },
    body: JSON.stringify({ clientId: crypto.randomUUID(), kind: 'review', productId: 'mug', elapsedMs: 8000, ...fields }),
  });
}

async function summary(shopId: string, ownerKey: string, query = ''): Promise<Summary> {
  const response = await getSummary(shopId, ownerKey, query);
  expect(response.status).toBe(200);
  return response.json();
}

async function seed() {
  const shop = await createShop();
  expect((await postAnswer(shop.shopId, { rating: 5, nps: 10, productId: 'mug' })).status).toBe(201);
  expect((await postAnswer(shop.shopId, { rating: 4, touchpoint: 'delivery' })).status).toBe(201);
  expect((await review(shop.shopId, { rating: 2, title: 'Rozczarowanie', authorName: 'Ola' })).status).toBe(201);
  expect((await review(shop.shopId, { rating: 5, comment: `Lovely mug ${crypto.randomUUID()}` })).status).toBe(201);
  return shop;
}

describe('GET /v1/shops/:shopId/summary — kind', () => {
  it('should count every answer without `kind` and give each kind its own block', async () => {
    const { shopId, ownerKey } = await seed();
    const all = await summary(shopId, ownerKey);
    expect(all.responses).toBe(4);
    expect(all.rating.distribution).toEqual({ '1': 0, '2': 1, '3': 0, '4': 1, '5': 2 });
    expect(all.byKind.experience).toMatchObject({
      responses: 2,
      csat: 100,
      rating: { average: 4.5, count: 2 },
      nps: { score: 100, count: 1 },
    });
    expect(all.byKind.review).toMatchObject({
      responses: 2,
      csat: 50,
      rating: { average: 3.5, count: 2 },
      nps: { score: null, count: 0 },
    });
  });

  it('should narrow every figure to one kind, alone or with other filters', async () => {
    const { shopId, ownerKey } = await seed();
    const reviews = await summary(shopId, ownerKey, '?kind=review');
    expect(reviews.responses).toBe(2);
    expect(reviews.rating.average).toBe(3.5);
    expect(reviews.attention).toMatchObject({ open: 1, opened: 1 });
    expect(reviews.byKind.experience.responses).toBe(2); // the block still shows both
    const experience = await summary(shopId, ownerKey, '?kind=experience');
    expect(experience.responses).toBe(2);
    expect(experience.csat).toBe(100);
    expect(experience.attention).toMatchObject({ open: 0, opened: 0 });
    expect((await summary(shopId, ownerKey, '?kind=experience&productId=mug')).responses).toBe(1);
    expect((await summary(shopId, ownerKey, '?kind=review&productId=mug')).responses).toBe(2);
    expect((await summary(shopId, ownerKey, '?kind=experience&touchpoint=delivery')).rating.average).toBe(4);
    expect((await getSummary(shopId, ownerKey, '?kind=complaint')).status).toBe(400);
    await expectConsistent(shopId);
  });

  it('should export one kind, and give reviews their title, author, verified flag and moderation status in the CSV', async () => {
    const { shopId, ownerKey } = await seed();
    const page = await (await ownerCall(`/v1/shops/${shopId}/responses?kind=review`, ownerKey)).json<ExportPage>();
    expect(page.responses).toHaveLength(2);
    expect(page.responses.map((answer) => answer.review?.title ?? null)).toContain('Rozczarowanie');
    const experience = await (await ownerCall(`/v1/shops/${shopId}/responses?kind=experience`, ownerKey)).json<ExportPage>();
    expect(experience.responses.map((answer) => answer.review)).toEqual([null, null]);

    const text = await (await ownerCall(`/v1/shops/${shopId}/responses.csv`, ownerKey)).text();
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields?.slice(-4)).toEqual(['title', 'author', 'verified', 'moderationStatus']);
    const disappointed = parsed.data.find((row) => row.title === 'Rozczarowanie');
    expect(disappointed).toMatchObject({
      kind: 'review',
      rating: '2',
      author: 'Ola',
      verified: 'false',
      moderationStatus: 'published',
    });
    const answer = parsed.data.find((row) => row.kind === 'experience');
    expect(answer).toMatchObject({ title: '', author: '', verified: '', moderationStatus: '' });
  });
});

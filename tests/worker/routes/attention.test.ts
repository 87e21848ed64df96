import { describe, expect, it } from 'vitest';
import type { AttentionItem, AttentionPage } from '../../../shared/owner-api.ts';
import type { Summary } from '../../../shared/schemas.ts';
import { createShop, getSummary, ownerCall, ownerJson, postAnswer } from '../support/api.ts';

describe('the attention queue', () => {
  it('should open an item for a rating of 1–2, an NPS detractor, a negative comment without a score, a confident complaint, and nothing else', async () => {
    const { shopId, ownerKey } = await createShop();
    await postAnswer(shopId, { rating: 2 });
    await postAnswer(shopId, { nps: 6, comment: 'terrible support' });
    await postAnswer(shopId, { rating: 3, nps: 7 });
    await postAnswer(shopId, { rating: 5, comment: 'great' });
    await postAnswer(shopId, { rating: 5, comment: 'Keeps coffee hot for ages.' });
    await postAnswer(shopId, { comment: 'The delivery was late and the courier was rude.' });
    await postAnswer(shopId, { rating: 5, comment: 'Great mug, but support never answered my email and the refund never came.' });
    const page = await (await ownerCall(`/v1/shops/${shopId}/attention?status=open`, ownerKey)).json<AttentionPage>();
    expect(page.items.map((item) => item.reasons)).toEqual([
      ['negative_theme'],
      ['negative_comment'],
      ['negative_theme', 'detractor'],
      ['low_rating'],
    ]);
    expect(page.items[2]).toMatchObject({ status: 'open', comment: 'terrible support', nps: 6, resolvedAt: null, mixed: false });
    // The owner sees why a 5★ answer is in the queue: it is mixed, and the theme it complains about.
    expect(page.items[0]).toMatchObject({
      rating: 5,
      mixed: true,
      themes: expect.arrayContaining([{ theme: 'service', label: 'negative' }]),
    });
  });

  it('should page newest first with a cursor', async () => {
    const { shopId, ownerKey } = await createShop();
    for (let i = 0; i < 5; i++) await postAnswer(shopId, { rating: 1, comment: `complaint ${i}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page: AttentionPage = await (await ownerCall(`/v1/shops/${shopId}/attention?limit=2${query}`, ownerKey)).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.comment ?? ''));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['complaint 4', 'complaint 3', 'complaint 2', 'complaint 1', 'complaint 0']);
  });

  it('should resolve an item with a note, report the time to resolve, and reopen it', async () => {
    const { shopId, ownerKey } = await createShop();
    await postAnswer(shopId, { rating: 1, comment: 'broken' });
    const [item] = (await (await ownerCall(`/v1/shops/${shopId}/attention`, ownerKey)).json<AttentionPage>()).items;
    const resolved = await ownerJson(`/v1/shops/${shopId}/attention/${item!.id}`, ownerKey, 'POST', {
      status: 'resolved',
      note: 'Called, sent a new one',
    });
    expect(resolved.status).toBe(200);
    expect(await resolved.json<AttentionItem>()).toMatchObject({
      status: 'resolved',
      note: 'Called, sent a new one',
      resolvedAt: expect.any(String),
    });
    expect((await (await ownerCall(`/v1/shops/${shopId}/attention?status=open`, ownerKey)).json<AttentionPage>()).items).toEqual(
      [],
    );
    const summary = await (await getSummary(shopId, ownerKey)).json<Summary>();
    expect(summary.attention).toMatchObject({ open: 0, resolved: 1, medianHoursToResolve: expect.any(Number) });

    const reopened = await (
      await ownerJson(`/v1/shops/${shopId}/attention/${item!.id}`, ownerKey, 'POST', { status: 'open' })
    ).json<AttentionItem>();
    expect(reopened).toMatchObject({ status: 'open', resolvedAt: null, note: 'Called, sent a new one' });
  });

  it("should answer 404 for another shop's item and 400 for a bad status or cursor", async () => {
    const [mine, theirs] = [await createShop(), await createShop()];
    await postAnswer(theirs.shopId, { rating: 1 });
    const [item] = (await (await ownerCall(`/v1/shops/${theirs.shopId}/attention`, theirs.ownerKey)).json<AttentionPage>()).items;
    const foreign = await ownerJson(`/v1/shops/${mine.shopId}/attention/${item!.id}`, mine.ownerKey, 'POST', {
      status: 'resolved',
    });
    expect(foreign.status).toBe(404);
    expect((await foreign.json<{ error: { code: string } }>()).error.code).toBe('attention_item_not_found');
    expect((await ownerJson(`/v1/shops/${mine.shopId}/attention/x`, mine.ownerKey, 'POST', { status: 'done' })).status).toBe(400);
    expect((await ownerCall(`/v1/shops/${mine.shopId}/attention?cursor=nonsense`, mine.ownerKey)).status).toBe(400);
    expect((await ownerCall(`/v1/shops/${mine.shopId}/attention?status=closed`, mine.ownerKey)).status).toBe(400);
  });

  it('should need the owner key', async () => {
    const { shopId } = await createShop();
    expect((await ownerCall(`/v1/shops/${shopId}/attention`, 'opk_wrong')).status).toBe(401);
    expect((await ownerJson(`/v1/shops/${shopId}/attention/abc`, 'opk_wrong', 'POST', { status: 'resolved' })).status).toBe(401);
  });
});

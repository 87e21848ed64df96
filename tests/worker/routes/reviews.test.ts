import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../shared/owner-api.ts';
import type { InvitationAudit, ModerationPage, OwnerReview, ProductReviewStats, ReviewsPage } from '../../../shared/reviews.ts';
import { signOrderToken } from '../../../worker/src/domain/order-token.ts';
import { call, callWithEnv, createShop, ownerCall, ownerJson, postAnswer, postJson } from '../support/api.ts';
import { postReview as review } from '../support/reviews.ts';

type ErrorBody = { error: { code: string; message: string } };
const DAY = 86_400;

async function shopWithSecret(settings: Record<string, unknown> = {}) {
  const shop = await createShop();
  const response = await ownerJson(`/v1/shops/${shop.shopId}/settings`, shop.ownerKey, 'PUT', settings);
  return { ...shop, settings: await response.json<Settings>() };
}

const list = async (shopId: string, query = '', productId = 'mug') =>
  (await call(`/v1/shops/${shopId}/products/${productId}/reviews${query}`)).json<ReviewsPage>();

describe('public reviews', () => {
  it("should publish a clean review and show it with the product's aggregate and the disclosure", async () => {
    const { shopId } = await createShop();
    expect(
      (
        await review(shopId, {
          rating: 4,
          title: 'Solid',
          authorName: 'Ola',
          comment: 'Solid stoneware',
          productName: 'Stoneware mug',
          locale: 'en',
        })
      ).status,
    ).toBe(201);
    expect((await review(shopId, { rating: 1, comment: 'Arrived chipped, sadly', locale: 'en' })).status).toBe(201);
    const page = await list(shopId);
    expect(page).toMatchObject({
      productId: 'mug',
      productName: 'Stoneware mug',
      aggregate: { average: 2.5, count: 2, distribution: { '1': 1, '4': 1 } },
    });
    expect(page.reviews.map((r) => r.rating)).toEqual([1, 4]);
    expect(page.reviews[1]).toMatchObject({
      title: 'Solid',
      authorName: 'Ola',
      body: 'Solid stoneware',
      verified: false,
      reply: null,
      helpful: 0,
    });
    expect(page.disclosure.text).toMatch(/Verified purchase/);
  });

  it("should sort, filter by stars, page, and put the page's language first when sorting by date or helpfulness", async () => {
    const { shopId } = await createShop();
    for (const [rating, locale] of [
      [3, 'pl'],
      [5, 'en'],
      [1, 'cs'],
      [4, 'pl'],
      [2, 'en'],
    ] as const) {
      await review(shopId, { rating, locale, comment: `review ${rating} ${locale}` });
    }
    expect((await list(shopId, '?sort=highest')).reviews.map((r) => r.rating)).toEqual([5, 4, 3, 2, 1]);
    expect((await list(shopId, '?sort=lowest')).reviews.map((r) => r.rating)).toEqual([1, 2, 3, 4, 5]);
    expect((await list(shopId, '?rating=4')).reviews.map((r) => r.body)).toEqual(['review 4 pl']);
    expect((await list(shopId, '?lang=pl&sort=newest')).reviews.map((r) => r.lang)).toEqual(['pl', 'pl', 'en', 'cs', 'en']);
    expect((await list(shopId, '?lang=pl&sort=helpful')).reviews.map((r) => r.lang).slice(0, 2)).toEqual(['pl', 'pl']);
    // The rating sorts are global (issue #14 item 4): the page's language does not restart the order.
    expect((await list(shopId, '?lang=pl&sort=lowest')).reviews.map((r) => r.rating)).toEqual([1, 2, 3, 4, 5]);
    expect((await list(shopId, '?lang=pl&sort=highest')).reviews.map((r) => r.rating)).toEqual([5, 4, 3, 2, 1]);
    const first = await list(shopId, '?limit=2');
    const second = await list(shopId, `?limit=2&cursor=${first.nextCursor}`);
    const third = await list(shopId, `?limit=2&cursor=${second.nextCursor}`);
    expect([...first.reviews, ...second.reviews, ...third.reviews].map((r) => r.rating)).toEqual([2, 4, 1, 5, 3]);
    expect(third.nextCursor).toBeNull();
  });

  it('should answer 304 to a revalidation, serve repeats from the cache, and change the ETag when something visible changes', async () => {
    const { shopId } = await createShop();
    await review(shopId, { rating: 5 });
    const first = await call(`/v1/shops/${shopId}/products/mug/reviews`);
    const etag = first.headers.get('ETag')!;
    expect(first.headers.get('Cache-Control')).toContain('max-age');
    expect(first.headers.get('X-Opinia-Cache')).toBe('miss');
    const revalidated = await call(`/v1/shops/${shopId}/products/mug/reviews`, { headers: { 'If-None-Match': etag } });
    expect(revalidated.status).toBe(304);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the cache write runs after the first response
    expect((await call(`/v1/shops/${shopId}/products/mug/reviews`)).headers.get('X-Opinia-Cache')).toBe('hit');

    await review(shopId, { rating: 2 });
    const changed = await call(`/v1/shops/${shopId}/products/mug/reviews`, { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('ETag')).not.toBe(etag);
    expect((await changed.json<ReviewsPage>()).aggregate.count).toBe(2);
  });

  it('should count one helpful vote per browser and sort by helpfulness', async () => {
    const { shopId } = await createShop();
    await review(shopId, { rating: 5, comment: 'first' });
    await review(shopId, { rating: 4, comment: 'second' });
    const [newest] = (await list(shopId)).reviews;
    const voter = crypto.randomUUID();
    // (one vote per address too: each browser here votes from its own; see reviews-audit.test.ts, finding 10)
    const vote = (voterId: string, ip = '203.0.113.1') =>
      callWithEnv({}, `/v1/shops/${shopId}/reviews/${newest!.id}/helpful`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip },
        body: JSON.stringify({ voterId }),
      });
    expect(await (await vote(voter)).json()).toEqual({ helpful: 1, counted: true });
    expect(await (await vote(voter)).json()).toEqual({ helpful: 1, counted: false });
    expect(await (await vote(crypto.randomUUID(), '203.0.113.2')).json()).toEqual({ helpful: 2, counted: true });
    expect((await list(shopId, '?sort=helpful')).reviews.map((r) => r.body)).toEqual(['second', 'first']);
    expect((await postJson(`/v1/shops/${shopId}/reviews/nope/helpful`, { voterId: voter })).status).toBe(404);
  });

  it("should keep shoppers' text as data: an XSS payload comes back verbatim as JSON text", async () => {
    const { shopId } = await createShop();
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await review(shopId, { title: payload, authorName: payload, comment: `${payload} great` });
    const [stored] = (await list(shopId)).reviews;
    expect(stored).toMatchObject({ title: payload, authorName: payload, body: `${payload} great` });
  });
});

describe('verified purchases', () => {
  it('should mark a review verified with a valid token and refuse the token a second time', async () => {
    const { shopId, settings } = await shopWithSecret();
    const token = await signOrderToken(settings.orderTokenSecret, {
      s: shopId,
      o: 'ZK-77',
      p: 'mug',
      exp: Math.floor(Date.now() / 1000) + DAY,
    });
    const clientId = crypto.randomUUID();
    expect((await review(shopId, { clientId, orderToken: token })).status).toBe(201);
    expect((await list(shopId)).reviews[0]).toMatchObject({ verified: true });
    expect((await review(shopId, { clientId, orderToken: token })).status).toBe(200); // the retry of that same review
    const reused = await review(shopId, { orderToken: token });
    expect(reused.status).toBe(409);
    expect((await reused.json<ErrorBody>()).error.code).toBe('order_token_used');
  });

  it("should refuse an expired, a forged, another shop's and another product's token with clear errors", async () => {
    const { shopId, settings } = await shopWithSecret();
    const other = await shopWithSecret();
    const exp = Math.floor(Date.now() / 1000) + DAY;
    const cases: [string, string][] = [
      [
        await signOrderToken(settings.orderTokenSecret, { s: shopId, o: 'A', exp: Math.floor(Date.now() / 1000) - 60 }),
        'order_token_expired',
      ],
      [await signOrderToken('not-the-secret', { s: shopId, o: 'A', exp }), 'order_token_invalid'],
      [await signOrderToken(other.settings.orderTokenSecret, { s: other.shopId, o: 'A', exp }), 'order_token_invalid'],
      [await signOrderToken(settings.orderTokenSecret, { s: shopId, o: 'A', p: 'plate', exp }), 'order_token_wrong_product'],
      ['garbage', 'order_token_invalid'],
    ];
    for (const [token, code] of cases) {
      const response = await review(shopId, { orderToken: token });
      expect(response.status).toBe(400);
      expect((await response.json<ErrorBody>()).error.code).toBe(code);
    }
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM reviews WHERE shop_id = ?').bind(shopId).first()).toEqual({ n: 0 });
  });
});

describe('moderation without cherry-picking', () => {
  it.each([
    ['a link', { comment: 'Cheaper at www.other-shop.com' }, 'links'],
    ['English profanity', { comment: 'This is shit' }, 'profanity'],
    ['inflected Polish profanity without diacritics', { comment: 'Co za kurewski kubek' }, 'profanity'],
    ['Czech profanity', { title: 'Hovno', comment: 'fakt' }, 'profanity'],
  ])('should hold a review with %s', async (_name, fields, reason) => {
    const { shopId, ownerKey } = await createShop();
    expect((await review(shopId, fields)).status).toBe(201);
    expect((await list(shopId)).aggregate.count).toBe(0);
    const held = await (await ownerCall(`/v1/shops/${shopId}/moderation`, ownerKey)).json<ModerationPage>();
    expect(held.reviews[0]).toMatchObject({ status: 'held', holdReasons: expect.arrayContaining([reason]) });
  });

  it('should hold duplicate text and a burst from one source, but publish a low rating', async () => {
    const { shopId, ownerKey } = await createShop();
    await review(shopId, { rating: 1, comment: 'Terrible, cracked on day one' }, '192.0.2.1');
    await review(shopId, { rating: 5, comment: 'Terrible, cracked on day one' }, '192.0.2.2');
    for (let i = 0; i < 3; i++) await review(shopId, { comment: `burst ${i}` }, '192.0.2.9');
    const held = await (await ownerCall(`/v1/shops/${shopId}/moderation`, ownerKey)).json<ModerationPage>();
    expect(held.reviews.map((r) => r.holdReasons)).toEqual([['burst'], ['duplicate']]);
    expect((await list(shopId)).reviews.map((r) => r.rating)).toContain(1);
  });

  it('should hold unverified reviews when the shop requires verification', async () => {
    const { shopId, ownerKey } = await shopWithSecret({ requireVerifiedReviews: true });
    await review(shopId, {});
    const held = await (await ownerCall(`/v1/shops/${shopId}/moderation`, ownerKey)).json<ModerationPage>();
    expect(held.reviews[0]?.holdReasons).toEqual(['unverified']);
    expect((await list(shopId)).disclosure.text).toMatch(/only reviews written with a one-time link/);
  });

  it('should let the owner approve, reject for a fixed reason only, and reply; the log keeps every step with the rating', async () => {
    const { shopId, ownerKey } = await createShop();
    await review(shopId, { rating: 2, comment: 'see www.example.com for photos' });
    await review(shopId, { rating: 5, comment: 'buy at www.spam.example' });
    const [spam, photos] = (await (await ownerCall(`/v1/shops/${shopId}/moderation`, ownerKey)).json<ModerationPage>()).reviews;
    const decide = (id: string, body: unknown) => ownerJson(`/v1/shops/${shopId}/reviews/${id}/decision`, ownerKey, 'POST', body);
    expect((await decide(spam!.id, { decision: 'reject', reason: 'low_rating' })).status).toBe(400);
    expect((await decide(spam!.id, { decision: 'reject' })).status).toBe(400);
    expect(await (await decide(spam!.id, { decision: 'reject', reason: 'spam' })).json<OwnerReview>()).toMatchObject({
      status: 'rejected',
    });
    expect(await (await decide(photos!.id, { decision: 'approve' })).json<OwnerReview>()).toMatchObject({ status: 'published' });
    const replied = await ownerJson(`/v1/shops/${shopId}/reviews/${photos!.id}/reply`, ownerKey, 'POST', {
      text: 'Sorry! A new one is on its way.',
    });
    expect(replied.status).toBe(200);

    const [shown] = (await list(shopId)).reviews;
    expect(shown).toMatchObject({ id: photos!.id, reply: { text: 'Sorry! A new one is on its way.' } });
    const log = await (await ownerCall(`/v1/shops/${shopId}/moderation/log`, ownerKey)).json<{
      entries: { action: string; reason: string | null; rating: number }[];
    }>();
    expect(log.entries.map((entry) => [entry.action, entry.reason, entry.rating])).toEqual([
      ['replied', null, 2],
      ['approved', null, 2],
      ['rejected', 'spam', 5],
      ['held', 'links', 5],
      ['held', 'links', 2],
    ]);
    expect((await decide('nope', { decision: 'approve' })).status).toBe(404);
  });

  it('should list the moderation log newest first by when each step happened, not by when it was written', async () => {
    const { shopId, ownerKey } = await createShop();
    // The demo seed (and an import) writes back-dated steps after newer ones.
    const insert = env.DB.prepare(
      "INSERT INTO moderation_log (shop_id, review_id, action, reason, actor, rating, at) VALUES (?, ?, 'held', 'links', 'worker', 3, ?)",
    );
    await insert.bind(shopId, 'r-new', '2026-12-03T11:00:00.000Z').run();
    await insert.bind(shopId, 'r-old', '2026-11-24T09:00:00.000Z').run();
    await insert.bind(shopId, 'r-mid', '2026-11-30T09:00:00.000Z').run();
    const log = await (await ownerCall(`/v1/shops/${shopId}/moderation/log`, ownerKey)).json<{
      entries: { reviewId: string }[];
    }>();
    expect(log.entries.map((entry) => entry.reviewId)).toEqual(['r-new', 'r-mid', 'r-old']);
  });

  it("should give each log step the start of its review's title, else its text, as the shopper wrote it", async () => {
    const { shopId, ownerKey } = await createShop();
    const long = `Cracked <b>glaze</b> after one wash, see www.example.com ${'and more '.repeat(12)}`;
    await review(shopId, { rating: 1, comment: long });
    await review(shopId, { rating: 2, title: '  Chipped rim ', comment: 'photos at www.example.com' });
    const log = await (await ownerCall(`/v1/shops/${shopId}/moderation/log`, ownerKey)).json<{
      entries: { rating: number; excerpt: string | null }[];
    }>();
    expect(log.entries.map((entry) => [entry.rating, entry.excerpt])).toEqual([
      [2, 'Chipped rim'],
      [1, `${long.slice(0, 80).trimEnd()}…`],
    ]);
  });

  it('should need the owner key for moderation', async () => {
    const { shopId } = await createShop();
    expect((await ownerCall(`/v1/shops/${shopId}/moderation`, 'opk_x')).status).toBe(401);
    expect((await ownerJson(`/v1/shops/${shopId}/reviews/x/decision`, 'opk_x', 'POST', { decision: 'approve' })).status).toBe(
      401,
    );
    expect((await ownerJson(`/v1/shops/${shopId}/reviews/x/reply`, 'opk_x', 'POST', { text: 'hi' })).status).toBe(401);
  });
});

describe('rich results', () => {
  it("should give schema.org Product + AggregateRating + Review with Google's required properties", async () => {
    const { shopId } = await createShop();
    await review(shopId, {
      rating: 5,
      authorName: 'Jan',
      title: 'Great',
      comment: 'Great mug',
      productName: 'Stoneware mug',
      locale: 'pl',
    });
    await review(shopId, { rating: 3, comment: 'OK mug' });
    const response = await call(`/v1/shops/${shopId}/products/mug/reviews.jsonld`);
    expect(response.headers.get('Content-Type')).toContain('application/ld+json');
    const markup = await response.json<Record<string, any>>();
    expect(markup).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Stoneware mug',
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 4, reviewCount: 2 },
    });
    expect(markup.review).toHaveLength(2);
    for (const item of markup.review) {
      expect(item['@type']).toBe('Review');
      expect(item.author).toMatchObject({ '@type': 'Person', name: expect.any(String) });
      expect(item.reviewRating).toMatchObject({ '@type': 'Rating', ratingValue: expect.any(Number) });
    }
  });

  it('should give no markup for a product without published reviews, and warn the owner about thin products', async () => {
    const { shopId, ownerKey } = await createShop();
    expect(await (await call(`/v1/shops/${shopId}/products/none/reviews.jsonld`)).json()).toBeNull();
    await review(shopId, { rating: 5 });
    const stats = await (await ownerCall(`/v1/shops/${shopId}/products`, ownerKey)).json<ProductReviewStats>();
    expect(stats.products[0]).toMatchObject({
      productId: 'mug',
      published: 1,
      richResults: { likely: false, warning: expect.stringContaining('fewer than 3') },
    });
  });
});

describe('no review gating', () => {
  it("should log every invitation with the answer's score, and show equal shares by score", async () => {
    const { shopId, ownerKey } = await createShop();
    for (const rating of [1, 2, 5, 5]) {
      const answer = await (await postAnswer(shopId, { rating, elapsedMs: 5000 })).json<{ id: string }>();
      expect((await postJson(`/v1/shops/${shopId}/invitations`, { responseId: answer.id })).status).toBe(201);
    }
    expect((await postJson(`/v1/shops/${shopId}/invitations`, { responseId: 'unknown' })).status).toBe(404);
    const audit = await (await ownerCall(`/v1/shops/${shopId}/invitations/audit`, ownerKey)).json<InvitationAudit>();
    expect(audit.byRating).toEqual([
      { rating: 1, answers: 1, invited: 1, share: 100 },
      { rating: 2, answers: 1, invited: 1, share: 100 },
      { rating: 5, answers: 2, invited: 2, share: 100 },
    ]);
  });
});

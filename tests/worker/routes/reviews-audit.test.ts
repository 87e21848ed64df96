// Issue #12, the outside audit of public reviews: one `describe` per finding, each test failing before its fix.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { ReviewsPage } from '../../../shared/reviews.ts';
import { signOrderToken } from '../../../worker/src/domain/order-token.ts';
import { call, callWithEnv, createShop, ownerCall, ownerJson, postJson } from '../support/api.ts';
import { moderationQueue, postReview, publicReviews, shopWithSecret, type ErrorBody } from '../support/reviews.ts';

const HOSTILE = '</script><script>alert(1)</script><!-- & \u2028\u2029 >';

describe('finding 1: reviews.jsonld cannot break out of its <script> element', () => {
  it('should escape < > & U+2028 U+2029 in every string, and still parse to the same values', async () => {
    const { shopId } = await createShop();
    const fields = { title: `T ${HOSTILE}`, authorName: `A ${HOSTILE}`, comment: `Body ${HOSTILE}`, productName: `P ${HOSTILE}` };
    expect((await postReview(shopId, fields)).status).toBe(201);
    const response = await call(`/v1/shops/${shopId}/products/mug/reviews.jsonld`);
    const text = await response.text();
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text.toLowerCase()).not.toContain('</script');
    expect(text).toContain('\\u003c/script\\u003e');
    const markup = JSON.parse(text) as { name: string; review: { name: string; reviewBody: string; author: { name: string } }[] };
    expect(markup.name).toBe(fields.productName);
    expect(markup.review[0]).toMatchObject({
      name: fields.title,
      reviewBody: fields.comment,
      author: { name: fields.authorName },
    });
  });
});

describe('finding 7: a review needs a product', () => {
  it('should answer 400 to kind "review" without productId, and store nothing', async () => {
    const { shopId } = await createShop();
    const response = await postReview(shopId, { productId: undefined });
    expect(response.status).toBe(400);
    const body = await response.json<ErrorBody>();
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.issues?.map((issue) => issue.path)).toContainEqual(['productId']);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM responses WHERE shop_id = ?').bind(shopId).first()).toEqual({ n: 0 });
  });
});

describe('finding 8: moderation checks the author name like the title and the text', () => {
  it.each([
    ['a link and profanity', 'shit, visit www.scam.com', ['links', 'profanity']],
    ['a link', 'Best deals at www.scam.com', ['links']],
    ['profanity', 'Kurwa Mać', ['profanity']],
  ])('should hold a review whose author name carries %s', async (_name, authorName, reasons) => {
    const { shopId, ownerKey } = await createShop();
    expect((await postReview(shopId, { authorName, title: 'Fine', comment: 'A fine mug' })).status).toBe(201);
    expect((await publicReviews(shopId)).reviews).toEqual([]);
    expect((await moderationQueue(shopId, ownerKey)).reviews[0]).toMatchObject({
      authorName,
      status: 'held',
      holdReasons: reasons,
    });
  });
});

describe('finding 2: shoppers cannot rename a product; the owner names it', () => {
  const productName = async (shopId: string) => (await publicReviews(shopId)).productName;

  it('should let a published review name an unnamed product, and never let a later review replace the name', async () => {
    const { shopId } = await createShop();
    await postReview(shopId, { productName: 'Stoneware mug' });
    await postReview(shopId, { productName: 'HACKED </script>' });
    expect(await productName(shopId)).toBe('Stoneware mug');
    const markup = await (await call(`/v1/shops/${shopId}/products/mug/reviews.jsonld`)).json<{ name: string }>();
    expect(markup.name).toBe('Stoneware mug');
  });

  it('should not take a name from a held review', async () => {
    const { shopId, ownerKey } = await createShop();
    expect(
      (await postReview(shopId, { productName: 'Visit www.scam.example', comment: 'cheap at www.scam.example' })).status,
    ).toBe(201);
    expect((await moderationQueue(shopId, ownerKey)).reviews).toHaveLength(1);
    expect(await productName(shopId)).toBeNull();
  });

  it('should let the owner name a product with PUT …/products/:productId, which shoppers then cannot replace', async () => {
    const { shopId, ownerKey } = await createShop();
    await postReview(shopId, { productName: 'Shopper name' });
    const before = await call(`/v1/shops/${shopId}/products/mug/reviews`);
    const put = (body: unknown, key = ownerKey, productId = 'mug') =>
      ownerJson(`/v1/shops/${shopId}/products/${productId}`, key, 'PUT', body);

    const named = await put({ name: '  Stoneware mug, 350 ml ' });
    expect(named.status).toBe(200);
    expect(await named.json()).toEqual({ productId: 'mug', productName: 'Stoneware mug, 350 ml' });
    const after = await call(`/v1/shops/${shopId}/products/mug/reviews`, {
      headers: { 'If-None-Match': before.headers.get('ETag')! },
    });
    expect(after.status).toBe(200); // a new name is a visible change: the cached list moves on
    expect((await after.json<ReviewsPage>()).productName).toBe('Stoneware mug, 350 ml');

    await postReview(shopId, { productName: 'Renamed by a shopper' });
    expect(await productName(shopId)).toBe('Stoneware mug, 350 ml');
    expect((await (await call(`/v1/shops/${shopId}/products/mug/reviews.jsonld`)).json<{ name: string }>()).name).toBe(
      'Stoneware mug, 350 ml',
    );

    // A product without reviews yet can be named too; a review's name then leaves it alone.
    expect((await put({ name: 'Teapot' }, ownerKey, 'teapot')).status).toBe(200);
    await postReview(shopId, { productId: 'teapot', productName: 'Kettle' });
    expect((await publicReviews(shopId, 'teapot')).productName).toBe('Teapot');
  });

  it("should refuse a rename without the owner key, with another shop's key, or with a bad name", async () => {
    const { shopId, ownerKey } = await createShop();
    const other = await createShop();
    const path = `/v1/shops/${shopId}/products/mug`;
    expect(
      (await call(path, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'x' }) }))
        .status,
    ).toBe(401);
    expect((await ownerJson(path, 'opk_wrong', 'PUT', { name: 'x' })).status).toBe(401);
    expect((await ownerJson(path, other.ownerKey, 'PUT', { name: 'x' })).status).toBe(403);
    for (const body of [{}, { name: '' }, { name: '   ' }, { name: 'x'.repeat(201) }, { name: 7 }]) {
      const response = await ownerJson(path, ownerKey, 'PUT', body);
      expect(response.status).toBe(400);
      expect((await response.json<ErrorBody>()).error.code).toBe('invalid_request');
    }
    expect(
      (await ownerCall(path, ownerKey, { method: 'PUT', body: 'name=x', headers: { 'Content-Type': 'text/plain' } })).status,
    ).toBe(415);
  });

  it('should document PUT …/products/{productId} in /openapi.json with operationId, tags, the owner key and every status', async () => {
    const doc = await (await call('/openapi.json')).json<{ paths: Record<string, Record<string, any>> }>();
    const operation = doc.paths['/v1/shops/{shopId}/products/{productId}']?.put;
    expect(operation).toMatchObject({ operationId: 'nameProduct', tags: [expect.any(String)], security: [{ ownerKey: [] }] });
    expect(Object.keys(operation.responses).sort()).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '413', '415']),
    );
    expect(operation.requestBody.content['application/json'].schema).toBeDefined();
  });
});

const inADay = () => Math.floor(Date.now() / 1000) + 86_400;

describe('finding 10: one helpful vote per review per shopper, not per random voterId', () => {
  it('should count fresh voterIds from one address once, and votes from other addresses each', async () => {
    const { shopId } = await createShop();
    await postReview(shopId, { comment: 'Worth a vote' });
    const [shown] = (await publicReviews(shopId)).reviews;
    const vote = (ip: string, voterId = crypto.randomUUID()) =>
      callWithEnv({}, `/v1/shops/${shopId}/reviews/${shown!.id}/helpful`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip },
        body: JSON.stringify({ voterId }),
      }).then((response) => response.json());
    expect(await vote('203.0.113.7')).toEqual({ helpful: 1, counted: true });
    for (let i = 0; i < 5; i++) expect(await vote('203.0.113.7')).toEqual({ helpful: 1, counted: false });
    expect(await vote('203.0.113.8')).toEqual({ helpful: 2, counted: true });
    const voter = crypto.randomUUID();
    expect(await vote('203.0.113.9', voter)).toEqual({ helpful: 3, counted: true });
    expect(await vote('203.0.113.10', voter)).toEqual({ helpful: 3, counted: false }); // and still one per browser
    expect((await publicReviews(shopId)).reviews[0]?.helpful).toBe(3);
  });

  it('should erase the per-address vote rows with the review', async () => {
    const { shopId, ownerKey } = await createShop();
    await postReview(shopId, { customerRef: 'cust-erase-votes' });
    const [shown] = (await publicReviews(shopId)).reviews;
    await postJson(`/v1/shops/${shopId}/reviews/${shown!.id}/helpful`, { voterId: crypto.randomUUID() });
    const rows = () =>
      env.DB.prepare('SELECT COUNT(*) AS n FROM review_vote_sources WHERE review_id = ?').bind(shown!.id).first();
    expect(await rows()).toEqual({ n: 1 });
    await ownerCall(`/v1/shops/${shopId}/customers/cust-erase-votes`, ownerKey, { method: 'DELETE' });
    expect(await rows()).toEqual({ n: 0 });
  });
});

describe('finding 11: an order token verifies only the products it names, or one review of its order', () => {
  it('should verify one review per order with a token that names no product', async () => {
    const { shopId, settings } = await shopWithSecret();
    const token = await signOrderToken(settings.orderTokenSecret, { s: shopId, o: 'ZK-ANY', exp: inADay() });
    expect((await postReview(shopId, { productId: 'mug', orderToken: token })).status).toBe(201);
    for (const productId of ['plate', 'bowl', 'teapot', 'mug']) {
      const response = await postReview(shopId, { productId, orderToken: token });
      expect(response.status).toBe(409);
      expect((await response.json<ErrorBody>()).error.code).toBe('order_token_used');
    }
    expect(
      await env.DB.prepare('SELECT COUNT(*) AS n FROM reviews WHERE shop_id = ? AND verified = 1').bind(shopId).first(),
    ).toEqual({ n: 1 });
  });

  it('should verify each product of a `ps` list once, and refuse products outside it', async () => {
    const { shopId, settings } = await shopWithSecret();
    const token = await signOrderToken(settings.orderTokenSecret, {
      s: shopId,
      o: 'ZK-LIST',
      ps: ['mug', 'plate'],
      exp: inADay(),
    });
    expect((await postReview(shopId, { productId: 'mug', orderToken: token })).status).toBe(201);
    expect((await postReview(shopId, { productId: 'plate', orderToken: token })).status).toBe(201);
    expect((await postReview(shopId, { productId: 'mug', orderToken: token })).status).toBe(409);
    const outside = await postReview(shopId, { productId: 'bowl', orderToken: token });
    expect(outside.status).toBe(400);
    expect((await outside.json<ErrorBody>()).error.code).toBe('order_token_wrong_product');
  });
});

describe('finding 12: erasing an order keeps a hash of its spent token', () => {
  it("should refuse the token of an erased order's review, keeping no order id", async () => {
    const { shopId, ownerKey, settings } = await shopWithSecret();
    const orderId = `ZK-ERASED-${crypto.randomUUID()}`;
    const bound = await signOrderToken(settings.orderTokenSecret, { s: shopId, o: orderId, p: 'mug', exp: inADay() });
    const unbound = await signOrderToken(settings.orderTokenSecret, { s: shopId, o: orderId, exp: inADay() });
    expect((await postReview(shopId, { orderId, orderToken: bound })).status).toBe(201);
    expect(await (await ownerCall(`/v1/shops/${shopId}/orders/${orderId}`, ownerKey, { method: 'DELETE' })).json()).toEqual({
      deleted: 1,
    });
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM reviews WHERE shop_id = ?').bind(shopId).first()).toEqual({ n: 0 });

    for (const token of [bound, unbound]) {
      const again = await postReview(shopId, { orderToken: token });
      expect(again.status).toBe(409);
      expect((await again.json<ErrorBody>()).error.code).toBe('order_token_used');
    }
    const kept = await env.DB.prepare('SELECT * FROM spent_order_tokens WHERE shop_id = ?')
      .bind(shopId)
      .all<Record<string, string>>();
    expect(kept.results.length).toBeGreaterThan(0);
    expect(JSON.stringify(kept.results)).not.toContain(orderId);
    expect(await env.DB.prepare('SELECT COUNT(*) AS n FROM used_order_tokens WHERE shop_id = ?').bind(shopId).first()).toEqual({
      n: 0,
    });
  });
});

describe('finding 16: a verified buyer reviewing several products of one order is no burst', () => {
  it('should publish reviews carrying valid tokens of one order from one address, and still hold an unverified burst', async () => {
    const { shopId, ownerKey, settings } = await shopWithSecret();
    const ip = '192.0.2.44';
    const token = await signOrderToken(settings.orderTokenSecret, {
      s: shopId,
      o: 'ZK-FOUR',
      ps: ['mug', 'plate', 'bowl', 'teapot'],
      exp: inADay(),
    });
    for (const productId of ['mug', 'plate', 'bowl', 'teapot']) {
      expect((await postReview(shopId, { productId, orderToken: token }, ip)).status).toBe(201);
    }
    expect((await moderationQueue(shopId, ownerKey)).reviews).toEqual([]);
    // The same address then sends reviews without a token: those are counted as before.
    await postReview(shopId, { productId: 'cup' }, ip);
    expect((await moderationQueue(shopId, ownerKey)).reviews.map((review) => review.holdReasons)).toEqual([['burst']]);
  });
});

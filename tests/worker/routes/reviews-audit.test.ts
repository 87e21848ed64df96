// Issue #12, the outside audit of public reviews: one `describe` per finding, each test failing before its fix.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { ReviewsPage } from '../../../shared/reviews.ts';
import { call, createShop, ownerCall, ownerJson } from '../support/api.ts';
import { moderationQueue, postReview, publicReviews, type ErrorBody } from '../support/reviews.ts';

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
    expect(markup.review[0]).toMatchObject({ name: fields.title, reviewBody: fields.comment, author: { name: fields.authorName } });
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
    expect((await moderationQueue(shopId, ownerKey)).reviews[0]).toMatchObject({ authorName, status: 'held', holdReasons: reasons });
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
    expect((await postReview(shopId, { productName: 'Visit www.scam.example', comment: 'cheap at www.scam.example' })).status).toBe(201);
    expect((await moderationQueue(shopId, ownerKey)).reviews).toHaveLength(1);
    expect(await productName(shopId)).toBeNull();
  });

  it('should let the owner name a product with PUT …/products/:productId, which shoppers then cannot replace', async () => {
    const { shopId, ownerKey } = await createShop();
    await postReview(shopId, { productName: 'Shopper name' });
    const before = await call(`/v1/shops/${shopId}/products/mug/reviews`);
    const put = (body: unknown, key = ownerKey, productId = 'mug') => ownerJson(`/v1/shops/${shopId}/products/${productId}`, key, 'PUT', body);

    const named = await put({ name: '  Stoneware mug, 350 ml ' });
    expect(named.status).toBe(200);
    expect(await named.json()).toEqual({ productId: 'mug', productName: 'Stoneware mug, 350 ml' });
    const after = await call(`/v1/shops/${shopId}/products/mug/reviews`, { headers: { 'If-None-Match': before.headers.get('ETag')! } });
    expect(after.status).toBe(200); // a new name is a visible change: the cached list moves on
    expect((await after.json<ReviewsPage>()).productName).toBe('Stoneware mug, 350 ml');

    await postReview(shopId, { productName: 'Renamed by a shopper' });
    expect(await productName(shopId)).toBe('Stoneware mug, 350 ml');
    expect((await (await call(`/v1/shops/${shopId}/products/mug/reviews.jsonld`)).json<{ name: string }>()).name).toBe('Stoneware mug, 350 ml');

    // A product without reviews yet can be named too; a review's name then leaves it alone.
    expect((await put({ name: 'Teapot' }, ownerKey, 'teapot')).status).toBe(200);
    await postReview(shopId, { productId: 'teapot', productName: 'Kettle' });
    expect((await publicReviews(shopId, 'teapot')).productName).toBe('Teapot');
  });

  it('should refuse a rename without the owner key, with another shop\'s key, or with a bad name', async () => {
    const { shopId, ownerKey } = await createShop();
    const other = await createShop();
    const path = `/v1/shops/${shopId}/products/mug`;
    expect((await call(path, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'x' }) })).status).toBe(401);
    expect((await ownerJson(path, 'opk_wrong', 'PUT', { name: 'x' })).status).toBe(401);
    expect((await ownerJson(path, other.ownerKey, 'PUT', { name: 'x' })).status).toBe(403);
    for (const body of [{}, { name: '' }, { name: '   ' }, { name: 'x'.repeat(201) }, { name: 7 }]) {
      const response = await ownerJson(path, ownerKey, 'PUT', body);
      expect(response.status).toBe(400);
      expect((await response.json<ErrorBody>()).error.code).toBe('invalid_request');
    }
    expect((await ownerCall(path, ownerKey, { method: 'PUT', body: 'name=x', headers: { 'Content-Type': 'text/plain' } })).status).toBe(415);
  });

  it('should document PUT …/products/{productId} in /openapi.json with operationId, tags, the owner key and every status', async () => {
    const doc = await (await call('/openapi.json')).json<{ paths: Record<string, Record<string, any>> }>();
    const operation = doc.paths['/v1/shops/{shopId}/products/{productId}']?.put;
    expect(operation).toMatchObject({ operationId: 'nameProduct', tags: [expect.any(String)], security: [{ ownerKey: [] }] });
    expect(Object.keys(operation.responses).sort()).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '413', '415']));
    expect(operation.requestBody.content['application/json'].schema).toBeDefined();
  });
});

import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  InvitationSchema,
  ProductParamsSchema,
  ReviewParamsSchema,
  ReviewsPageSchema,
  ReviewsQuerySchema,
  VotedSchema,
  VoteSchema,
} from '../../../shared/reviews.ts';
import { jsonForScript } from '../../../shared/json-ld.ts';
import { ShopIdParamsSchema } from '../../../shared/schemas.ts';
import { listPublishedReviews, productReviews, recordInvitation, voteHelpful } from '../db/reviews.ts';
import { disclosureText } from '../domain/disclosure.ts';
import { productJsonLd } from '../domain/jsonld.ts';
import { hashKey } from '../domain/keys.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, validationHook } from '../errors.ts';
import { errorResponses } from './openapi-responses.ts';

const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

const listRoute = createRoute({
  method: 'get',
  path: '/v1/shops/{shopId}/products/{productId}/reviews',
  operationId: 'listProductReviews',
  tags: ['Reviews'],
  summary: 'Published reviews of a product',
  description:
    'Public and cacheable: `ETag` moves with every visible change (a new, approved, voted or answered review), `If-None-Match` answers 304. `X-Opinia-Cache` tells hit, miss or revalidated.',
  request: { params: ProductParamsSchema, query: ReviewsQuerySchema },
  responses: {
    200: { description: 'A page of reviews', content: { 'application/json': { schema: ReviewsPageSchema } } },
    304: { description: 'Not modified since the ETag given' },
    ...errorResponses(400, 403, 404),
  },
});

const jsonLdRoute = createRoute({
  method: 'get',
  path: '/v1/shops/{shopId}/products/{productId}/reviews.jsonld',
  operationId: 'getProductReviewsJsonLd',
  tags: ['Reviews'],
  summary: 'schema.org Product + AggregateRating + Review markup for server-side rendering',
  description:
    'Paste it into a `script` element of type `application/ld+json` on the product page when rendering on the server: `<`, `>`, `&`, U+2028 and U+2029 in every string are escaped as `\\u003c` …, so no review text can close the script. `null` until the product has a published review.',
  request: { params: ProductParamsSchema },
  responses: {
    200: {
      description: 'JSON-LD, or `null` when the product has no published review',
      content: {
        'application/ld+json': {
          schema: { type: ['object', 'null'], description: 'A schema.org Product with AggregateRating and Review.' },
        },
      },
    },
    ...errorResponses(400, 403, 404),
  },
});

const voteRoute = createRoute({
  method: 'post',
  path: '/v1/shops/{shopId}/reviews/{id}/helpful',
  operationId: 'voteReviewHelpful',
  tags: ['Reviews'],
  summary: '"Was this helpful?" — one vote per browser',
  description:
    '`voterId` is a random id the browser keeps. One vote counts per browser and per shopper (a salted hash of the address, never the address): a repeated vote answers 200 with `counted: false` and the unchanged count.',
  request: { params: ReviewParamsSchema, body: { required: true, content: { 'application/json': { schema: VoteSchema } } } },
  responses: {
    200: { description: 'The count after the vote', content: { 'application/json': { schema: VotedSchema } } },
    ...errorResponses(400, 403, 404, 413, 415, 429),
  },
});

const invitationRoute = createRoute({
  method: 'post',
  path: '/v1/shops/{shopId}/invitations',
  operationId: 'logReviewInvitation',
  tags: ['Reviews'],
  summary: 'Log that the invitation to write a public review was offered after an experience answer',
  description:
    'The experience widget offers the invitation to everyone, whatever their score; this log lets an auditor check it.',
  request: {
    params: ShopIdParamsSchema,
    body: { required: true, content: { 'application/json': { schema: InvitationSchema } } },
  },
  responses: { 201: { description: 'Logged' }, ...errorResponses(400, 403, 404, 413, 415, 429) },
});

/** A short, stable fingerprint of text (FNV-1a), for ETags. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

export const reviewsPublicRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(listRoute, async (c) => {
    const shop = c.var.shop;
    const { productId } = c.req.valid('param');
    const query = c.req.valid('query');
    const product = await productReviews(c.env.DB, shop.id, productId);
    const disclosure = disclosureText(shop, query.lang);
    const etag = `W/"${product.version}-${fingerprint(disclosure.text)}"`;
    const headers = { ETag: etag, 'Cache-Control': CACHE_CONTROL };
    if (c.req.header('If-None-Match') === etag) return c.body(null, 304, { ...headers, 'X-Opinia-Cache': 'revalidated' });

    const keyUrl = new URL(c.req.url);
    keyUrl.searchParams.set('_version', etag); // the Cache API ignores fragments; a new version is a new key
    const cacheKey = new Request(keyUrl.toString());
    const cached = await caches.default.match(cacheKey);
    if (cached)
      return new Response(cached.body, {
        status: 200,
        headers: { ...Object.fromEntries(cached.headers), 'X-Opinia-Cache': 'hit' },
      });

    const offset = query.cursor ? Number.parseInt(query.cursor, 36) : 0;
    if (!Number.isSafeInteger(offset) || offset < 0)
      throw new ApiError(400, 'invalid_cursor', 'The cursor is not one this API returned.');
    const rows = await listPublishedReviews(c.env.DB, shop.id, productId, { ...query, offset });
    const page = {
      productId,
      productName: product.productName,
      aggregate: product.aggregate,
      reviews: rows.slice(0, query.limit),
      nextCursor: rows.length > query.limit ? (offset + query.limit).toString(36) : null,
      disclosure,
    };
    const response = c.json(page, 200, { ...headers, 'X-Opinia-Cache': 'miss' });
    c.executionCtx.waitUntil(
      caches.default.put(
        cacheKey,
        new Response(JSON.stringify(page), { headers: { 'Content-Type': 'application/json', ...headers } }),
      ),
    );
    return response;
  })
  .openapi(jsonLdRoute, async (c) => {
    const { productId } = c.req.valid('param');
    const shopId = c.var.shop.id;
    const product = await productReviews(c.env.DB, shopId, productId);
    const reviews = await listPublishedReviews(c.env.DB, shopId, productId, { sort: 'helpful', offset: 0, limit: 10 });
    const markup = productJsonLd({ id: productId, name: product.productName }, product.aggregate, reviews);
    // Escaped for a <script> element: it is made to be pasted into one (issue #12, finding 1).
    return c.body(jsonForScript(markup), 200, {
      'Content-Type': 'application/ld+json; charset=utf-8',
      'Cache-Control': CACHE_CONTROL,
    }) as never;
  })
  .openapi(voteRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { voterId } = c.req.valid('json');
    const result = await voteHelpful(
      c.env.DB,
      c.var.shop.id,
      id,
      await hashKey(`${c.var.shop.id}|${voterId}`),
      c.var.clientHash,
      new Date().toISOString(),
    );
    if (!result) throw new ApiError(404, 'review_not_found', 'This shop has no published review with that id.');
    return c.json(result, 200);
  })
  .openapi(invitationRoute, async (c) => {
    const { responseId } = c.req.valid('json');
    if (!(await recordInvitation(c.env.DB, c.var.shop.id, responseId, new Date().toISOString()))) {
      throw new ApiError(404, 'response_not_found', 'This shop has no experience answer with that id.');
    }
    return c.body(null, 201);
  });

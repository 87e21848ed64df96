import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  DecisionSchema,
  InvitationAuditSchema,
  ModerationLogSchema,
  ModerationPageSchema,
  ModerationQuerySchema,
  OwnerReviewSchema,
  ProductNameInputSchema,
  ProductNameSchema,
  ProductParamsSchema,
  ProductReviewStatsSchema,
  ReplySchema,
  ReviewParamsSchema,
} from '../../../shared/reviews.ts';
import { ShopIdParamsSchema } from '../../../shared/schemas.ts';
import {
  findReview,
  invitationAudit,
  listReviewsForOwner,
  moderationLog,
  nameProduct,
  productsWithReviews,
  replyToReview,
} from '../db/reviews.ts';
import { decodeCursor, pageOf } from '../domain/cursor.ts';
import { richResultsAdvice } from '../domain/jsonld.ts';
import type { AppEnv } from '../env.ts';
import { decideReviewAndQueue } from '../services/review-decision.ts';
import { ApiError, validationHook } from '../errors.ts';
import { errorResponses } from './openapi-responses.ts';

const owner = { security: [{ ownerKey: [] }] };
const reviewResponse = { description: 'The review', content: { 'application/json': { schema: OwnerReviewSchema } } };

const moderationRoute = createRoute({
  ...owner,
  method: 'get',
  path: '/v1/shops/{shopId}/moderation',
  operationId: 'listModeration',
  tags: ['Moderation'],
  summary: 'Reviews by moderation status (held by default), newest first',
  description:
    '`status=held` (the default) lists the reviews waiting for a decision; `published` and `rejected` list the others. Paged with `cursor` and `limit`.',
  request: { params: ShopIdParamsSchema, query: ModerationQuerySchema },
  responses: {
    200: { description: 'A page', content: { 'application/json': { schema: ModerationPageSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

const decisionRoute = createRoute({
  ...owner,
  method: 'post',
  path: '/v1/shops/{shopId}/reviews/{id}/decision',
  operationId: 'decideReview',
  tags: ['Moderation'],
  summary: 'Approve a review, or reject it for a fixed reason (spam, offensive, off_topic, personal_data)',
  description:
    'A review held for a link, the same text again or a burst from one source opened no attention item: approving it ' +
    'opens the item its scores and comment call for. Rejecting a review as `spam` or `off_topic` takes its attention ' +
    'item out of the queue while nobody has replied to it.',
  request: { params: ReviewParamsSchema, body: { required: true, content: { 'application/json': { schema: DecisionSchema } } } },
  responses: { 200: reviewResponse, ...errorResponses(400, 401, 403, 404, 413, 415) },
});

const replyRoute = createRoute({
  ...owner,
  method: 'post',
  path: '/v1/shops/{shopId}/reviews/{id}/reply',
  operationId: 'replyToReview',
  tags: ['Moderation'],
  summary: 'Reply publicly under a review (replaces an earlier reply)',
  description:
    'The reply is shown under the review in the public list and the widget; a second reply replaces the first. ' +
    'Only under a published review: one held or rejected in moderation is shown nowhere, so a public reply is refused ' +
    'with 409 `review_not_published` and nothing is stored (approve it first). The shopper can still be answered ' +
    'privately: a complaint review has an attention item, and `POST /v1/shops/{shopId}/attention/{id}/reply` (same id) ' +
    "sends the reply by e-mail or on the shop's pages, never published.",
  request: { params: ReviewParamsSchema, body: { required: true, content: { 'application/json': { schema: ReplySchema } } } },
  responses: {
    200: reviewResponse,
    ...errorResponses(400, 401, 403, 404, 413, 415),
    409: {
      ...errorResponses(409)[409],
      description:
        'The review is held or rejected in moderation (`review_not_published`): a public reply would be shown nowhere.',
    },
  },
});

const logRoute = createRoute({
  ...owner,
  method: 'get',
  path: '/v1/shops/{shopId}/moderation/log',
  operationId: 'getModerationLog',
  tags: ['Moderation'],
  summary: "Every moderation step, newest first, with the review's rating (for audits)",
  description:
    "Each entry: the review, what was done (`action`), the reason of a rejection, who did it (`actor`: `owner`, or `system` for the checks made when the review came in) and when, with the review's rating, so an auditor can see that low ratings were not removed for being low.",
  request: { params: ShopIdParamsSchema },
  responses: {
    200: { description: 'The log', content: { 'application/json': { schema: ModerationLogSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

const productsRoute = createRoute({
  ...owner,
  method: 'get',
  path: '/v1/shops/{shopId}/products',
  operationId: 'listReviewedProducts',
  tags: ['Moderation'],
  summary: 'Products with reviews, and whether rich results (stars in search) are likely',
  description:
    'Per product: published reviews, their average, the name its JSON-LD uses, and whether search engines are likely to show stars (`richResults.likely`), with a warning saying what is missing when not.',
  request: { params: ShopIdParamsSchema },
  responses: {
    200: { description: 'Products', content: { 'application/json': { schema: ProductReviewStatsSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

const auditRoute = createRoute({
  ...owner,
  method: 'get',
  path: '/v1/shops/{shopId}/invitations/audit',
  operationId: 'getInvitationAudit',
  tags: ['Moderation'],
  summary: 'Share of experience answers offered the review invitation, by score (no review gating)',
  description:
    'Experience answers and how many were offered the invitation to write a public review, by star rating and by recommendation group. Equal shares show that nobody was invited for a high score alone (no review gating).',
  request: { params: ShopIdParamsSchema },
  responses: {
    200: { description: 'The audit', content: { 'application/json': { schema: InvitationAuditSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

const nameProductRoute = createRoute({
  ...owner,
  method: 'put',
  path: '/v1/shops/{shopId}/products/{productId}',
  operationId: 'nameProduct',
  tags: ['Moderation'],
  summary: 'Name a product: the `name` of its JSON-LD and the `productName` of its public reviews',
  description:
    'Owner only. Replaces any name. A `productName` sent with a review only fills a product that has no name yet, ' +
    'and only from a published review; it never replaces a name.',
  request: {
    params: ProductParamsSchema,
    body: { required: true, content: { 'application/json': { schema: ProductNameInputSchema } } },
  },
  responses: {
    200: { description: "The product's name now", content: { 'application/json': { schema: ProductNameSchema } } },
    ...errorResponses(400, 401, 403, 404, 413, 415),
  },
});

const notFound = () => new ApiError(404, 'review_not_found', 'This shop has no review with that id.');

export const reviewsOwnerRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(moderationRoute, async (c) => {
    const { status, cursor, limit } = c.req.valid('query');
    const rows = await listReviewsForOwner(c.env.DB, c.var.shop.id, status, cursor ? decodeCursor(cursor) : undefined, limit);
    const { items, nextCursor } = pageOf(rows, limit);
    return c.json({ reviews: items, nextCursor }, 200);
  })
  .openapi(decisionRoute, async (c) => {
    const { id } = c.req.valid('param');
    if (!(await decideReviewAndQueue(c.env.DB, c.var.shop.id, id, c.req.valid('json'), new Date().toISOString())))
      throw notFound();
    return c.json((await findReview(c.env.DB, c.var.shop.id, id))!, 200);
  })
  .openapi(replyRoute, async (c) => {
    const { id } = c.req.valid('param');
    const outcome = await replyToReview(c.env.DB, c.var.shop.id, id, c.req.valid('json').text, new Date().toISOString());
    if (outcome === 'not_found') throw notFound();
    if (outcome === 'not_published')
      throw new ApiError(
        409,
        'review_not_published',
        `Review "${id}" is held or rejected in moderation and shown nowhere, so a public reply would stand under nothing. ` +
          'Approve it first, or answer the shopper privately: POST /v1/shops/{shopId}/attention/{id}/reply.',
      );
    return c.json((await findReview(c.env.DB, c.var.shop.id, id))!, 200);
  })
  .openapi(logRoute, async (c) => c.json({ entries: await moderationLog(c.env.DB, c.var.shop.id, 500) }, 200))
  .openapi(productsRoute, async (c) => {
    const products = await productsWithReviews(c.env.DB, c.var.shop.id);
    return c.json(
      { products: products.map((product) => ({ ...product, richResults: richResultsAdvice(product.published) })) },
      200,
    );
  })
  .openapi(nameProductRoute, async (c) => {
    const { productId } = c.req.valid('param');
    const { name } = c.req.valid('json');
    await nameProduct(c.env.DB, c.var.shop.id, productId, name);
    return c.json({ productId, productName: name }, 200);
  })
  .openapi(auditRoute, async (c) => c.json(await invitationAudit(c.env.DB, c.var.shop.id), 200));

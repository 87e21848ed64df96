import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { PendingRepliesQuerySchema, PendingRepliesSchema } from '../../../shared/close-loop.ts';
import { ShopIdParamsSchema } from '../../../shared/schemas.ts';
import { pendingReplies } from '../db/replies.ts';
import type { AppEnv } from '../env.ts';
import { validationHook } from '../errors.ts';
import { errorResponses } from './openapi-responses.ts';

/** The widget asks once per page view at most; the browser may reuse the answer for a few minutes. */
const CACHE_SECONDS = 300;

const pendingRoute = createRoute({
  method: 'get',
  path: '/v1/shops/{shopId}/replies',
  operationId: 'listPendingReplies',
  tags: ['Answers'],
  summary: "The shop's replies waiting for this customer (on-site reply card)",
  description:
    "Public (called by the widget from the shop's origins). Finds the newest reply per complaint the customer has not " +
    'followed up yet, for complaints sent from this browser (`clientId` of an earlier answer) or with this `data-customer`. ' +
    `Cached privately for ${CACHE_SECONDS} s.`,
  request: { params: ShopIdParamsSchema, query: PendingRepliesQuerySchema },
  responses: {
    200: { description: 'Pending replies (often none)', content: { 'application/json': { schema: PendingRepliesSchema } } },
    ...errorResponses(400, 403, 404),
  },
});

export const repliesPublicRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(pendingRoute, async (c) => {
  const query = c.req.valid('query');
  const replies = await pendingReplies(c.env.DB, c.var.shop, query, new Date());
  c.header('Cache-Control', `private, max-age=${CACHE_SECONDS}`);
  c.header('Vary', 'Origin');
  return c.json({ replies }, 200);
});

import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { OrderTokenCheckInputSchema, OrderTokenCheckSchema, type OrderTokenProblem } from '../../../shared/order-token-check.ts';
import { ShopIdParamsSchema } from '../../../shared/schemas.ts';
import type { AppEnv } from '../env.ts';
import { validationHook } from '../errors.ts';
import { orderTokenStatus } from '../services/order-token-status.ts';
import { errorResponses } from './openapi-responses.ts';

const checkRoute = createRoute({
  method: 'post',
  path: '/v1/shops/{shopId}/order-tokens/check',
  operationId: 'checkOrderToken',
  tags: ['Reviews'],
  summary: 'Whether a verified-purchase token can still verify a review of a product',
  description:
    "Public (called by the review form from the shop's origins when it opens): a spent, invalid, expired or other product's token is " +
    'found out before the shopper writes, and the form offers to post the review unverified. Spends nothing; the answer is 200 either way, ' +
    "with the error code `POST …/responses` would refuse the token with. Counts towards the shopper's rate limit like an answer (it reads D1).",
  security: [],
  request: {
    params: ShopIdParamsSchema,
    body: { required: true, content: { 'application/json': { schema: OrderTokenCheckInputSchema } } },
  },
  responses: {
    200: { description: 'The verdict', content: { 'application/json': { schema: OrderTokenCheckSchema } } },
    ...errorResponses(400, 403, 404, 413, 415, 429),
  },
});

export const orderTokenCheckRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(checkRoute, async (c) => {
  const { orderToken, productId } = c.req.valid('json');
  const status = await orderTokenStatus(c.env.DB, c.var.shop, orderToken, productId, new Date());
  return c.json({ usable: status.ok, problem: status.ok ? null : (status.error.code as OrderTokenProblem) }, 200);
});

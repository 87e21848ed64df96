import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { CreatedResponseSchema, ResponseInputSchema, ShopIdParamsSchema } from '../../../shared/schemas.ts';
import { saveResponse } from '../db/responses.ts';
import { dayOf } from '../domain/dates.ts';
import { answerPolarity } from '../domain/polarity.ts';
import type { AppEnv } from '../env.ts';
import { validationHook } from '../errors.ts';
import { scoreComment } from '../sentiment/score-comment.ts';
import { errorResponses } from './openapi-responses.ts';

const createResponseRoute = createRoute({
  method: 'post',
  path: '/v1/shops/{shopId}/responses',
  summary: 'Store a shopper\'s answer',
  description: 'Public (called by the widget from the shop\'s origins). The same clientId sent again answers 200 with the first stored id.',
  request: {
    params: ShopIdParamsSchema,
    body: { required: true, content: { 'application/json': { schema: ResponseInputSchema } } },
  },
  responses: {
    201: { description: 'Stored', content: { 'application/json': { schema: CreatedResponseSchema } } },
    200: { description: 'Already stored under this clientId', content: { 'application/json': { schema: CreatedResponseSchema } } },
    ...errorResponses(400, 403, 404, 413),
  },
});

export const responsesRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(createResponseRoute, async (c) => {
  const input = c.req.valid('json');
  const shop = c.var.shop;
  const now = new Date();
  const sentiment = input.comment ? scoreComment(input.comment, input.locale ?? shop.defaultLocale ?? undefined) : null;
  const saved = await saveResponse(c.env.DB, {
    ...input,
    id: crypto.randomUUID(),
    shopId: shop.id,
    sentiment,
    polarity: answerPolarity({ sentiment: sentiment?.label, rating: input.rating, nps: input.nps }),
    createdAt: now.toISOString(),
    day: dayOf(now),
  });
  return c.json({ id: saved.id, sentiment: saved.sentiment }, saved.created ? 201 : 200);
});

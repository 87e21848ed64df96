import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { CreatedResponseSchema, ResponseInputSchema, ShopIdParamsSchema } from '../../../shared/schemas.ts';
import { saveAnswer } from '../db/responses.ts';
import { attentionItemOf, prepareAnswer } from '../domain/answer.ts';
import { webhookPayload } from '../domain/webhooks.ts';
import type { AppEnv } from '../env.ts';
import { validationHook } from '../errors.ts';
import { deliverDueWebhooks } from '../services/webhook-delivery.ts';
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
  const shop = c.var.shop;
  const { answer, attention } = prepareAnswer(c.req.valid('json'), shop, crypto.randomUUID(), new Date());
  const alerting = attention.length > 0 && shop.webhooks.length > 0;
  const payload = alerting ? JSON.stringify(webhookPayload(shop, attentionItemOf(answer, attention))) : '';
  const deliveries = alerting ? shop.webhooks.map((url) => ({ id: crypto.randomUUID(), url, payload })) : [];
  const saved = await saveAnswer(c.env.DB, answer, { attention, deliveries });
  if (saved.created && deliveries.length) c.executionCtx.waitUntil(deliverDueWebhooks(c.env, shop.id));
  return c.json({ id: saved.id, sentiment: saved.sentiment }, saved.created ? 201 : 200);
});

import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { CreatedResponseSchema, ResponseInputSchema, ShopIdParamsSchema } from '../../../shared/schemas.ts';
import { saveAnswer } from '../db/responses.ts';
import { prepareAnswer } from '../domain/answer.ts';
import type { AppEnv } from '../env.ts';
import { validationHook } from '../errors.ts';
import { errorResponses } from './openapi-responses.ts';

/** The segment of test answers: the owner filters them out (or in) with `segment=opinia-test`. */
export const TEST_SEGMENT = 'opinia-test';

const testAnswerRoute = createRoute({
  method: 'post',
  path: '/v1/shops/{shopId}/test-answer',
  operationId: 'sendTestAnswer',
  tags: ['Answers'],
  summary: 'Store a test answer (onboarding)',
  description:
    `Owner only. Stores one 5-star experience answer through the same path as a shopper's (scoring, rollups) with segment \`${TEST_SEGMENT}\`, ` +
    'so a new shop sees its figures move before the widget is live. It sends no webhook. Erase it like any answer.',
  security: [{ ownerKey: [] }],
  request: { params: ShopIdParamsSchema },
  responses: {
    201: { description: 'Stored', content: { 'application/json': { schema: CreatedResponseSchema } } },
    ...errorResponses(400, 401, 403, 404, 413, 415),
  },
});

export const testAnswerRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(testAnswerRoute, async (c) => {
  const shop = c.var.shop;
  const input = ResponseInputSchema.parse({
    clientId: crypto.randomUUID(),
    kind: 'experience',
    touchpoint: 'post_purchase',
    rating: 5,
    nps: 10,
    comment: 'Test answer from the dashboard: everything works.',
    locale: 'en',
    segment: TEST_SEGMENT,
  });
  const { answer } = prepareAnswer(input, shop, crypto.randomUUID(), new Date());
  const saved = await saveAnswer(c.env.DB, answer, { attention: [], deliveries: [] });
  return c.json({ id: saved.id, sentiment: saved.sentiment }, 201);
});

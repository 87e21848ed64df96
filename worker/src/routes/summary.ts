import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { ShopIdParamsSchema, SummaryQuerySchema, SummarySchema } from '../../../shared/schemas.ts';
import { dayOf } from '../domain/dates.ts';
import { resolvePeriod } from '../domain/period-query.ts';
import type { AppEnv } from '../env.ts';
import { validationHook } from '../errors.ts';
import { computeSummary } from '../services/summary.ts';
import { errorResponses } from './openapi-responses.ts';

const summaryRoute = createRoute({
  method: 'get',
  path: '/v1/shops/{shopId}/summary',
  operationId: 'getSummary',
  tags: ['Insights'],
  summary: "How the shop's customers feel",
  description:
    'Owner only. Days are UTC calendar days, both ends inclusive. Read from rollups: the cost grows with the days in the range, not with the answers.',
  security: [{ ownerKey: [] }],
  request: { params: ShopIdParamsSchema, query: SummaryQuerySchema },
  responses: {
    200: { description: 'The summary', content: { 'application/json': { schema: SummarySchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export const summaryRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(summaryRoute, async (c) => {
  const { granularity, from: _from, to: _to, ...filters } = c.req.valid('query');
  const { from, to } = resolvePeriod(c.req.valid('query'), dayOf(new Date()));
  return c.json(await computeSummary(c.env.DB, { shopId: c.var.shop.id, from, to, granularity, filters }), 200);
});

import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { AuditQuerySchema, AuditSchema } from '../../../shared/audit.ts';
import { ShopIdParamsSchema } from '../../../shared/schemas.ts';
import { dayOf } from '../domain/dates.ts';
import { resolvePeriod } from '../domain/period-query.ts';
import type { AppEnv } from '../env.ts';
import { validationHook } from '../errors.ts';
import { computeAudit } from '../services/audit.ts';
import { errorResponses } from './openapi-responses.ts';

const auditRoute = createRoute({
  method: 'get',
  path: '/v1/shops/{shopId}/audit',
  operationId: 'getAudit',
  tags: ['Audit'],
  summary: 'The experience audit: journey stages, gaps, returning customers, segments',
  description:
    'Owner only. Days are UTC, both ends inclusive. Every rate carries its count and a 95 % interval; a change is `up`/`down` only when the intervals of both periods are apart and both have enough answers. Read from rollups: the cost grows with the days in the range, not with the answers.',
  security: [{ ownerKey: [] }],
  request: { params: ShopIdParamsSchema, query: AuditQuerySchema },
  responses: {
    200: { description: 'The audit', content: { 'application/json': { schema: AuditSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export const auditRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(auditRoute, async (c) => {
  const { segment, compare, ...period } = c.req.valid('query');
  const { from, to } = resolvePeriod(period, dayOf(new Date()));
  return c.json(await computeAudit(c.env.DB, { shopId: c.var.shop.id, from, to, segment, compare }), 200);
});

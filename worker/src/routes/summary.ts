import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { ShopIdParamsSchema, SummaryQuerySchema, SummarySchema } from '../../../shared/schemas.ts';
import { countersByTouchpoint, recentNegative } from '../db/responses.ts';
import { addDays, dayOf, daysInRange } from '../domain/dates.ts';
import { buildSummary } from '../domain/summary.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, validationHook } from '../errors.ts';
import { errorResponses } from './openapi-responses.ts';

const DEFAULT_DAYS = 30;
const MAX_DAYS = 3660;
const RECENT_NEGATIVE_LIMIT = 10;

const summaryRoute = createRoute({
  method: 'get',
  path: '/v1/shops/{shopId}/summary',
  summary: 'How the shop\'s customers feel',
  description: 'Owner only. Days are UTC calendar days, both ends inclusive.',
  security: [{ ownerKey: [] }],
  request: { params: ShopIdParamsSchema, query: SummaryQuerySchema },
  responses: {
    200: { description: 'The summary', content: { 'application/json': { schema: SummarySchema } } },
    ...errorResponses(400, 401, 404),
  },
});

/** Resolves the period: `to` defaults to today, `from` to 29 days before `to`. */
export function resolvePeriod(query: { from?: string; to?: string }, today: string): { from: string; to: string } {
  const to = query.to ?? (query.from ? addDays(query.from, DEFAULT_DAYS - 1) : today);
  const from = query.from ?? addDays(to, -(DEFAULT_DAYS - 1));
  if (from > to) throw new ApiError(400, 'invalid_period', '`from` must not be after `to`.');
  if (daysInRange(from, to) > MAX_DAYS) throw new ApiError(400, 'invalid_period', `A period may span at most ${MAX_DAYS} days.`);
  return { from, to };
}

export const summaryRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(summaryRoute, async (c) => {
  const shop = c.var.shop;
  const { from, to } = resolvePeriod(c.req.valid('query'), dayOf(new Date()));
  const [byTouchpoint, negative] = await Promise.all([
    countersByTouchpoint(c.env.DB, shop.id, from, to),
    recentNegative(c.env.DB, shop.id, from, to, RECENT_NEGATIVE_LIMIT),
  ]);
  return c.json(buildSummary({ shopId: shop.id, from, to, byTouchpoint, recentNegative: negative }), 200);
});

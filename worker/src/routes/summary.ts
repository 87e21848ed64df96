import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { ShopIdParamsSchema, SummaryQuerySchema, SummarySchema } from '../../../shared/schemas.ts';
import { attentionStats, customerBalances, dailyCounters, recentNegative, themeCounts } from '../db/insights.ts';
import { linkAnswers, responseRates } from '../db/invitation-stats.ts';
import { complaintOutcomes } from '../db/recovery.ts';
import { dayOf } from '../domain/dates.ts';
import { recoveryFigures } from '../domain/recovery.ts';
import { previousPeriod } from '../domain/periods.ts';
import { resolvePeriod } from '../domain/period-query.ts';
import { buildSummary } from '../domain/summary.ts';
import type { AppEnv } from '../env.ts';
import { validationHook } from '../errors.ts';
import { errorResponses } from './openapi-responses.ts';

const RECENT_NEGATIVE_LIMIT = 10;

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
  const { granularity, ...filters } = c.req.valid('query');
  const shopId = c.var.shop.id;
  const db = c.env.DB;
  const { from, to } = resolvePeriod(filters, dayOf(new Date()));
  const previous = previousPeriod(from, to);
  const { kind, ...withoutKind } = filters;
  const [days, previousDays, themes, previousThemes, negative, attention, customers, complaints, allDays, reviewDays] =
    await Promise.all([
      dailyCounters(db, shopId, filters, from, to),
      dailyCounters(db, shopId, filters, previous.from, previous.to),
      themeCounts(db, shopId, filters, from, to),
      themeCounts(db, shopId, filters, previous.from, previous.to),
      recentNegative(db, shopId, filters, from, to, RECENT_NEGATIVE_LIMIT),
      attentionStats(db, shopId, filters, from, to),
      customerBalances(db, shopId),
      complaintOutcomes(db, shopId, filters, from, to),
      kind ? dailyCounters(db, shopId, withoutKind, from, to) : null,
      kind === 'review' ? null : dailyCounters(db, shopId, { ...withoutKind, kind: 'review' }, from, to),
    ]);
  const [link, responseRate] = await Promise.all([
    linkAnswers(db, shopId, filters, from, to),
    responseRates(db, shopId, from, to),
  ]);
  const summary = buildSummary({
    shopId,
    from,
    to,
    granularity,
    days,
    previous: { ...previous, days: previousDays },
    themes,
    previousThemes,
    recentNegative: negative,
    attention,
    customers,
    recovery: recoveryFigures(complaints, from, to, granularity),
    kinds: { all: allDays ?? days, review: reviewDays ?? days },
  });
  return c.json({ ...summary, byChannel: { onsite: summary.responses - link, link }, responseRate }, 200);
});

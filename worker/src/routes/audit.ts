import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { AuditQuerySchema, AuditSchema, DigestSentSchema } from '../../../shared/audit.ts';
import { ShopIdParamsSchema } from '../../../shared/schemas.ts';
import { dayOf } from '../domain/dates.ts';
import { resolvePeriod } from '../domain/period-query.ts';
import type { AppEnv } from '../env.ts';
import { lastClosedPeriod, studySegment } from '../domain/digest-period.ts';
import { ApiError, validationHook } from '../errors.ts';
import { computeAudit } from '../services/audit.ts';
import { sendDigest } from '../services/digest.ts';
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

const testDigestRoute = createRoute({
  method: 'post',
  path: '/v1/shops/{shopId}/audit/digest',
  operationId: 'sendTestDigest',
  tags: ['Audit'],
  summary: 'Send the digest of the last closed period now (a test digest)',
  description:
    "Owner only. Sends the `audit.digest` webhook (marked `test: true`) to every webhook URL, and the e-mail when a mail provider and `digest.email` are set. Does not count as the period's digest and does not move the rotating study. Without a digest setting, the period is the last closed week. No body.",
  security: [{ ownerKey: [] }],
  request: { params: ShopIdParamsSchema },
  responses: {
    200: { description: 'What was sent', content: { 'application/json': { schema: DigestSentSchema } } },
    ...errorResponses(400, 401, 403, 404, 409, 413, 415),
  },
});

export const auditRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(auditRoute, async (c) => {
    const { segment, compare, ...period } = c.req.valid('query');
    const { from, to } = resolvePeriod(period, dayOf(new Date()));
    return c.json(await computeAudit(c.env.DB, { shopId: c.var.shop.id, from, to, segment, compare }), 200);
  })
  .openapi(testDigestRoute, async (c) => {
    const shop = c.var.shop;
    if (!shop.webhooks.length && !shop.digest?.email) {
      throw new ApiError(409, 'no_destination', 'Add a webhook URL or a digest e-mail address (with a mail provider) first.');
    }
    const now = new Date();
    const period = lastClosedPeriod(shop.digest?.cadence ?? 'weekly', dayOf(now));
    const sent = await sendDigest(c.env, shop, period, studySegment(shop.digest?.segments, shop.digestStudies), {
      test: true,
      now,
    });
    return c.json(sent, 200);
  });

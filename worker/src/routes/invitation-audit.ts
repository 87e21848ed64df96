import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { OrderInvitationAuditQuerySchema, OrderInvitationAuditSchema } from '../../../shared/invitation-audit.ts';
import { ShopIdParamsSchema } from '../../../shared/schemas.ts';
import { orderInvitationAudit } from '../db/invitation-audit.ts';
import { dayOf } from '../domain/dates.ts';
import { resolvePeriod } from '../domain/period-query.ts';
import type { AppEnv } from '../env.ts';
import { validationHook } from '../errors.ts';
import { errorResponses } from './openapi-responses.ts';

const orderAuditRoute = createRoute({
  method: 'get',
  path: '/v1/shops/{shopId}/invitations/order-audit',
  operationId: 'getOrderInvitationAudit',
  tags: ['Invitations'],
  summary:
    'Invitations after the purchase sent, opened and answered, per touchpoint and per score group of the answer (no gating)',
  description:
    'Owner only. Counts the invitations whose sending time (sent, else due) falls on the days `from`–`to` (UTC, inclusive). ' +
    "`GET …/invitations/audit` is another audit: the widget's offer to write a public review.",
  security: [{ ownerKey: [] }],
  request: { params: ShopIdParamsSchema, query: OrderInvitationAuditQuerySchema },
  responses: {
    200: { description: 'The audit', content: { 'application/json': { schema: OrderInvitationAuditSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export const invitationAuditRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  orderAuditRoute,
  async (c) => {
    const { from, to } = resolvePeriod(c.req.valid('query'), dayOf(new Date()));
    return c.json(await orderInvitationAudit(c.env.DB, c.var.shop.id, from, to), 200);
  },
);

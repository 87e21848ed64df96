import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { CustomerExportSchema, CustomerParamsSchema, DeletedSchema, OrderParamsSchema } from '../../../shared/owner-api.ts';
import { listAnswers } from '../db/export.ts';
import { customerReplies } from '../db/replies.ts';
import { eraseCustomerInvitations, eraseOrderInvitations } from '../services/invitation-erasure.ts';
import type { AppEnv } from '../env.ts';
import { validationHook } from '../errors.ts';
import { eraseAnswers } from '../services/erasure.ts';
import { errorResponses } from './openapi-responses.ts';

const EVERYTHING = { from: '0000-01-01', to: '9999-12-31' };
const EXPORT_LIMIT = 10_000;

const deleteCustomerRoute = createRoute({
  method: 'delete',
  path: '/v1/shops/{shopId}/customers/{customerRef}',
  operationId: 'eraseCustomer',
  tags: ['Privacy'],
  summary: 'Erase a customer (GDPR)',
  description:
    "Owner only. Deletes every answer sent with this customer reference (follow-ups included), the shop's replies to them, and corrects every rollup. Idempotent.",
  security: [{ ownerKey: [] }],
  request: { params: CustomerParamsSchema },
  responses: {
    200: { description: 'Deleted', content: { 'application/json': { schema: DeletedSchema } } },
    ...errorResponses(400, 401, 403, 404, 413),
  },
});

const exportCustomerRoute = createRoute({
  method: 'get',
  path: '/v1/shops/{shopId}/customers/{customerRef}/export',
  operationId: 'exportCustomer',
  tags: ['Privacy'],
  summary: 'Everything stored about a customer (GDPR access)',
  description:
    "The answers stored under this customer reference and the shop's private replies to their complaints, as JSON, for a GDPR access request. Reading it changes nothing; `DELETE` on the customer erases the same data.",
  security: [{ ownerKey: [] }],
  request: { params: CustomerParamsSchema },
  responses: {
    200: { description: "The customer's answers", content: { 'application/json': { schema: CustomerExportSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

const deleteOrderRoute = createRoute({
  method: 'delete',
  path: '/v1/shops/{shopId}/orders/{orderId}',
  operationId: 'eraseOrder',
  tags: ['Privacy'],
  summary: 'Erase the answers about an order',
  description: 'Owner only. Deletes every answer sent with this order id and corrects every rollup. Idempotent.',
  security: [{ ownerKey: [] }],
  request: { params: OrderParamsSchema },
  responses: {
    200: { description: 'Deleted', content: { 'application/json': { schema: DeletedSchema } } },
    ...errorResponses(400, 401, 403, 404, 413),
  },
});

export const privacyRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(deleteCustomerRoute, async (c) => {
    const { customerRef } = c.req.valid('param');
    const deleted = await eraseAnswers(c.env.DB, c.var.shop.id, { customerRef });
    await eraseCustomerInvitations(c.env.DB, c.var.shop.id, customerRef);
    return c.json({ deleted }, 200);
  })
  .openapi(exportCustomerRoute, async (c) => {
    const { customerRef } = c.req.valid('param');
    const [answers, replies] = await Promise.all([
      listAnswers(c.env.DB, c.var.shop.id, {}, EVERYTHING, { limit: EXPORT_LIMIT, customerRef }),
      customerReplies(c.env.DB, c.var.shop.id, customerRef),
    ]);
    return c.json({ customerRef, exportedAt: new Date().toISOString(), answers, replies }, 200);
  })
  .openapi(deleteOrderRoute, async (c) => {
    const { orderId } = c.req.valid('param');
    const deleted = await eraseAnswers(c.env.DB, c.var.shop.id, { orderId });
    await eraseOrderInvitations(c.env.DB, c.var.shop.id, orderId);
    return c.json({ deleted }, 200);
  });

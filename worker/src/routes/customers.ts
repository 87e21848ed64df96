import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { CustomerListQuerySchema, CustomerListSchema, CustomerParamsSchema, CustomerSchema } from '../../../shared/owner-api.ts';
import { ShopIdParamsSchema } from '../../../shared/schemas.ts';
import { customerAnswers, customerComplaints, listCustomersByBalance } from '../db/customers.ts';
import { decodeCursor, encodeCursor } from '../domain/cursor.ts';
import { customerReplies } from '../db/replies.ts';
import { customerAccount } from '../domain/customer.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, validationHook } from '../errors.ts';
import { errorResponses } from './openapi-responses.ts';

const customerRoute = createRoute({
  method: 'get',
  path: '/v1/shops/{shopId}/customers/{customerRef}',
  operationId: 'getCustomer',
  tags: ['Insights'],
  summary: "One customer's emotional bank account",
  description:
    "Owner only. Every answer the page sent with `data-customer`, across touchpoints, with the running balance; the shop's replies; and per complaint the balance before it, after it and after the repair.",
  security: [{ ownerKey: [] }],
  request: { params: CustomerParamsSchema },
  responses: {
    200: { description: 'The customer', content: { 'application/json': { schema: CustomerSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/v1/shops/{shopId}/customers',
  operationId: 'listCustomers',
  tags: ['Insights'],
  summary: 'Customers, the ones who need care first',
  description:
    'Owner only. Every customer reference the shop has answers from, lowest emotional-bank-account balance first ' +
    '(a complaint is a withdrawal, so customers with open complaints come early), then by reference; ' +
    'with each, how many of their attention items are still open. Cursor paging.',
  security: [{ ownerKey: [] }],
  request: { params: ShopIdParamsSchema, query: CustomerListQuerySchema },
  responses: {
    200: { description: 'A page of customers', content: { 'application/json': { schema: CustomerListSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

/** The cursor names the last customer of a page by (balance, reference). */
function afterCursor(cursor: string | undefined) {
  if (!cursor) return undefined;
  const { createdAt: balance, id: customerRef } = decodeCursor(cursor);
  if (!/^-?\d{1,15}$/.test(balance)) throw new ApiError(400, 'invalid_cursor', 'The cursor is not one this API returned.');
  return { balance: Number(balance), customerRef };
}

export const customersRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(listRoute, async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const rows = await listCustomersByBalance(c.env.DB, c.var.shop.id, afterCursor(cursor), limit + 1);
    const customers = rows.slice(0, limit);
    const last = customers.at(-1);
    const nextCursor = rows.length > limit && last ? encodeCursor(String(last.balance), last.customerRef) : null;
    return c.json({ customers, nextCursor }, 200);
  })
  .openapi(customerRoute, async (c) => {
    const { customerRef } = c.req.valid('param');
    const shopId = c.var.shop.id;
    const [answers, complaints, replies] = await Promise.all([
      customerAnswers(c.env.DB, shopId, customerRef),
      customerComplaints(c.env.DB, shopId, customerRef),
      customerReplies(c.env.DB, shopId, customerRef),
    ]);
    const account = customerAccount(customerRef, answers, complaints, replies);
    if (!account) throw new ApiError(404, 'customer_not_found', 'This shop has no answers from that customer.');
    return c.json(account, 200);
  });

import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { CustomerParamsSchema, CustomerSchema } from '../../../shared/owner-api.ts';
import { customerAnswers, customerComplaints } from '../db/customers.ts';
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

export const customersRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(customerRoute, async (c) => {
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

import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  OrderCreatedSchema,
  OrderEventInputSchema,
  OrderInputSchema,
  OrderPathSchema,
  OrderSchema,
} from '../../../shared/invitations.ts';
import { ShopIdParamsSchema } from '../../../shared/schemas.ts';
import { invitationConfig } from '../db/invitation-settings.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, validationHook } from '../errors.ts';
import { orderView, recordEvent, recordOrder } from '../services/orders.ts';
import { errorResponses } from './openapi-responses.ts';

const TAGS = ['Invitations'];
const orderCreated = (description: string) => ({ description, content: { 'application/json': { schema: OrderCreatedSchema } } });

const createOrderRoute = createRoute({
  method: 'post',
  path: '/v1/shops/{shopId}/orders',
  operationId: 'upsertOrder',
  tags: TAGS,
  summary: 'Report an order: schedules its invitations and returns its hosted-page links',
  description:
    "Owner only (the shop's back end or a platform hook). The same `orderId` again updates the order (200). With `deliveredAt` the " +
    'delivery and product-review invitations are scheduled (by default 3 and 10 days later). `email` is stored only when a mail provider is ' +
    'configured, and only until sent; then only a salted hash remains.',
  security: [{ ownerKey: [] }],
  request: {
    params: ShopIdParamsSchema,
    body: { required: true, content: { 'application/json': { schema: OrderInputSchema } } },
  },
  responses: { 201: orderCreated('Stored'), 200: orderCreated('Updated'), ...errorResponses(400, 401, 403, 404, 413, 415) },
});

const eventRoute = createRoute({
  method: 'post',
  path: '/v1/shops/{shopId}/orders/{orderId}/events',
  operationId: 'recordOrderEvent',
  tags: TAGS,
  summary: 'Record a delivery, return or closed support case: schedules the matching invitation',
  description:
    "`delivered`, `returned` or `support_closed`, at `at` (default: now). Schedules the invitation that event calls for by the shop's invitation settings; 404 for an order the shop never reported.",
  security: [{ ownerKey: [] }],
  request: {
    params: OrderPathSchema,
    body: { required: true, content: { 'application/json': { schema: OrderEventInputSchema } } },
  },
  responses: { 200: orderCreated('Recorded; what is scheduled now'), ...errorResponses(400, 401, 403, 404, 413, 415) },
});

const getOrderRoute = createRoute({
  method: 'get',
  path: '/v1/shops/{shopId}/orders/{orderId}',
  operationId: 'getOrder',
  tags: TAGS,
  summary: 'What was scheduled, sent, opened and answered for an order',
  description:
    'The order as reported, and per invitation when it is (or was) due, sent, opened and answered. 404 for an order the shop never reported or has erased.',
  security: [{ ownerKey: [] }],
  request: { params: OrderPathSchema },
  responses: {
    200: { description: 'The order', content: { 'application/json': { schema: OrderSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

const orderNotFound = () => new ApiError(404, 'order_not_found', 'This shop has reported no order with that id.');

export const ordersRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(createOrderRoute, async (c) => {
    const config = await invitationConfig(c.env.DB, c.var.shop.id);
    const { created, body } = await recordOrder(c.env.DB, config, c.req.valid('json'), new URL(c.req.url).origin, new Date());
    return created ? c.json(body, 201) : c.json(body, 200);
  })
  .openapi(eventRoute, async (c) => {
    const { orderId } = c.req.valid('param');
    const config = await invitationConfig(c.env.DB, c.var.shop.id);
    const body = await recordEvent(c.env.DB, config, orderId, c.req.valid('json'), new Date());
    if (!body) throw orderNotFound();
    return c.json(body, 200);
  })
  .openapi(getOrderRoute, async (c) => {
    const { orderId } = c.req.valid('param');
    const config = await invitationConfig(c.env.DB, c.var.shop.id);
    const order = await orderView(c.env.DB, config, orderId, new Date());
    if (!order) throw orderNotFound();
    return c.json(order, 200);
  });

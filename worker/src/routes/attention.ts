import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  AttentionItemSchema,
  AttentionPageSchema,
  AttentionParamsSchema,
  AttentionQuerySchema,
  AttentionUpdateSchema,
} from '../../../shared/owner-api.ts';
import { ShopIdParamsSchema } from '../../../shared/schemas.ts';
import { findAttention, listAttention, updateAttention } from '../db/attention.ts';
import { decodeCursor, pageOf } from '../domain/cursor.ts';
import { dayOf } from '../domain/dates.ts';
import { resolvePeriod } from '../domain/period-query.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, validationHook } from '../errors.ts';
import { errorResponses } from './openapi-responses.ts';

const listRoute = createRoute({
  method: 'get',
  path: '/v1/shops/{shopId}/attention',
  operationId: 'listAttention',
  tags: ['Insights'],
  summary: 'The attention queue',
  description:
    'Owner only. Every negative comment, rating ≤ 2 or NPS detractor opens an item. Newest first, cursor paging. ' +
    'With `from`/`to` only items of answers in that period; the other filters narrow by the answer as in the summary, whose `attention.open` counts the same items.',
  security: [{ ownerKey: [] }],
  request: { params: ShopIdParamsSchema, query: AttentionQuerySchema },
  responses: {
    200: { description: 'A page of items', content: { 'application/json': { schema: AttentionPageSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

const updateRoute = createRoute({
  method: 'post',
  path: '/v1/shops/{shopId}/attention/{id}',
  operationId: 'updateAttentionItem',
  tags: ['Insights'],
  summary: 'Resolve or reopen an item',
  description:
    '`resolved` takes the item out of the open queue (`resolution: closed_without_answer` when the customer will not be asked again; `note` says what was done and replaces the previous note); `open` puts it back. A follow-up answer from the customer sets the other resolutions itself.',
  security: [{ ownerKey: [] }],
  request: {
    params: AttentionParamsSchema,
    body: { required: true, content: { 'application/json': { schema: AttentionUpdateSchema } } },
  },
  responses: {
    200: { description: 'The updated item', content: { 'application/json': { schema: AttentionItemSchema } } },
    ...errorResponses(400, 401, 403, 404, 413, 415),
  },
});

export const attentionRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(listRoute, async (c) => {
    const { status, cursor, limit, ...filters } = c.req.valid('query');
    const period = filters.from || filters.to ? resolvePeriod(filters, dayOf(new Date())) : undefined;
    const after = cursor ? decodeCursor(cursor) : undefined;
    const rows = await listAttention(c.env.DB, c.var.shop.id, { status, after, limit, period, filters });
    return c.json({ ...pageOf(rows, limit), shopLocale: c.var.shop.defaultLocale }, 200);
  })
  .openapi(updateRoute, async (c) => {
    const { id } = c.req.valid('param');
    const shopId = c.var.shop.id;
    const updated = await updateAttention(c.env.DB, shopId, id, c.req.valid('json'), new Date().toISOString());
    const item = updated ? await findAttention(c.env.DB, shopId, id) : null;
    if (!item) throw new ApiError(404, 'attention_item_not_found', `This shop has no attention item "${id}".`);
    return c.json(item, 200);
  });

import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { ExportPageSchema, ExportQuerySchema } from '../../../shared/owner-api.ts';
import { ShopIdParamsSchema } from '../../../shared/schemas.ts';
import { listAnswers } from '../db/export.ts';
import { decodeCursor, pageOf } from '../domain/cursor.ts';
import { BOM, CSV_COLUMNS, csvAnswerRow, csvRow } from '../domain/csv.ts';
import { dayOf } from '../domain/dates.ts';
import { resolvePeriod } from '../domain/period-query.ts';
import type { AppEnv } from '../env.ts';
import { validationHook } from '../errors.ts';
import { errorResponses } from './openapi-responses.ts';

const CSV_PAGE = 500;

const listRoute = createRoute({
  method: 'get',
  path: '/v1/shops/{shopId}/responses',
  operationId: 'listResponses',
  tags: ['Answers'],
  summary: 'Export answers as JSON',
  description: 'Owner only. Newest first, cursor paging, the same filters as the summary.',
  security: [{ ownerKey: [] }],
  request: { params: ShopIdParamsSchema, query: ExportQuerySchema },
  responses: {
    200: { description: 'A page of answers', content: { 'application/json': { schema: ExportPageSchema } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

const csvRoute = createRoute({
  method: 'get',
  path: '/v1/shops/{shopId}/responses.csv',
  operationId: 'exportResponsesCsv',
  tags: ['Answers'],
  summary: 'Export answers as CSV',
  description:
    'Owner only. Streamed RFC 4180 CSV, UTF-8 with BOM; text cells starting with = + - @ are prefixed with an apostrophe against formula injection.',
  security: [{ ownerKey: [] }],
  request: { params: ShopIdParamsSchema, query: ExportQuerySchema.omit({ cursor: true, limit: true }) },
  responses: {
    200: { description: 'All matching answers', content: { 'text/csv': { schema: { type: 'string' } } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export const exportRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(listRoute, async (c) => {
    const { cursor, limit, ...filters } = c.req.valid('query');
    const period = resolvePeriod(filters, dayOf(new Date()));
    const rows = await listAnswers(c.env.DB, c.var.shop.id, filters, period, {
      after: cursor ? decodeCursor(cursor) : undefined,
      limit,
    });
    const { items, nextCursor } = pageOf(rows, limit);
    return c.json({ responses: items, nextCursor }, 200);
  })
  .openapi(csvRoute, async (c) => {
    const filters = c.req.valid('query');
    const period = resolvePeriod(filters, dayOf(new Date()));
    const { DB: db } = c.env;
    const shopId = c.var.shop.id;
    const encoder = new TextEncoder();
    let after: { createdAt: string; id: string } | undefined;
    let started = false;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(BOM + csvRow([...CSV_COLUMNS])));
        }
        const rows = await listAnswers(db, shopId, filters, period, { after, limit: CSV_PAGE });
        const page = rows.slice(0, CSV_PAGE);
        if (page.length) controller.enqueue(encoder.encode(page.map(csvAnswerRow).join('')));
        const last = page.at(-1);
        if (rows.length <= CSV_PAGE || !last) controller.close();
        else after = { createdAt: last.createdAt, id: last.id };
      },
    });
    return c.body(body, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="opinia-${shopId}-${period.from}-${period.to}.csv"`,
    }) as never;
  });

import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { WidgetConfigSchema, type WidgetConfig } from '../../../shared/audit.ts';
import { ShopIdParamsSchema, TOUCHPOINTS } from '../../../shared/schemas.ts';
import type { Shop } from '../db/shops.ts';
import { studySegment } from '../domain/digest-period.ts';
import type { AppEnv } from '../env.ts';
import { validationHook } from '../errors.ts';
import { errorResponses } from './openapi-responses.ts';

/** How long browsers (and caches between) keep the config: a sampling change reaches pages within minutes. */
export const CONFIG_MAX_AGE_S = 300;

const configRoute = createRoute({
  method: 'get',
  path: '/v1/shops/{shopId}/config',
  operationId: 'getWidgetConfig',
  tags: ['Audit'],
  summary: "The widget's study sampling (public, cached)",
  description: `Public, for the widget on the shop's pages: the share of page views that ask, per touchpoint, and the segment under study (its pages always ask). Cached for ${CONFIG_MAX_AGE_S} s. The owner sets \`sampling\` and \`digest.segments\` in the settings.`,
  security: [],
  request: { params: ShopIdParamsSchema },
  responses: {
    200: {
      description: 'The config',
      headers: { 'Cache-Control': { description: `public, max-age=${CONFIG_MAX_AGE_S}`, schema: { type: 'string' } } },
      content: { 'application/json': { schema: WidgetConfigSchema } },
    },
    ...errorResponses(400, 403, 404),
  },
});

/** Every touchpoint with its rate (1 unless the owner lowered it), and the segment the current period studies. */
export function widgetConfig(shop: Shop): WidgetConfig {
  return {
    sampling: Object.fromEntries(TOUCHPOINTS.map((touchpoint) => [touchpoint, shop.sampling[touchpoint] ?? 1])),
    studySegment: shop.digest ? studySegment(shop.digest.segments, shop.digestStudies) : null,
  };
}

export const widgetConfigRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(configRoute, (c) => {
  c.header('Cache-Control', `public, max-age=${CONFIG_MAX_AGE_S}`);
  return c.json(widgetConfig(c.var.shop), 200);
});

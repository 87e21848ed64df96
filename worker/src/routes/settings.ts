import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { SettingsInputSchema, SettingsSchema } from '../../../shared/owner-api.ts';
import { ShopIdParamsSchema } from '../../../shared/schemas.ts';
import { updateSettings } from '../db/shops.ts';
import { newOwnerKey } from '../domain/keys.ts';
import type { AppEnv } from '../env.ts';
import { validationHook } from '../errors.ts';
import { errorResponses } from './openapi-responses.ts';

const settingsResponse = { description: 'The settings', content: { 'application/json': { schema: SettingsSchema } } };

const getRoute = createRoute({
  method: 'get',
  path: '/v1/shops/{shopId}/settings',
  summary: 'The shop\'s alert and retention settings',
  security: [{ ownerKey: [] }],
  request: { params: ShopIdParamsSchema },
  responses: { 200: settingsResponse, ...errorResponses(401, 403, 404) },
});

const putRoute = createRoute({
  method: 'put',
  path: '/v1/shops/{shopId}/settings',
  summary: 'Set webhook URLs for new attention items, and how long answers are kept',
  description:
    'Fields left out keep their value. Each delivery is signed: `Opinia-Signature: sha256=<hex HMAC-SHA256 of the raw body under webhookSecret>`.',
  security: [{ ownerKey: [] }],
  request: { params: ShopIdParamsSchema, body: { required: true, content: { 'application/json': { schema: SettingsInputSchema } } } },
  responses: { 200: settingsResponse, ...errorResponses(400, 401, 403, 404, 413) },
});

/** A per-shop signing secret, made on first use. */
const newWebhookSecret = () => newOwnerKey().replace(/^opk_/, 'whs_');

export const settingsRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(getRoute, async (c) => {
    const shop = c.var.shop;
    const settings = { webhooks: shop.webhooks, webhookSecret: shop.webhookSecret ?? newWebhookSecret(), retentionDays: shop.retentionDays };
    if (!shop.webhookSecret) await updateSettings(c.env.DB, shop.id, settings);
    return c.json(settings, 200);
  })
  .openapi(putRoute, async (c) => {
    const shop = c.var.shop;
    const input = c.req.valid('json');
    const settings = {
      webhooks: input.webhooks ?? shop.webhooks,
      webhookSecret: shop.webhookSecret ?? newWebhookSecret(),
      retentionDays: input.retentionDays === undefined ? shop.retentionDays : input.retentionDays,
    };
    await updateSettings(c.env.DB, shop.id, settings);
    return c.json(settings, 200);
  });

import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { SettingsInputSchema, SettingsSchema } from '../../../shared/owner-api.ts';
import { ShopIdParamsSchema } from '../../../shared/schemas.ts';
import { updateWebhooks } from '../db/shops.ts';
import { newOwnerKey } from '../domain/keys.ts';
import type { AppEnv } from '../env.ts';
import { validationHook } from '../errors.ts';
import { errorResponses } from './openapi-responses.ts';

const settingsResponse = { description: 'The settings', content: { 'application/json': { schema: SettingsSchema } } };

const getRoute = createRoute({
  method: 'get',
  path: '/v1/shops/{shopId}/settings',
  summary: 'The shop\'s alert settings',
  security: [{ ownerKey: [] }],
  request: { params: ShopIdParamsSchema },
  responses: { 200: settingsResponse, ...errorResponses(401, 404) },
});

const putRoute = createRoute({
  method: 'put',
  path: '/v1/shops/{shopId}/settings',
  summary: 'Set the webhook URLs that receive new attention items',
  description: 'Each delivery is signed: `Opinia-Signature: sha256=<hex HMAC-SHA256 of the raw body under webhookSecret>`.',
  security: [{ ownerKey: [] }],
  request: { params: ShopIdParamsSchema, body: { required: true, content: { 'application/json': { schema: SettingsInputSchema } } } },
  responses: { 200: settingsResponse, ...errorResponses(400, 401, 404, 413) },
});

/** A per-shop signing secret, made on first use. */
const newWebhookSecret = () => newOwnerKey().replace(/^opk_/, 'whs_');

export const settingsRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(getRoute, async (c) => {
    const shop = c.var.shop;
    let secret = shop.webhookSecret;
    if (!secret) await updateWebhooks(c.env.DB, shop.id, shop.webhooks, (secret = newWebhookSecret()));
    return c.json({ webhooks: shop.webhooks, webhookSecret: secret }, 200);
  })
  .openapi(putRoute, async (c) => {
    const shop = c.var.shop;
    const { webhooks } = c.req.valid('json');
    const secret = shop.webhookSecret ?? newWebhookSecret();
    await updateWebhooks(c.env.DB, shop.id, webhooks, secret);
    return c.json({ webhooks, webhookSecret: secret }, 200);
  });

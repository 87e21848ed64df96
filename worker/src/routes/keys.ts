import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { RotatedKeySchema } from '../../../shared/owner-api.ts';
import { ShopIdParamsSchema } from '../../../shared/schemas.ts';
import { updateOwnerKeyHash } from '../db/shops.ts';
import { hashKey, newOwnerKey } from '../domain/keys.ts';
import type { AppEnv } from '../env.ts';
import { validationHook } from '../errors.ts';
import { errorResponses } from './openapi-responses.ts';

const rotateRoute = createRoute({
  method: 'post',
  path: '/v1/shops/{shopId}/keys/rotate',
  operationId: 'rotateOwnerKey',
  tags: ['Keys'],
  summary: 'Replace the owner key',
  description: 'Owner only (with the current key). Returns the new key once; the old key stops working at once.',
  security: [{ ownerKey: [] }],
  request: { params: ShopIdParamsSchema },
  responses: {
    200: { description: 'The new key', content: { 'application/json': { schema: RotatedKeySchema } } },
    ...errorResponses(400, 401, 403, 404, 413, 415),
  },
});

export const keysRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(rotateRoute, async (c) => {
  const ownerKey = newOwnerKey();
  await updateOwnerKeyHash(c.env.DB, c.var.shop.id, await hashKey(ownerKey));
  return c.json({ ownerKey }, 200);
});

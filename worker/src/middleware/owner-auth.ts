import { createMiddleware } from 'hono/factory';
import { constantTimeEqual, hashKey } from '../domain/keys.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';

/** Owner endpoints need `Authorization: Bearer <ownerKey>` of the shop in the path (after `loadShop`). */
export const requireOwnerKey = createMiddleware<AppEnv>(async function requireOwnerKey(c, next) {
  const key = /^Bearer\s+(\S+)$/i.exec(c.req.header('Authorization') ?? '')?.[1];
  if (!key || !constantTimeEqual(await hashKey(key), c.var.shop.ownerKeyHash)) {
    throw new ApiError(401, 'unauthorized', 'This endpoint needs the shop\'s owner key: Authorization: Bearer <ownerKey>.', {
      headers: { 'WWW-Authenticate': 'Bearer realm="opinia"' },
    });
  }
  await next();
});

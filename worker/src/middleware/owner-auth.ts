import { createMiddleware } from 'hono/factory';
import { shopIdByKeyHash } from '../db/shops.ts';
import { constantTimeEqual, hashKey } from '../domain/keys.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';

/**
 * Owner endpoints need `Authorization: Bearer <ownerKey>` of the shop in the path (after `loadShop`):
 * no key or an unknown key is 401, the key of another shop is 403.
 */
export const requireOwnerKey = createMiddleware<AppEnv>(async function requireOwnerKey(c, next) {
  const key = /^Bearer\s+(\S+)$/i.exec(c.req.header('Authorization') ?? '')?.[1];
  const keyHash = key ? await hashKey(key) : null;
  if (keyHash && constantTimeEqual(keyHash, c.var.shop.ownerKeyHash)) return next();
  if (keyHash && (await shopIdByKeyHash(c.env.DB, keyHash))) {
    throw new ApiError(403, 'forbidden', 'This owner key belongs to another shop.');
  }
  throw new ApiError(401, 'unauthorized', "This endpoint needs the shop's owner key: Authorization: Bearer <ownerKey>.", {
    headers: { 'WWW-Authenticate': 'Bearer realm="opinia"' },
  });
});

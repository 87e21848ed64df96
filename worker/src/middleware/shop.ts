import { createMiddleware } from 'hono/factory';
import { ShopIdParamsSchema } from '../../../shared/schemas.ts';
import { findShop } from '../db/shops.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, invalidRequest } from '../errors.ts';

/** Loads the shop named in the path into `c.var.shop`; an unknown shop is a 404. */
export const loadShop = createMiddleware<AppEnv>(async function loadShop(c, next) {
  const params = ShopIdParamsSchema.safeParse({ shopId: c.req.param('shopId') });
  if (!params.success) throw invalidRequest(params.error);
  const shop = await findShop(c.env.DB, params.data.shopId);
  if (!shop) throw new ApiError(404, 'shop_not_found', `There is no shop with id "${params.data.shopId}".`);
  c.set('shop', shop);
  await next();
});

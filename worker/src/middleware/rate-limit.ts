import { createMiddleware } from 'hono/factory';
import { clientHash } from '../domain/client-hash.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';

const PERIOD_SECONDS = 60;

function tooMany(message: string): ApiError {
  return new ApiError(429, 'rate_limited', message, { headers: { 'Retry-After': String(PERIOD_SECONDS) } });
}

/**
 * Abuse limits on writes (Workers rate-limiting binding): per shopper — the shop and a salted hash of the
 * IP — and per shop. Sets `c.var.clientHash`. Runs after `loadShop` where there is a shop in the path.
 */
export const rateLimit = createMiddleware<AppEnv>(async function rateLimit(c, next) {
  const ip = c.req.header('CF-Connecting-IP') ?? 'unknown';
  const hash = await clientHash(ip, c.env.IP_SALT, c.env.ENVIRONMENT);
  c.set('clientHash', hash);
  const shopId = c.get('shop')?.id ?? 'signup';
  const [shopper, shop] = await Promise.all([
    c.env.SHOPPER_LIMIT.limit({ key: `${shopId}:${hash}` }),
    c.env.SHOP_LIMIT.limit({ key: shopId }),
  ]);
  if (!shopper.success) throw tooMany('Too many answers from you just now; please wait a minute.');
  if (!shop.success) throw tooMany('This shop is receiving too many answers just now; please retry in a minute.');
  await next();
});

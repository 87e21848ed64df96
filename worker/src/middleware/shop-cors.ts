import { cors } from 'hono/cors';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, Env } from '../env.ts';
import { ApiError } from '../errors.ts';

const LOCALHOST = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

export function isOriginAllowed(origin: string, shopOrigins: string[], env: Env): boolean {
  const normalised = origin.toLowerCase();
  return shopOrigins.includes(normalised) || (env.ENVIRONMENT === 'development' && LOCALHOST.test(normalised));
}

/**
 * Browsers may call a shop's public endpoints only from the shop's own origins (after `loadShop`).
 * Requests without an Origin header (servers, curl) are not subject to CORS.
 */
export const shopCors = createMiddleware<AppEnv>(async function shopCors(c, next) {
  const origin = c.req.header('Origin');
  if (origin && !isOriginAllowed(origin, c.var.shop.origins, c.env)) {
    throw new ApiError(403, 'origin_not_allowed', `Origin ${origin} is not one of this shop's origins.`);
  }
  return cors({
    origin: (requestOrigin) => requestOrigin,
    allowMethods: ['POST', 'GET', 'OPTIONS'],
    allowHeaders: ['Content-Type'],
    maxAge: 86400,
  })(c, next);
});

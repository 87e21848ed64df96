import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';

const PREFLIGHT = {
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '600',
};

/**
 * Public endpoints (a shopper's browser calls them from the shop's page): when the shop cannot be loaded — an
 * unknown shop (404 `shop_not_found`) or a malformed id (400) — the error answer still carries CORS headers, so the
 * widget reads the JSON error (`{ error: { code, message } }`, no data in it) and tells the shopper the form is not
 * set up instead of taking it for "offline" and keeping the answer for ever. The preflight of such a request is
 * answered 204, so that the request itself can reach the error. Mounted before `loadShop`; once a shop is loaded,
 * `shopCors` decides (only the shop's own origins).
 */
export const publicErrorCors = createMiddleware<AppEnv>(async function publicErrorCors(c, next) {
  await next();
  const origin = c.req.header('Origin');
  if (!origin || c.get('shop') || c.res.status < 400 || c.res.headers.has('Access-Control-Allow-Origin')) return;
  const cors = { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  if (c.req.method === 'OPTIONS') {
    c.res = new Response(null, { status: 204, headers: { ...cors, ...PREFLIGHT } });
    return;
  }
  const headers = new Headers(c.res.headers);
  for (const [name, value] of Object.entries(cors)) headers.set(name, value);
  c.res = new Response(c.res.body, { status: c.res.status, headers });
});

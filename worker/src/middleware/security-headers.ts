import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';

/** A response that is data, never a page: nothing in it may load, run or be framed. */
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/**
 * Headers on every answer of the worker (issue #12 finding 15): `X-Content-Type-Options: nosniff`, a
 * `Referrer-Policy`, and for anything that is not an HTML page (JSON, JSON-LD, CSV) a CSP that allows nothing.
 * Pages (the docs, the hosted feedback pages) keep the CSP they set themselves.
 */
export const securityHeaders = createMiddleware<AppEnv>(async function securityHeaders(c, next) {
  await next();
  const headers = c.res.headers;
  if (!headers.has('X-Content-Type-Options')) headers.set('X-Content-Type-Options', 'nosniff');
  if (!headers.has('Referrer-Policy')) headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  const isPage = /^text\/html/i.test(headers.get('Content-Type') ?? '');
  if (!isPage && !headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', DATA_CSP);
});

import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** A Content-Length that is not a plain number would mislead the body limit: refuse it before anything reads it. */
export const requirePlainContentLength = createMiddleware<AppEnv>(async function requirePlainContentLength(c, next) {
  const length = c.req.header('Content-Length');
  if (length !== undefined && !/^\d+$/.test(length.trim())) {
    throw new ApiError(400, 'malformed_request', 'Content-Length must be a whole number of bytes.');
  }
  await next();
});

/** A request that carries a body must say it is JSON (415 otherwise): no guessing what a client meant. */
export const requireJsonBody = createMiddleware<AppEnv>(async function requireJsonBody(c, next) {
  const hasBody = c.req.raw.body !== null && c.req.header('Content-Length') !== '0';
  if (hasBody && !JSON_TYPE.test(c.req.header('Content-Type') ?? '')) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.');
  }
  await next();
});

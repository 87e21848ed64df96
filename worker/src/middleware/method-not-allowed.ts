import type { Hono } from 'hono';
import { ApiError } from '../errors.ts';

/**
 * Answers 405 (with `Allow`) for a known path called with a method it does not take.
 * Call after every route is registered: it reads them from the app.
 */
export function answerMethodNotAllowed<A extends Hono<any, any, any>>(app: A): A {
  const methodsByPath = new Map<string, Set<string>>();
  for (const route of app.routes) {
    if (route.method === 'ALL') continue;
    const methods = methodsByPath.get(route.path) ?? new Set(['OPTIONS']);
    methods.add(route.method);
    if (route.method === 'GET') methods.add('HEAD');
    methodsByPath.set(route.path, methods);
  }
  for (const [path, methods] of methodsByPath) {
    const allow = [...methods].join(', ');
    app.all(path, (c) => {
      if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: allow });
      throw new ApiError(405, 'method_not_allowed', `${c.req.method} is not allowed here; use ${allow}.`, { headers: { Allow: allow } });
    });
  }
  return app;
}

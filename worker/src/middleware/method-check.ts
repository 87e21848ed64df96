import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';

/** A documented path (OpenAPI form, `{param}`) and the methods it takes. */
export interface PathMethods {
  path: string;
  methods: string[];
}

const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

interface CompiledPath {
  pattern: RegExp;
  allow: string;
}

/** `/v1/shops/{shopId}/summary` → a regex matching one concrete path (a parameter is one non-empty segment). */
export function pathPattern(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** What `Allow` says for a path: its methods, HEAD with GET (Hono answers HEAD from GET), and OPTIONS. */
export function allowHeader(methods: Iterable<string>): string {
  const all = new Set([...methods].map((method) => method.toUpperCase()));
  if (all.has('GET')) all.add('HEAD');
  all.add('OPTIONS');
  return METHOD_ORDER.filter((method) => all.has(method)).join(', ');
}

function compile(paths: PathMethods[]): CompiledPath[] {
  const byPath = new Map<string, Set<string>>();
  for (const { path, methods } of paths) {
    const set = byPath.get(path) ?? new Set<string>();
    for (const method of methods) set.add(method.toUpperCase());
    byPath.set(path, set);
  }
  return [...byPath].map(([path, methods]) => ({ pattern: pathPattern(path), allow: allowHeader(methods) }));
}

/**
 * The first check: an unknown path under /v1 is 404 JSON, a known path called with a method it does not take is
 * 405 with `Allow` listing exactly that path's methods — before keys, bodies or shops are looked at. A plain OPTIONS
 * is answered 204 with `Allow`; a CORS preflight (Access-Control-Request-Method) goes on to the public routes' CORS.
 * `paths` is read on the first request, when every route is registered.
 */
export function methodCheck(paths: () => PathMethods[]) {
  let compiled: CompiledPath[] | undefined;
  return createMiddleware<AppEnv>(async function methodCheck(c, next) {
    compiled ??= compile(paths());
    const path = c.req.path;
    const matches = compiled.filter((entry) => entry.pattern.test(path));
    if (matches.length === 0) {
      if (path === '/v1' || path.startsWith('/v1/'))
        throw new ApiError(404, 'not_found', `No route for ${c.req.method} ${path}.`);
      return next(); // pages and files outside the API (docs, dashboard)
    }
    const allow = allowHeader(matches.flatMap((entry) => entry.allow.split(', ')));
    const method = c.req.method.toUpperCase();
    if (!allow.split(', ').includes(method)) {
      throw new ApiError(405, 'method_not_allowed', `${method} is not allowed here; use ${allow}.`, {
        headers: { Allow: allow },
      });
    }
    // A plain OPTIONS asks what the path takes; a CORS preflight goes on to the shop's CORS check.
    if (method === 'OPTIONS' && !c.req.header('Access-Control-Request-Method')) return c.body(null, 204, { Allow: allow });
    await next();
  });
}

import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/** The URL the example pages use for the worker, as an owner would paste it. */
export const EXAMPLE_WORKER_ORIGIN = 'http://localhost:8787';

/**
 * Serves the example shop (its own origin, like a real shop) and points its script tags at the running worker.
 * Pages may set response headers of their own in a `<meta name="x-response-header" content="Name: value">`
 * (used by the strict-CSP example page).
 */
export function startShopServer(root: string, port: number, workerOrigin: string): Promise<Server> {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://shop').pathname);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base)) return void response.writeHead(403).end();
    try {
      let body: Buffer | string = await readFile(file);
      const headers: Record<string, string> = { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
      if (extname(file) === '.html') {
        body = body.toString('utf8').replaceAll(EXAMPLE_WORKER_ORIGIN, workerOrigin);
        for (const [, name, value] of body.matchAll(/<meta name="x-response-header" content="([^:"]+):\s*([^"]*)">/g)) {
          headers[name!] = value!.replaceAll(EXAMPLE_WORKER_ORIGIN, workerOrigin);
        }
      }
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => resolveServer(server));
  });
}

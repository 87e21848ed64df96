import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { signOrderToken } from '../../examples/order-tokens/sign-order-token.mjs';

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

/** What the shop's server knows to sign verified-purchase tokens for its review links. */
export interface OrderTokenSigner {
  shopId: string;
  secret: string;
}

/**
 * Like a shop's server rendering a review link from an order e-mail (`product.html?order=ZK-1042`): the review
 * widget's tag gets a `data-order-token` signed for that order and the page's product.
 */
function withOrderToken(html: string, orderId: string | null, signer: OrderTokenSigner | undefined): string {
  if (!orderId || !signer) return html;
  return html.replace(
    /(<script[^>]*data-mode="reviews?"[^>]*data-product-id="([^"]+)")/,
    (tag: string, _whole: string, productId: string) => {
      const token = signOrderToken({ secret: signer.secret, shopId: signer.shopId, orderId, productId });
      return `${tag} data-order-token="${token}"`;
    },
  );
}

/**
 * Like a shop's server rendering the thank-you page of a new order: every load gets review links of its own order
 * (`product.html?order=ZK-1042` → `…?order=ZK-1042-<fresh>`), so each demo link verifies one review and no link
 * dead-ends after somebody tried it once (issue #14 item 5). One fresh order per page: its links all agree.
 */
export function withFreshOrders(
  html: string,
  fresh = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
): string {
  return html.replace(/(\?order=)([\w-]+)/g, `$1$2-${fresh}`);
}

/**
 * Serves the example shop (its own origin, like a real shop) and points its script tags at the running worker.
 * Pages may set response headers of their own in a `<meta name="x-response-header" content="Name: value">`
 * (used by the strict-CSP example page).
 */
export function startShopServer(root: string, port: number, workerOrigin: string, signer?: OrderTokenSigner): Promise<Server> {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://shop');
    // A browser that finds no icon link asks for /favicon.ico: the shop's icon, not a 404 in the console.
    const path = url.pathname === '/favicon.ico' ? '/favicon.svg' : decodeURIComponent(url.pathname);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base)) return void response.writeHead(403).end();
    try {
      let body: Buffer | string = await readFile(file);
      const headers: Record<string, string> = {
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      };
      if (extname(file) === '.html') {
        body = withOrderToken(
          withFreshOrders(body.toString('utf8').replaceAll(EXAMPLE_WORKER_ORIGIN, workerOrigin)),
          url.searchParams.get('order'),
          signer,
        );
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

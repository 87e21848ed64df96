// How a shop's Node.js server makes a verified-purchase token for a review link.
// Sign with the `orderTokenSecret` from GET /v1/shops/:shopId/settings (keep it on the server, never in a page).
//
//   import { signOrderToken } from './sign-order-token.mjs';
//   const token = signOrderToken({ secret, shopId: 'demo', orderId: 'ZK-1042', productId: 'BRUSH-SET-3' });
//   // <script src="https://<worker>/widget.js" data-shop="demo" data-mode="review"
//   //         data-product-id="BRUSH-SET-3" data-order-token="${token}" async></script>
import { createHmac } from 'node:crypto';

/** Compact token: base64url(JSON payload) + "." + base64url(HMAC-SHA256(first part, secret)). */
export function signOrderToken({ secret, shopId, orderId, productId, validForDays = 60 }) {
  const payload = { s: shopId, o: orderId, ...(productId ? { p: productId } : {}), exp: Math.floor(Date.now() / 1000) + validForDays * 86400 };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const signature = createHmac('sha256', secret).update(body).digest('base64url');
  return `${body}.${signature}`;
}

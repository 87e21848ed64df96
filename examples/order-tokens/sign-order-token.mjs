// How a shop's Node.js server makes a verified-purchase token for a review link.
// Sign with the `orderTokenSecret` from GET /v1/shops/:shopId/settings (keep it on the server, never in a page).
//
//   import { signOrderToken } from './sign-order-token.mjs';
//   const token = signOrderToken({ secret, shopId: 'demo', orderId: 'ZK-1042', productId: 'BRUSH-SET-3' });
//   // several products of one order in one link: productIds: ['BRUSH-SET-3', 'SOAP-BAR'] (one review each)
//   // no product at all: the token verifies ONE review of the order, whichever product
//   // <script src="https://<worker>/widget.js" data-shop="demo" data-mode="review"
//   //         data-product-id="BRUSH-SET-3" data-order-token="${token}" async></script>
import { createHmac } from 'node:crypto';

/** Compact token: base64url(JSON payload) + "." + base64url(HMAC-SHA256(first part, secret)). */
export function signOrderToken({ secret, shopId, orderId, productId, productIds, validForDays = 60 }) {
  const payload = {
    s: shopId,
    o: orderId,
    ...(productId ? { p: productId } : {}),
    ...(productIds ? { ps: productIds } : {}),
    exp: Math.floor(Date.now() / 1000) + validForDays * 86400,
  };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const signature = createHmac('sha256', secret).update(body).digest('base64url');
  return `${body}.${signature}`;
}

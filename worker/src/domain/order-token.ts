import { fromBase64Url, toBase64Url } from './base64url.ts';
import { equalBytes } from './constant-time.ts';
import { cleanText } from '../../../shared/schemas.ts';

/**
 * A verified-purchase token: `base64url(JSON payload).base64url(HMAC-SHA256(payload part, shop's secret))`.
 * The shop's server makes it for an order it shipped; the review widget passes it as `data-order-token`.
 * Payload: `{ s: shopId, o: orderId, p?: productId, ps?: productId[], exp: unix seconds }`.
 *
 * A token naming products (`p`, or `ps` for several) verifies one review of each of them, and no other product.
 * A token naming none verifies ONE review of the order, whichever product (single use per order).
 */
export interface OrderTokenPayload {
  s: string;
  o: string;
  p?: string;
  ps?: string[];
  exp: number;
}

export type OrderTokenCheck =
  | { ok: true; orderId: string /** false: the token names no product, so it is single use per order. */; productBound: boolean }
  | { ok: false; code: 'order_token_invalid' | 'order_token_expired' | 'order_token_wrong_product'; message: string };

async function hmac(secret: string, data: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(data)));
}

export async function signOrderToken(secret: string, payload: OrderTokenPayload): Promise<string> {
  const body = toBase64Url(new TextEncoder().encode(JSON.stringify(payload)));
  return `${body}.${toBase64Url(await hmac(secret, body))}`;
}

const invalid: OrderTokenCheck = {
  ok: false,
  code: 'order_token_invalid',
  message: 'The order token is not one this shop signed.',
};

export async function verifyOrderToken(
  secret: string | null,
  token: string,
  expected: { shopId: string; productId: string; now: Date },
): Promise<OrderTokenCheck> {
  const [body, signature, extra] = token.split('.');
  if (!secret || !body || !signature || extra !== undefined) return invalid;
  const presented = fromBase64Url(signature);
  const computed = await hmac(secret, body);
  if (!presented || !equalBytes(presented, computed)) return invalid;
  let payload: Partial<OrderTokenPayload>;
  try {
    payload = JSON.parse(new TextDecoder().decode(fromBase64Url(body) ?? new Uint8Array())) as Partial<OrderTokenPayload>;
  } catch {
    return invalid;
  }
  if (payload.s !== expected.shopId || typeof payload.o !== 'string' || !payload.o || typeof payload.exp !== 'number')
    return invalid;
  if (payload.exp * 1000 < expected.now.getTime()) {
    return {
      ok: false,
      code: 'order_token_expired',
      message: 'The order token has expired; ask the shop for a new review link.',
    };
  }
  // Claimed product ids are compared cleaned, like the review's own productId (NFC, trimmed, no controls).
  const claimed: unknown[] = [payload.p, ...(Array.isArray(payload.ps) ? payload.ps : [])];
  const products = claimed.filter((id): id is string => typeof id === 'string').map(cleanText);
  if ((payload.p !== undefined || payload.ps !== undefined) && !products.includes(expected.productId)) {
    return { ok: false, code: 'order_token_wrong_product', message: 'The order token was issued for another product.' };
  }
  return { ok: true, orderId: payload.o, productBound: products.length > 0 };
}

/**
 * The secrets a shop's tokens verify with at `now`: the current one, and after a rotation the previous one until its
 * grace period ends (issue #12 finding 13), so review links already sent keep working.
 */
export function orderTokenSecrets(
  shop: {
    orderTokenSecret: string | null;
    previousOrderTokenSecret: string | null;
    previousOrderTokenSecretUntil: string | null;
  },
  now: Date,
): string[] {
  const secrets = shop.orderTokenSecret ? [shop.orderTokenSecret] : [];
  const until = shop.previousOrderTokenSecretUntil ? Date.parse(shop.previousOrderTokenSecretUntil) : NaN;
  if (shop.previousOrderTokenSecret && until > now.getTime()) secrets.push(shop.previousOrderTokenSecret);
  return secrets;
}

/** Verifies with the first secret whose signature matches; `order_token_invalid` when none does. */
export async function verifyOrderTokenWithAny(
  secrets: string[],
  token: string,
  expected: { shopId: string; productId: string; now: Date },
): Promise<OrderTokenCheck> {
  for (const secret of secrets) {
    const check = await verifyOrderToken(secret, token, expected);
    if (check.ok || check.code !== 'order_token_invalid') return check;
  }
  return invalid;
}

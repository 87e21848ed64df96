import { equalBytes } from './constant-time.ts';
import { toHex } from './hex.ts';

// Shop ids are public (they stand in every page's script tag); owner keys are secrets.
const SHOP_ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

export function newShopId(): string {
  const id = Array.from(randomBytes(12), (byte) => SHOP_ID_ALPHABET[byte % SHOP_ID_ALPHABET.length]).join('');
  return `shp_${id}`;
}

/** 256 random bits, base64url. */
export function newOwnerKey(): string {
  const base64 = btoa(String.fromCharCode(...randomBytes(32)));
  return `opk_${base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** Owner keys are high-entropy random strings, so one round of SHA-256 is a safe way to store them. */
export async function hashKey(key: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  return toHex(digest);
}

/** Compares two equal-length secrets (or hashes) in constant time. */
export function constantTimeEqual(a: string, b: string): boolean {
  return equalBytes(new TextEncoder().encode(a), new TextEncoder().encode(b));
}

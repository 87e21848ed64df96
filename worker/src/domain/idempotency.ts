import { toHex } from './hex.ts';

async function sha256(text: string): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** What is stored of a client's Idempotency-Key and the request it came with: hashes, never the key or the text. */
export interface IdempotencyFingerprint {
  keyHash: string;
  bodyHash: string;
}

/** The fingerprint of a reply attempt: the key, and the item and text it asks to send (a JSON pair, so unambiguous). */
export async function replyFingerprint(key: string, attentionId: string, text: string): Promise<IdempotencyFingerprint> {
  return { keyHash: await sha256(key), bodyHash: await sha256(JSON.stringify([attentionId, text])) };
}

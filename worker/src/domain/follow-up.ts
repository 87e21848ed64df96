import type { Resolution } from '../../../shared/close-loop.ts';
import type { Solved } from '../../../shared/schemas.ts';
import { toBase64Url } from './base64url.ts';

/**
 * How a follow-up ends the item: "yes" is recovered; "partly" counts as recovered only when the new rating
 * is 4–5 (the customer is satisfied even if not everything was fixed); "no" is not recovered.
 */
export function resolutionOf(solved: Solved, rating: number): Resolution {
  if (solved === 'yes') return 'recovered';
  if (solved === 'partly' && rating >= 4) return 'recovered';
  return 'not_recovered';
}

/** A random, unguessable token (128 bits) that comes back with the follow-up answer. */
export function newFollowUpToken(): string {
  return `fut_${toBase64Url(crypto.getRandomValues(new Uint8Array(16)))}`;
}

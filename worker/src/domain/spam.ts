import { toHex } from './hex.ts';

/** Faster than a person can read the form and pick a rating. */
export const MIN_ELAPSED_MS = 1500;
/** A shopper sending the same comment again within this window (as a new answer) is refused. */
export const DUPLICATE_WINDOW_MS = 24 * 3600 * 1000;

export type SpamSignal = 'honeypot' | 'too_fast' | 'no_timing';

/**
 * Signals in the answer itself; duplicates need the database (see `duplicateKey`). A missing `elapsedMs` is as
 * suspect as a small one: the widget always sends it, so only a client that skips the form leaves it out — and a
 * check that such a client can skip by leaving a field out holds for nobody (docs/security.md, "Abuse").
 */
export function spamSignal(answer: { website?: string | undefined; elapsedMs?: number | undefined }): SpamSignal | null {
  if (answer.website?.trim()) return 'honeypot';
  if (answer.elapsedMs === undefined) return 'no_timing';
  if (answer.elapsedMs < MIN_ELAPSED_MS) return 'too_fast';
  return null;
}

/** Why an answer was refused, for the 422 message. */
export const SPAM_REASONS: Record<SpamSignal, string> = {
  honeypot: 'the hidden field was filled',
  too_fast: 'sent faster than a person can answer',
  no_timing: 'no elapsedMs: the time from showing the form to sending it',
};

/** Same shopper, same words (case, spacing and punctuation aside): a salted hash, not a readable copy. */
export async function duplicateKey(clientHash: string, comment: string): Promise<string> {
  const words = comment
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${clientHash}|${words}`));
  return toHex(new Uint8Array(digest).slice(0, 16));
}

// The Idempotency-Key of one reply the owner sends (shared/idempotency.ts): fresh for each reply, the same when the
// owner sends the same reply again after a lost answer, so the customer gets it once.

/** 128 random bits as hex; crypto.getRandomValues works on a plain-HTTP development origin too (randomUUID does not). */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface ReplyAttempt {
  text: string;
  key: string;
}

/** The key for sending `text`: the last attempt's while the text is unchanged (a retry), else a fresh one. */
export function attemptFor(last: ReplyAttempt | null, text: string): ReplyAttempt {
  return last && last.text === text ? last : { text, key: newIdempotencyKey() };
}

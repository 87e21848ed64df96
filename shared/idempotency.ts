// The Idempotency-Key request header (IETF draft-ietf-httpapi-idempotency-key-header): a client's own key for one
// attempt at a request, sent again unchanged when it retries, so the server acts once. Used by the private complaint
// reply (POST /v1/shops/{shopId}/attention/{id}/reply).
import { z } from 'zod';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Set (to `true`) on an answer that repeats the first answer to the same key instead of acting again. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
export const MAX_IDEMPOTENCY_KEY_CHARS = 128;
/** How long a key is remembered; after that the same key is a new request. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

export const IdempotencyKeySchema = z
  .string()
  .min(1)
  .max(MAX_IDEMPOTENCY_KEY_CHARS)
  .regex(/^[\x20-\x7E]+$/, 'printable ASCII only')
  .meta({
    description:
      `Optional. 1–${MAX_IDEMPOTENCY_KEY_CHARS} printable ASCII characters, e.g. a UUID, fresh for each new request and ` +
      `the same when the client retries it. The same key with the same body within ${IDEMPOTENCY_KEY_TTL_HOURS} h ` +
      `answers the first answer again (same status and body, \`${IDEMPOTENT_REPLAYED_HEADER}: true\`) and does and sends ` +
      'nothing again; the same key with another body is a 409 `idempotency_key_reused`; a malformed key a 400 ' +
      '`invalid_idempotency_key`. Keys are per shop.',
    example: '3f0c1b9e-6c1d-4c55-9a57-0b6f3c8f2d11',
  });

export const IdempotencyHeadersSchema = z.object({ [IDEMPOTENCY_KEY_HEADER]: IdempotencyKeySchema.optional() });

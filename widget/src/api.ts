import ky from 'ky';
import type { CreatedResponse, ResponseInput } from '../../shared/schemas.ts';

// A POST is safe to repeat here: the worker stores one answer per clientId and answers a repeat
// with the first answer's id. So we retry what ky leaves alone by default (POST), on network
// errors, timeouts, 408, 429 and 5xx. 413 and other 4xx are final: resending cannot fix them.
const RETRY = {
  limit: 4,
  methods: ['post' as const],
  statusCodes: [408, 429, 500, 502, 503, 504],
  afterStatusCodes: [429, 503],
  maxRetryAfter: 10_000,
  backoffLimit: 4_000,
  retryOnTimeout: true,
};

export const responsesUrl = (apiBase: string, shopId: string): string => `${apiBase}/v1/shops/${encodeURIComponent(shopId)}/responses`;

/** Sends one answer; retries inside ky, then rejects (HTTPError, NetworkError or TimeoutError). */
export function postResponse(apiBase: string, shopId: string, input: ResponseInput): Promise<CreatedResponse> {
  return ky.post(responsesUrl(apiBase, shopId), { json: input, timeout: 10_000, retry: RETRY }).json<CreatedResponse>();
}

/** A v4 UUID; crypto.randomUUID exists only in secure contexts, and shops are not all on https. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The tag in canonical BCP 47 form, or undefined when the page gave us something unusable. */
export function canonicalLocale(tag: string): string | undefined {
  try {
    const canonical = Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0];
    return canonical && canonical.length <= 35 ? canonical : undefined;
  } catch {
    return undefined;
  }
}

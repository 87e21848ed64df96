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

export const responsesUrl = (apiBase: string, shopId: string): string =>
  `${apiBase}/v1/shops/${encodeURIComponent(shopId)}/responses`;

/** Sends one answer; retries inside ky, then rejects (HTTPError, NetworkError or TimeoutError). */
export function postResponse(apiBase: string, shopId: string, input: ResponseInput): Promise<CreatedResponse> {
  return ky.post(responsesUrl(apiBase, shopId), { json: input, timeout: 10_000, retry: RETRY }).json<CreatedResponse>();
}

/** A v4 UUID; crypto.randomUUID exists only in secure contexts, and shops are not all on https. */
export const newClientId = (): string =>
  crypto.randomUUID?.() ??
  // Each 0/1 becomes a random hex digit; 8 becomes the variant digit (8–b); the version digit 4 stays.
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit) =>
    (+digit ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+digit / 4)))).toString(16),
  );

/** The tag in canonical BCP 47 form, or undefined when the page gave us something unusable. */
export function canonicalLocale(tag: string): string | undefined {
  try {
    const canonical = Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0];
    return canonical && canonical.length <= 35 ? canonical : undefined;
  } catch {
    return undefined;
  }
}

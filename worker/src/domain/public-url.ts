/**
 * The origin clients should call: the configured PUBLIC_URL when set (never the Host header a client chose),
 * else the origin the request came to (local development, tests).
 */
export function publicOrigin(configured: string | undefined, requestUrl: string): string {
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      throw new Error(`PUBLIC_URL is not a URL: ${configured}`);
    }
  }
  return new URL(requestUrl).origin;
}

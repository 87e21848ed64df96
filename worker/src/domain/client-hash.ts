const DEVELOPMENT_SALT = 'opinia-development-salt';

/**
 * A salted SHA-256 of the caller's IP address: enough to tell one shopper from another for rate limits and
 * duplicate detection, never the IP itself. Production sets the `IP_SALT` secret.
 */
export async function clientHash(ip: string, salt: string | undefined): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt || DEVELOPMENT_SALT}|${ip}`));
  return Array.from(new Uint8Array(digest).slice(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

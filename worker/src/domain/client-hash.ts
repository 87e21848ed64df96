import { toHex } from './hex.ts';

const DEVELOPMENT_SALT = 'opinia-development-salt';

/**
 * A salted SHA-256 of the caller's IP address: enough to tell one shopper from another for rate limits and
 * duplicate detection, never the IP itself. Production sets the `IP_SALT` secret.
 */
let warnedAboutSalt = false;

export async function clientHash(ip: string, salt: string | undefined, environment?: string): Promise<string> {
  if (!salt && environment === 'production' && !warnedAboutSalt) {
    warnedAboutSalt = true;
    console.warn("IP_SALT is not set: shoppers' IP hashes use the public development salt. Run `wrangler secret put IP_SALT`.");
  }
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt || DEVELOPMENT_SALT}|${ip}`));
  return toHex(new Uint8Array(digest).slice(0, 16));
}

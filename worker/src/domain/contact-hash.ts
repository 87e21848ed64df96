import { toHex } from './hex.ts';

/**
 * The salted SHA-256 a shop's contact is known by after sending: of the e-mail address (trimmed, lower case)
 * or, without one, of the customer reference. Never reversible to the address; used for cooldown and unsubscribe.
 */
export async function contactHash(
  salt: string,
  contact: { email?: string | null; customerRef?: string | null },
): Promise<string | null> {
  const key = contact.email
    ? `email:${contact.email.trim().toLowerCase()}`
    : contact.customerRef
      ? `ref:${contact.customerRef}`
      : null;
  if (!key) return null;
  return toHex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}|${key}`)));
}

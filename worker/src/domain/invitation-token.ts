import type { InvitationTouchpoint } from '../../../shared/invitations.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { equalBytes } from './constant-time.ts';

/**
 * The token of a hosted-page link (`/f/<token>`) or an unsubscribe link (`/u/<token>`):
 * `base64url(JSON payload).base64url(HMAC-SHA256(payload part, the shop's invitation secret))`.
 * It binds shop, order, touchpoint, customer reference and products, and expires.
 */
export interface InvitationTokenPayload {
  /** `f`: the feedback page; `u`: unsubscribe. A token of one kind never works as the other. */
  k: 'f' | 'u';
  s: string;
  o: string;
  t: InvitationTouchpoint;
  c?: string;
  p?: string[];
  /** Contact hash (unsubscribe tokens). */
  h?: string;
  /** Unix seconds. */
  exp: number;
}

export type InvitationTokenCheck = { ok: true; payload: InvitationTokenPayload } | { ok: false; reason: 'invalid' | 'expired' };

async function hmac(secret: string, data: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(data)));
}

export async function signInvitationToken(secret: string, payload: InvitationTokenPayload): Promise<string> {
  const body = toBase64Url(new TextEncoder().encode(JSON.stringify(payload)));
  return `${body}.${toBase64Url(await hmac(secret, body))}`;
}

/** The payload without checking the signature: only to find which shop's secret to check it with. */
export function peekInvitationToken(token: string): Partial<InvitationTokenPayload> | null {
  const [body] = token.split('.');
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(fromBase64Url(body ?? '') ?? new Uint8Array()));
    return parsed && typeof parsed === 'object' ? (parsed as Partial<InvitationTokenPayload>) : null;
  } catch {
    return null;
  }
}

export async function verifyInvitationToken(
  secret: string | null,
  token: string,
  kind: InvitationTokenPayload['k'],
  now: Date,
): Promise<InvitationTokenCheck> {
  const [body, signature, extra] = token.split('.');
  if (!secret || !body || !signature || extra !== undefined) return { ok: false, reason: 'invalid' };
  const presented = fromBase64Url(signature);
  if (!presented || !equalBytes(presented, await hmac(secret, body))) return { ok: false, reason: 'invalid' };
  const payload = peekInvitationToken(token);
  if (
    !payload ||
    payload.k !== kind ||
    typeof payload.s !== 'string' ||
    typeof payload.o !== 'string' ||
    typeof payload.exp !== 'number'
  ) {
    return { ok: false, reason: 'invalid' };
  }
  if (payload.exp * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, payload: payload as InvitationTokenPayload };
}

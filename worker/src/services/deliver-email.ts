import type { EmailMessage } from '../../../shared/invitations.ts';
import { outboundUrlOptions, outboundUrlProblem } from '../../../shared/webhook-url.ts';
import type { InvitationConfig } from '../db/invitation-settings.ts';
import type { Shop } from '../db/shops.ts';
import { signBody } from '../domain/webhooks.ts';
import type { Env } from '../env.ts';
import { sendWithResend } from './mail-resend.ts';

export const WEBHOOK_TIMEOUT_MS = 5000;
export const RESEND_API = 'https://api.resend.com';

export type EmailDelivery =
  | { ok: true; via: 'provider' | 'webhook' | 'mailbox' }
  | { ok: false; error: string; permanent: boolean; noChannel?: boolean };

export interface EmailToDeliver extends EmailMessage {
  /** Only when the shop has a mail provider: Opinia sends to it directly. */
  to?: string | null;
}

/** Where the shop's e-mails go as webhooks: the invitations URL, else the alert webhooks. */
export function emailWebhookUrls(shop: Pick<Shop, 'webhooks'>, config: InvitationConfig): string[] {
  return config.settings.webhookUrl ? [config.settings.webhookUrl] : shop.webhooks;
}

/**
 * Delivers an e-mail the shop sends to its customer, choosing the way the shop set up:
 * 1. a mail provider in settings and an address → the provider's HTTP API (Resend);
 * 2. otherwise a signed webhook (`Opinia-Signature: sha256=<hex HMAC of the body>`) whose body is `payload`
 *    plus `email: { subject, text, html, headers }`, for the shop's own mail system (Opinia never sees the address);
 * 3. neither, under `npm start` (ENVIRONMENT=development) → the dev mailbox the dashboard shows.
 * Reusable for any e-mail of a shop (invitations, replies, follow-ups).
 */
export async function deliverEmail(
  env: Env,
  shop: Pick<Shop, 'id' | 'webhooks' | 'webhookSecret'>,
  config: InvitationConfig,
  email: EmailToDeliver,
  options: { payload: Record<string, unknown>; orderId: string },
): Promise<EmailDelivery> {
  const message: EmailMessage = { subject: email.subject, text: email.text, html: email.html, headers: email.headers };
  if (config.email && email.to) {
    const sent = await sendWithResend(env.RESEND_API_URL ?? RESEND_API, config.email, email.to, message);
    return sent.ok ? { ok: true, via: 'provider' } : sent;
  }
  const urls = emailWebhookUrls(shop, config);
  if (urls.length && shop.webhookSecret) {
    const body = JSON.stringify({ ...options.payload, email: message });
    const signature = `sha256=${await signBody(shop.webhookSecret, body)}`;
    for (const url of urls) {
      const problem = outboundUrlProblem(url, outboundUrlOptions(env.ENVIRONMENT));
      if (problem) return { ok: false, error: `webhook URL ${problem}`, permanent: true };
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'User-Agent': 'Opinia-Webhooks/1', 'Opinia-Signature': signature },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
        });
        await response.body?.cancel();
        if (!response.ok) return { ok: false, error: `webhook HTTP ${response.status}`, permanent: false };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error), permanent: false };
      }
    }
    return { ok: true, via: 'webhook' };
  }
  if (env.ENVIRONMENT === 'development') {
    // What the e-mail is about, as its webhook would say it (touchpoint, locale, reminder, link), for the Mailbox screen.
    const about = options.payload;
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    await env.DB.prepare(
      `INSERT INTO dev_mailbox (shop_id, order_id, to_address, subject, text_body, html_body, headers, created_at, touchpoint, locale, reminder, link)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
      .bind(
        shop.id,
        options.orderId,
        email.to ?? null,
        message.subject,
        message.text,
        message.html,
        JSON.stringify(message.headers),
        new Date().toISOString(),
        text(about.touchpoint),
        text(about.locale),
        about.reminder === true ? 1 : 0,
        text(about.link),
      )
      .run();
    return { ok: true, via: 'mailbox' };
  }
  return { ok: false, error: 'no mail provider and no webhook configured', permanent: true, noChannel: true };
}

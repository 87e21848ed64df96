// The reply to a complaint by e-mail through the shop's mail provider (issue #16: "through the configured mail
// provider when the order's address is still known"). The address is the order's, kept only until the invitations
// are sent (services/invitation-cron.ts); once it is gone, or without a provider, the e-mail goes in the
// attention.replied webhook only, for the shop's own mail system.
import type { Email } from '../../../shared/close-loop.ts';
import type { AttentionItem } from '../../../shared/owner-api.ts';
import { invitationConfig } from '../db/invitation-settings.ts';
import { findOrder } from '../db/orders.ts';
import type { Shop } from '../db/shops.ts';
import type { Env } from '../env.ts';
import { deliverEmail } from './deliver-email.ts';

/**
 * What became of the reply's e-mail: `sent` (the provider took it), `failed` (a provider and an address were at hand,
 * and the provider refused it or could not be reached) or `none` (no provider, no order or no address: nothing tried).
 */
export type MailOutcome = 'sent' | 'failed' | 'none';

/** Sends the reply's e-mail, if it can. */
export type MailReply = (item: AttentionItem, email: Email) => Promise<MailOutcome>;

export const noMail: MailReply = async () => 'none';

export function mailThroughProvider(env: Env, shop: Shop): MailReply {
  return async (item, email) => {
    if (!item.orderId) return 'none';
    const config = await invitationConfig(env.DB, shop.id);
    if (!config.email) return 'none';
    const order = await findOrder(env.DB, shop.id, item.orderId);
    if (!order?.email) return 'none';
    const sent = await deliverEmail(
      env,
      shop,
      config,
      { subject: email.subject, text: email.text, html: email.html, headers: {}, to: order.email },
      { payload: {}, orderId: item.orderId },
    ).catch(() => null); // the provider unreachable: the webhook still carries the e-mail
    return sent?.ok === true && sent.via === 'provider' ? 'sent' : 'failed';
  };
}

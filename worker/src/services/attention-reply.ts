import type { AttentionReply, ReplyDelivery } from '../../../shared/close-loop.ts';
import type { AttentionItem, AttentionRepliedPayload } from '../../../shared/owner-api.ts';
import { findAttention } from '../db/attention.ts';
import { saveReply } from '../db/replies.ts';
import type { Shop } from '../db/shops.ts';
import { newFollowUpToken } from '../domain/follow-up.ts';
import { replyLanguage } from '../../../shared/reply-language.ts';
import { replyEmail } from '../views/reply-email.ts';
import { repliedText } from '../domain/webhooks.ts';
import { noMail, type MailReply } from './reply-mail.ts';

/** Where the customer answers "Did we make it right?" outside the shop's pages (the route gives the hosted /f/<token> page). */
export type FollowUpLink = (shop: Shop, item: AttentionItem, token: string) => Promise<string | null>;

const noHostedPage: FollowUpLink = async () => null;

export interface ReplyOutcome {
  reply: AttentionReply;
  item: AttentionItem;
  /** `email` when the provider took the e-mail; `widget` otherwise (the reply waits on the shop's pages). */
  delivery: ReplyDelivery;
  emailSent: boolean;
  /** A provider and an address were at hand, and the provider refused the e-mail or could not be reached. */
  emailFailed: boolean;
  /** `attention.replied` deliveries queued, one per webhook URL. */
  deliveries: number;
}

/**
 * Stores the owner's private reply to a complaint and queues `attention.replied` to every webhook, carrying a
 * ready e-mail in the customer's language, and says how the reply went out. Null when the shop has no such item.
 */
export async function replyToComplaint(
  db: D1Database,
  shop: Shop,
  attentionId: string,
  text: string,
  now: Date,
  followUpLink: FollowUpLink = noHostedPage,
  mail: MailReply = noMail,
): Promise<ReplyOutcome | null> {
  const before = await findAttention(db, shop.id, attentionId);
  if (!before) return null;
  const reply: AttentionReply = {
    id: crypto.randomUUID(),
    createdAt: now.toISOString(),
    text,
    lang: replyLanguage(before.locale, shop.defaultLocale),
  };
  const token = newFollowUpToken();
  const item: AttentionItem = {
    ...before,
    status: before.status === 'open' ? 'replied' : before.status,
    firstReplyAt: before.firstReplyAt ?? reply.createdAt,
    replies: [...before.replies, reply],
  };
  const link = await followUpLink(shop, item, token);
  const email = replyEmail({ lang: reply.lang, shopName: shop.name, reply: text, complaint: item.comment, followUpLink: link });
  // Through the shop's mail provider when the order's address is still known; the webhook says so either way.
  const mailed = await mail(item, email);
  const emailSent = mailed === 'sent';
  const delivery: ReplyDelivery = emailSent ? 'email' : 'widget';
  const emailFailed = mailed === 'failed';
  const payload: AttentionRepliedPayload = {
    type: 'attention.replied',
    text: repliedText(shop.name, item, text),
    shopId: shop.id,
    item,
    reply,
    customerRef: item.customerRef,
    orderId: item.orderId,
    email,
    emailSent,
    delivery,
    emailFailed,
    followUp: { token, link },
  };
  const body = JSON.stringify(payload);
  const deliveries = shop.webhooks.map((url) => ({ id: crypto.randomUUID(), url, payload: body }));
  await saveReply(db, { ...reply, attentionId, shopId: shop.id, followUpToken: token }, deliveries);
  return {
    reply,
    item,
    delivery,
    emailSent,
    emailFailed,
    deliveries: deliveries.length,
  };
}

import type { AttentionReply, ReplyDelivery } from '../../../shared/close-loop.ts';
import type { AttentionItem, AttentionRepliedPayload } from '../../../shared/owner-api.ts';
import { IDEMPOTENCY_KEY_TTL_HOURS } from '../../../shared/idempotency.ts';
import { findAttention } from '../db/attention.ts';
import { findReplyKey, replyKeyStatements } from '../db/reply-idempotency.ts';
import { saveReply } from '../db/replies.ts';
import type { IdempotencyFingerprint } from '../domain/idempotency.ts';
import { ApiError } from '../errors.ts';
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
  /** The answer of an earlier request with the same Idempotency-Key: nothing was stored or sent this time. */
  replayed: boolean;
}

/**
 * What an earlier request with the same key answered, as it stands now (the item as it is now): a 409 when that
 * request asked something else; null when the key is new, or its reply is gone (erased).
 */
async function replayed(
  db: D1Database,
  shopId: string,
  attentionId: string,
  key: IdempotencyFingerprint,
  since: string,
): Promise<ReplyOutcome | null> {
  const used = await findReplyKey(db, shopId, key.keyHash, since);
  if (!used) return null;
  if (used.bodyHash !== key.bodyHash || used.attentionId !== attentionId)
    throw new ApiError(
      409,
      'idempotency_key_reused',
      'This Idempotency-Key came with another reply (another item or text) in the last ' +
        `${IDEMPOTENCY_KEY_TTL_HOURS} h: use a fresh key for a new reply, the same key only to retry the same one.`,
    );
  const item = await findAttention(db, shopId, attentionId);
  const reply = item?.replies.find((candidate) => candidate.id === used.replyId);
  if (!item || !reply) return null;
  return {
    reply,
    item,
    delivery: used.delivery,
    emailSent: used.delivery === 'email',
    emailFailed: used.emailFailed,
    deliveries: used.webhookDeliveries,
    replayed: true,
  };
}

/**
 * Stores the owner's private reply to a complaint and queues `attention.replied` to every webhook, carrying a
 * ready e-mail in the customer's language, and says how the reply went out. Null when the shop has no such item.
 * With an Idempotency-Key (`key`), a retry of the same reply answers the first one again and sends nothing; the
 * key's row is stored in the reply's batch, so a reply is never stored without it.
 */
export async function replyToComplaint(
  db: D1Database,
  shop: Shop,
  attentionId: string,
  text: string,
  now: Date,
  followUpLink: FollowUpLink = noHostedPage,
  mail: MailReply = noMail,
  key: IdempotencyFingerprint | null = null,
): Promise<ReplyOutcome | null> {
  const since = new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_HOURS * 3_600_000).toISOString();
  if (key) {
    const earlier = await replayed(db, shop.id, attentionId, key, since);
    if (earlier) return earlier;
  }
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
  const keyRow = key
    ? replyKeyStatements(
        db,
        {
          ...key,
          shopId: shop.id,
          attentionId,
          replyId: reply.id,
          delivery,
          emailFailed,
          webhookDeliveries: deliveries.length,
          createdAt: reply.createdAt,
        },
        since,
      )
    : [];
  try {
    await saveReply(db, { ...reply, attentionId, shopId: shop.id, followUpToken: token }, deliveries, keyRow);
  } catch (error) {
    // The same key stored first by a request that ran beside this one: this batch stored nothing; answer as that one.
    const earlier = key ? await replayed(db, shop.id, attentionId, key, since) : null;
    if (earlier) return earlier;
    throw error;
  }
  return {
    reply,
    item,
    delivery,
    emailSent,
    emailFailed,
    deliveries: deliveries.length,
    replayed: false,
  };
}

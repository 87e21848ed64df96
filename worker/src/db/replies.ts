import type { AttentionReply, PendingReply, Resolution } from '../../../shared/close-loop.ts';
import type { Outgoing } from './responses.ts';

export interface NewReply extends AttentionReply {
  attentionId: string;
  shopId: string;
  followUpToken: string;
}

/**
 * Stores a reply and its webhook deliveries and moves the item to `replied` (an open item only; a resolved
 * one stays resolved), keeping the time of the first reply — one batch, after the `first` statements (the
 * Idempotency-Key's row: if it fails, nothing is stored).
 */
export async function saveReply(
  db: D1Database,
  reply: NewReply,
  deliveries: Outgoing[],
  first: D1PreparedStatement[] = [],
): Promise<void> {
  await db.batch([
    ...first,
    db
      .prepare(
        'INSERT INTO attention_replies (id, shop_id, attention_id, text, lang, follow_up_token, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .bind(reply.id, reply.shopId, reply.attentionId, reply.text, reply.lang, reply.followUpToken, reply.createdAt),
    db
      .prepare(
        `UPDATE attention_items SET first_reply_at = IFNULL(first_reply_at, ?3),
           status = CASE WHEN status = 'open' THEN 'replied' ELSE status END
         WHERE shop_id = ?1 AND id = ?2`,
      )
      .bind(reply.shopId, reply.attentionId, reply.createdAt),
    ...deliveries.map((delivery) =>
      db
        .prepare(
          `INSERT INTO webhook_deliveries (id, shop_id, response_id, url, payload, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .bind(delivery.id, reply.shopId, reply.attentionId, delivery.url, delivery.payload, reply.createdAt, reply.createdAt),
    ),
  ]);
}

/** Whether this token came with a reply to this complaint. */
export async function isFollowUpToken(db: D1Database, shopId: string, attentionId: string, token: string): Promise<boolean> {
  const row = await db
    .prepare('SELECT 1 AS found FROM attention_replies WHERE shop_id = ? AND attention_id = ? AND follow_up_token = ? LIMIT 1')
    .bind(shopId, attentionId, token)
    .first();
  return row !== null;
}

/**
 * What a follow-up answer changes, in its own batch: the item is resolved, recovered or not, by the customer's
 * own answer (the first resolution time kept if the owner had closed it already), and its webhook deliveries
 * are queued. Each statement reads the follow-up back by id, so a retried clientId changes nothing.
 */
export function followUpStatements(
  db: D1Database,
  followUp: { id: string; shopId: string; attentionId: string; createdAt: string },
  resolution: Resolution,
  deliveries: Outgoing[],
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `UPDATE attention_items SET status = 'resolved', resolution = ?3, resolved_at = IFNULL(resolved_at, ?4)
         WHERE shop_id = ?1 AND id = ?2 AND EXISTS (SELECT 1 FROM responses WHERE id = ?5)`,
      )
      .bind(followUp.shopId, followUp.attentionId, resolution, followUp.createdAt, followUp.id),
    ...deliveries.map((delivery) =>
      db
        .prepare(
          `INSERT INTO webhook_deliveries (id, shop_id, response_id, url, payload, next_attempt_at, created_at)
           SELECT ?2, shop_id, ?3, ?4, ?5, created_at, created_at FROM responses WHERE id = ?1`,
        )
        .bind(followUp.id, delivery.id, followUp.attentionId, delivery.url, delivery.payload),
    ),
  ];
}

const PENDING_LIMIT = 3;
const PENDING_DAYS = 60;

/**
 * Replies waiting for the customer on the shop's pages: the newest reply per complaint that has no follow-up
 * yet, for complaints sent from this browser (one of its clientIds) or by this customer reference.
 */
export async function pendingReplies(
  db: D1Database,
  shop: { id: string; name: string },
  who: { clientId?: string | undefined; customer?: string | undefined },
  now: Date,
): Promise<PendingReply[]> {
  const since = new Date(now.getTime() - PENDING_DAYS * 86_400_000).toISOString();
  const { results } = await db
    .prepare(
      `SELECT p.id, p.attention_id, p.created_at, p.text, p.lang, p.follow_up_token
       FROM attention_replies p JOIN responses r ON r.id = p.attention_id
       WHERE p.shop_id = ?1 AND r.shop_id = ?1 AND p.created_at >= ?4
         AND ((?2 IS NOT NULL AND r.client_id = ?2) OR (?3 IS NOT NULL AND r.customer_ref = ?3))
         AND NOT EXISTS (SELECT 1 FROM responses f WHERE f.shop_id = ?1 AND f.follow_up_of = p.attention_id)
         AND p.created_at = (SELECT MAX(q.created_at) FROM attention_replies q WHERE q.shop_id = ?1 AND q.attention_id = p.attention_id)
       ORDER BY p.created_at DESC LIMIT ?5`,
    )
    .bind(shop.id, who.clientId ?? null, who.customer ?? null, since, PENDING_LIMIT)
    .all<{
      id: string;
      attention_id: string;
      created_at: string;
      text: string;
      lang: PendingReply['lang'];
      follow_up_token: string;
    }>();
  return results.map((row) => ({
    id: row.id,
    attentionId: row.attention_id,
    createdAt: row.created_at,
    text: row.text,
    lang: row.lang,
    shopName: shop.name,
    followUpToken: row.follow_up_token,
  }));
}

/** A customer's replies (for their timeline and their GDPR export), oldest first. */
export async function customerReplies(
  db: D1Database,
  shopId: string,
  customerRef: string,
): Promise<(AttentionReply & { attentionId: string })[]> {
  const { results } = await db
    .prepare(
      `SELECT p.id, p.attention_id AS attentionId, p.created_at AS createdAt, p.text, p.lang
       FROM attention_replies p JOIN responses r ON r.id = p.attention_id
       WHERE p.shop_id = ?1 AND r.shop_id = ?1 AND r.customer_ref = ?2 ORDER BY p.created_at, p.id`,
    )
    .bind(shopId, customerRef)
    .all<AttentionReply & { attentionId: string }>();
  return results;
}

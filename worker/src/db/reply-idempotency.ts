import type { ReplyDelivery } from '../../../shared/close-loop.ts';
import { IDEMPOTENCY_KEY_TTL_HOURS } from '../../../shared/idempotency.ts';
import type { IdempotencyFingerprint } from '../domain/idempotency.ts';

/** A reply made under an Idempotency-Key, and how it went out (what the first answer said). */
export interface ReplyKey extends IdempotencyFingerprint {
  shopId: string;
  attentionId: string;
  replyId: string;
  delivery: ReplyDelivery;
  emailFailed: boolean;
  webhookDeliveries: number;
  createdAt: string;
}

/** The reply a key made since `since` (keys older than that count as never used). */
export async function findReplyKey(
  db: D1Database,
  shopId: string,
  keyHash: string,
  since: string,
): Promise<Omit<ReplyKey, 'shopId' | 'keyHash'> | null> {
  const row = await db
    .prepare(
      `SELECT body_hash, attention_id, reply_id, delivery, email_failed, webhook_deliveries, created_at
       FROM reply_idempotency_keys WHERE shop_id = ? AND key_hash = ? AND created_at >= ?`,
    )
    .bind(shopId, keyHash, since)
    .first<{
      body_hash: string;
      attention_id: string;
      reply_id: string;
      delivery: ReplyDelivery;
      email_failed: number;
      webhook_deliveries: number;
      created_at: string;
    }>();
  return row
    ? {
        bodyHash: row.body_hash,
        attentionId: row.attention_id,
        replyId: row.reply_id,
        delivery: row.delivery,
        emailFailed: row.email_failed === 1,
        webhookDeliveries: row.webhook_deliveries,
        createdAt: row.created_at,
      }
    : null;
}

/**
 * The key's row, for the reply's own batch: first in it, so a second request with the same key that got here at the
 * same time fails on the primary key and its batch stores nothing. An expired row of the same key goes first.
 */
export function replyKeyStatements(db: D1Database, key: ReplyKey, since: string): D1PreparedStatement[] {
  return [
    db
      .prepare('DELETE FROM reply_idempotency_keys WHERE shop_id = ? AND key_hash = ? AND created_at < ?')
      .bind(key.shopId, key.keyHash, since),
    db
      .prepare(
        `INSERT INTO reply_idempotency_keys
           (shop_id, key_hash, body_hash, attention_id, reply_id, delivery, email_failed, webhook_deliveries, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        key.shopId,
        key.keyHash,
        key.bodyHash,
        key.attentionId,
        key.replyId,
        key.delivery,
        key.emailFailed ? 1 : 0,
        key.webhookDeliveries,
        key.createdAt,
      ),
  ];
}

/** Deletes every shop's keys older than the window (the hourly cron): after it the same key is a new request. */
export async function purgeReplyKeys(db: D1Database, now: Date): Promise<number> {
  const before = new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_HOURS * 3_600_000).toISOString();
  const result = await db.prepare('DELETE FROM reply_idempotency_keys WHERE created_at < ?').bind(before).run();
  return result.meta.changes;
}

import type { AttentionReason } from '../../../shared/owner-api.ts';
import type { Sentiment } from '../../../shared/schemas.ts';
import type { StoredAnswer } from '../domain/answer.ts';
import { reviewStatements, type NewReview } from './reviews.ts';
import { addToRelationship, linkToPreviousAnswer } from './relationship.ts';
import { addToCustomerBalance, addToDailyStats, addToThemeStats } from './rollups.ts';

export interface SavedAnswer {
  id: string;
  sentiment: Sentiment | null;
  /** false when the same clientId was stored before: the first answer stands and nothing else moved. */
  created: boolean;
}

export interface Outgoing {
  id: string;
  url: string;
  payload: string;
}

/**
 * Stores an answer once per (shop, clientId) together with everything it changes — rollups, themes, the
 * customer's balance, an attention item and its webhook deliveries — in one D1 batch (one transaction).
 */
export async function saveAnswer(
  db: D1Database,
  answer: StoredAnswer,
  effects: {
    attention: AttentionReason[];
    deliveries: Outgoing[];
    review?: NewReview | null;
    /** More statements of the same batch; like the rest, they must read the answer back by its id. */
    extra?: D1PreparedStatement[];
  },
): Promise<SavedAnswer> {
  const insert = db
    .prepare(
      `INSERT INTO responses (id, shop_id, client_id, kind, touchpoint, rating, nps, comment, locale, order_id, product_id,
         customer_ref, segment, lang, sentiment_label, sentiment_score, sentiment_lang, themes, polarity, mixed, attention, created_at, day,
         duplicate_key, channel, follow_up_of, solved, sentiment_mixed)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (shop_id, client_id) DO NOTHING
       RETURNING id`,
    )
    .bind(
      answer.id,
      answer.shopId,
      answer.clientId,
      answer.kind,
      answer.touchpoint,
      answer.rating ?? null,
      answer.nps ?? null,
      answer.comment ?? null,
      answer.locale ?? null,
      answer.orderId ?? null,
      answer.productId ?? null,
      answer.customerRef ?? null,
      answer.segment ?? null,
      answer.lang,
      answer.sentiment?.label ?? null,
      answer.sentiment?.score ?? null,
      answer.sentiment?.lang ?? null,
      answer.themes.length ? JSON.stringify(answer.themes) : null,
      answer.polarity,
      answer.mixed ? 1 : 0,
      effects.attention.length > 0 ? 1 : 0,
      answer.createdAt,
      answer.day,
      answer.duplicateKey ?? null,
      answer.channel ?? 'onsite',
      answer.followUpOf ?? null,
      answer.solved ?? null,
      answer.sentiment?.mixed ? 1 : 0,
    );
  // Every statement below reads the answer back by its new id, so a skipped insert changes nothing. The review row
  // comes first: the rollups leave out a review that is not published (db/rollups.ts `counted`).
  const statements = [
    insert,
    ...(effects.review ? reviewStatements(db, answer.id, effects.review) : []),
    ...addToDailyStats(db, answer.id, 1),
    linkToPreviousAnswer(db, answer.id),
    addToRelationship(db, answer.id, 1),
    addToCustomerBalance(db, answer.id, 1),
  ];
  if (answer.themes.length) statements.push(...addToThemeStats(db, answer.id, 1));
  if (answer.kind === 'review') {
    statements.push(...addToDailyStats(db, answer.id, 1, 'review'));
    if (answer.themes.length) statements.push(...addToThemeStats(db, answer.id, 1, 'review'));
  }
  if (effects.attention.length) {
    statements.push(
      db
        .prepare(
          'INSERT INTO attention_items (id, shop_id, reasons, created_at) SELECT id, shop_id, ?2, created_at FROM responses WHERE id = ?1',
        )
        .bind(answer.id, JSON.stringify(effects.attention)),
    );
    for (const delivery of effects.deliveries) {
      statements.push(
        db
          .prepare(
            `INSERT INTO webhook_deliveries (id, shop_id, response_id, url, payload, next_attempt_at, created_at)
             SELECT ?2, shop_id, id, ?3, ?4, created_at, created_at FROM responses WHERE id = ?1`,
          )
          .bind(answer.id, delivery.id, delivery.url, delivery.payload),
      );
    }
  }
  if (effects.extra) statements.push(...effects.extra);
  const [inserted] = await db.batch<{ id: string }>(statements);
  if (inserted?.results.length) return { id: answer.id, sentiment: answer.sentiment, created: true };
  const first = await findAnswerByClientId(db, answer.shopId, answer.clientId);
  if (!first) throw new Error('answer vanished between insert and read');
  return first;
}

/** The answer a client stored before under this clientId, if any. */
export async function findAnswerByClientId(db: D1Database, shopId: string, clientId: string): Promise<SavedAnswer | null> {
  const first = await db
    .prepare(
      'SELECT id, sentiment_label, sentiment_score, sentiment_lang, sentiment_mixed FROM responses WHERE shop_id = ? AND client_id = ?',
    )
    .bind(shopId, clientId)
    .first<{
      id: string;
      sentiment_label: Sentiment['label'] | null;
      sentiment_score: number | null;
      sentiment_lang: string | null;
      sentiment_mixed: number;
    }>();
  if (!first) return null;
  const sentiment = first.sentiment_label
    ? {
        label: first.sentiment_label,
        score: first.sentiment_score ?? 0,
        lang: first.sentiment_lang ?? 'other',
        mixed: first.sentiment_mixed === 1,
      }
    : null;
  return { id: first.id, sentiment, created: false };
}

/**
 * Deletes answers and undoes everything they changed (rollups, themes, customer balances, attention items,
 * pending alerts) in one batch. Each undo statement reads the answer before the batch's last statements delete it.
 */
export async function deleteAnswers(db: D1Database, shopId: string, responseIds: string[]): Promise<number> {
  if (responseIds.length === 0) return 0;
  const statements: D1PreparedStatement[] = [];
  const placeholders = responseIds.map(() => '?').join(', ');
  // Reviews also leave their own rollups (migrations/0014); only they need those statements.
  const { results: reviews } = await db
    .prepare(`SELECT id FROM responses WHERE shop_id = ? AND kind = 'review' AND id IN (${placeholders})`)
    .bind(shopId, ...responseIds)
    .all<{ id: string }>();
  const reviewIds = new Set(reviews.map((row) => row.id));
  for (const id of responseIds) {
    statements.push(
      ...addToDailyStats(db, id, -1),
      ...addToThemeStats(db, id, -1),
      addToRelationship(db, id, -1),
      addToCustomerBalance(db, id, -1),
    );
    if (reviewIds.has(id)) statements.push(...addToDailyStats(db, id, -1, 'review'), ...addToThemeStats(db, id, -1, 'review'));
  }
  statements.push(
    db.prepare('DELETE FROM customers WHERE shop_id = ? AND answers <= 0').bind(shopId),
    db.prepare(`DELETE FROM attention_items WHERE shop_id = ? AND id IN (${placeholders})`).bind(shopId, ...responseIds),
    db
      .prepare(`DELETE FROM attention_replies WHERE shop_id = ? AND attention_id IN (${placeholders})`)
      .bind(shopId, ...responseIds),
    db
      .prepare(`DELETE FROM reply_idempotency_keys WHERE shop_id = ? AND attention_id IN (${placeholders})`)
      .bind(shopId, ...responseIds),
    db
      .prepare(
        `DELETE FROM review_votes WHERE review_id IN (SELECT id FROM reviews WHERE shop_id = ? AND id IN (${placeholders}))`,
      )
      .bind(shopId, ...responseIds),
    db
      .prepare(
        `DELETE FROM review_vote_sources WHERE review_id IN (SELECT id FROM reviews WHERE shop_id = ? AND id IN (${placeholders}))`,
      )
      .bind(shopId, ...responseIds),
    // (spent_order_tokens stays: hashes without the order id, so an erased review's token is never accepted again)
    db.prepare(`DELETE FROM used_order_tokens WHERE shop_id = ? AND review_id IN (${placeholders})`).bind(shopId, ...responseIds),
    db.prepare(`DELETE FROM moderation_log WHERE shop_id = ? AND review_id IN (${placeholders})`).bind(shopId, ...responseIds),
    db.prepare(`DELETE FROM reviews WHERE shop_id = ? AND id IN (${placeholders})`).bind(shopId, ...responseIds),
    db
      .prepare(`DELETE FROM review_invitations WHERE shop_id = ? AND response_id IN (${placeholders})`)
      .bind(shopId, ...responseIds),
    db
      .prepare(`DELETE FROM webhook_deliveries WHERE shop_id = ? AND response_id IN (${placeholders})`)
      .bind(shopId, ...responseIds),
    // RETURNING counts the answers themselves: meta.changes also counts what the triggers on responses change.
    db.prepare(`DELETE FROM responses WHERE shop_id = ? AND id IN (${placeholders}) RETURNING id`).bind(shopId, ...responseIds),
  );
  const results = await db.batch(statements);
  return results.at(-1)?.results.length ?? 0;
}

/** Whether this shopper sent the same comment as another answer (another clientId) since `since`. */
export async function isDuplicateComment(
  db: D1Database,
  shopId: string,
  duplicateKey: string,
  clientId: string,
  since: string,
): Promise<boolean> {
  const row = await db
    .prepare(
      'SELECT 1 AS found FROM responses WHERE shop_id = ? AND duplicate_key = ? AND created_at >= ? AND client_id <> ? LIMIT 1',
    )
    .bind(shopId, duplicateKey, since, clientId)
    .first();
  return row !== null;
}

/** Ids of a shop's answers matching one column, oldest first, at most `limit`. */
export async function answerIdsWhere(
  db: D1Database,
  shopId: string,
  where: { customerRef: string } | { orderId: string } | { createdBefore: string },
  limit: number,
): Promise<string[]> {
  const [clause, value] =
    'customerRef' in where
      ? ['customer_ref = ?', where.customerRef]
      : 'orderId' in where
        ? ['order_id = ?', where.orderId]
        : ['created_at < ?', where.createdBefore];
  const { results } = await db
    .prepare(`SELECT id FROM responses WHERE shop_id = ? AND ${clause} ORDER BY created_at LIMIT ?`)
    .bind(shopId, value, limit)
    .all<{ id: string }>();
  return results.map((row) => row.id);
}

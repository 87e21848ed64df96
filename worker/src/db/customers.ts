import type { CustomerAnswer } from '../domain/customer.ts';

export async function customerAnswers(db: D1Database, shopId: string, customerRef: string): Promise<CustomerAnswer[]> {
  const { results } = await db
    .prepare(
      `SELECT id, created_at AS createdAt, kind, touchpoint, rating, nps, comment, sentiment_label AS sentiment, polarity,
         follow_up_of AS followUpOf
       FROM responses WHERE shop_id = ? AND customer_ref = ? ORDER BY created_at, id`,
    )
    .bind(shopId, customerRef)
    .all<CustomerAnswer>();
  return results;
}

/** The customer's complaints and how each went: for the balance before, after and after the repair. */
export async function customerComplaints(db: D1Database, shopId: string, customerRef: string) {
  const { results } = await db
    .prepare(
      `SELECT a.id, a.first_reply_at AS repliedAt, a.resolution FROM attention_items a JOIN responses r ON r.id = a.id
       WHERE a.shop_id = ?1 AND r.shop_id = ?1 AND r.customer_ref = ?2 ORDER BY a.created_at, a.id`,
    )
    .bind(shopId, customerRef)
    .all<{ id: string; repliedAt: string | null; resolution: import('../../../shared/close-loop.ts').Resolution | null }>();
  return results;
}

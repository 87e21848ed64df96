import type { CustomerAnswer } from '../domain/customer.ts';

export async function customerAnswers(db: D1Database, shopId: string, customerRef: string): Promise<CustomerAnswer[]> {
  const { results } = await db
    .prepare(
      `SELECT id, created_at AS createdAt, kind, touchpoint, rating, nps, comment, sentiment_label AS sentiment, polarity
       FROM responses WHERE shop_id = ? AND customer_ref = ? ORDER BY created_at, id`,
    )
    .bind(shopId, customerRef)
    .all<CustomerAnswer>();
  return results;
}

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

/**
 * A page of the shop's customers, lowest balance first (keyset after `after`), with their open complaints:
 * a range of customers_by_balance, and per row of the page a count over responses_by_customer.
 */
export async function listCustomersByBalance(
  db: D1Database,
  shopId: string,
  after: { balance: number; customerRef: string } | undefined,
  limit: number,
) {
  const sql = `SELECT c.customer_ref AS customerRef, c.balance, c.answers, c.last_seen AS lastSeen,
      (SELECT COUNT(*) FROM responses r CROSS JOIN attention_items a ON a.id = r.id
       WHERE r.shop_id = ?1 AND r.customer_ref = c.customer_ref AND a.shop_id = ?1 AND a.status = 'open') AS openComplaints
    FROM customers c
    WHERE c.shop_id = ?1 ${after ? 'AND (c.balance, c.customer_ref) > (?3, ?4)' : ''}
    ORDER BY c.balance, c.customer_ref LIMIT ?2`;
  const statement = db.prepare(sql);
  const { results } = await (after
    ? statement.bind(shopId, limit, after.balance, after.customerRef)
    : statement.bind(shopId, limit)
  ).all<{ customerRef: string; balance: number; answers: number; lastSeen: string; openComplaints: number }>();
  return results;
}

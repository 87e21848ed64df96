export interface DueDelivery {
  id: string;
  url: string;
  payload: string;
  attempts: number;
  secret: string;
}

/** Deliveries whose time has come (of one shop, or of all), oldest first. */
export async function dueDeliveries(db: D1Database, now: string, limit: number, shopId?: string): Promise<DueDelivery[]> {
  const { results } = await db
    .prepare(
      `SELECT d.id, d.url, d.payload, d.attempts, s.webhook_secret AS secret
       FROM webhook_deliveries d JOIN shops s ON s.id = d.shop_id
       WHERE d.delivered_at IS NULL AND d.next_attempt_at <= ?1 AND (?2 IS NULL OR d.shop_id = ?2)
       ORDER BY d.next_attempt_at LIMIT ?3`,
    )
    .bind(now, shopId ?? null, limit)
    .all<DueDelivery>();
  return results;
}

export async function markDelivered(db: D1Database, id: string, now: string): Promise<void> {
  await db
    .prepare('UPDATE webhook_deliveries SET delivered_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?')
    .bind(now, id)
    .run();
}

/** Records a failed attempt; `nextAttemptAt` null parks the delivery for good (kept, with its last error). */
export async function markFailed(db: D1Database, id: string, error: string, nextAttemptAt: string | null): Promise<void> {
  await db
    .prepare(
      "UPDATE webhook_deliveries SET attempts = attempts + 1, last_error = ?, next_attempt_at = IFNULL(?, '9999-12-31') WHERE id = ?",
    )
    .bind(error.slice(0, 500), nextAttemptAt, id)
    .run();
}

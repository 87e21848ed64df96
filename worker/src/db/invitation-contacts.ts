export interface ContactState {
  contactHash: string;
  lastOrderId: string | null;
  lastSentAt: string | null;
  unsubscribedAt: string | null;
}

/** Never written to again: kept as the salted hash alone. */
export async function unsubscribeContact(db: D1Database, shopId: string, contactHash: string | null, now: string): Promise<void> {
  if (!contactHash) return;
  await db
    .prepare(
      `INSERT INTO invitation_contacts (shop_id, contact_hash, unsubscribed_at) VALUES (?, ?, ?)
       ON CONFLICT (shop_id, contact_hash) DO UPDATE SET unsubscribed_at = IFNULL(unsubscribed_at, excluded.unsubscribed_at)`,
    )
    .bind(shopId, contactHash, now)
    .run();
}

/** The state of many contacts of many shops at once (one query per 45 contacts). Keyed `shopId|hash`. */
export async function contactStates(
  db: D1Database,
  keys: { shopId: string; contactHash: string }[],
): Promise<Map<string, ContactState>> {
  const states = new Map<string, ContactState>();
  for (let i = 0; i < keys.length; i += 45) {
    const chunk = keys.slice(i, i + 45);
    const { results } = await db
      .prepare(
        `SELECT shop_id, contact_hash, last_order_id, last_sent_at, unsubscribed_at FROM invitation_contacts
         WHERE (shop_id, contact_hash) IN (VALUES ${chunk.map(() => '(?, ?)').join(', ')})`,
      )
      .bind(...chunk.flatMap((key) => [key.shopId, key.contactHash]))
      .all<{
        shop_id: string;
        contact_hash: string;
        last_order_id: string | null;
        last_sent_at: string | null;
        unsubscribed_at: string | null;
      }>();
    for (const row of results) {
      states.set(`${row.shop_id}|${row.contact_hash}`, {
        contactHash: row.contact_hash,
        lastOrderId: row.last_order_id,
        lastSentAt: row.last_sent_at,
        unsubscribedAt: row.unsubscribed_at,
      });
    }
  }
  return states;
}

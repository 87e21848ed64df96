import type { AttentionItem, AttentionReason, AttentionStatus } from '../../../shared/owner-api.ts';
import type { Touchpoint } from '../../../shared/schemas.ts';

interface AttentionRow {
  id: string;
  status: AttentionStatus;
  reasons: string;
  created_at: string;
  resolved_at: string | null;
  note: string | null;
  touchpoint: Touchpoint;
  rating: number | null;
  nps: number | null;
  comment: string | null;
  locale: string | null;
  order_id: string | null;
  customer_ref: string | null;
}

const SELECT_ITEMS = `SELECT a.id, a.status, a.reasons, a.created_at, a.resolved_at, a.note, r.touchpoint, r.rating, r.nps,
  r.comment, r.locale, r.order_id, r.customer_ref
  FROM attention_items a JOIN responses r ON r.id = a.id`;

function toItem(row: AttentionRow): AttentionItem {
  return {
    id: row.id,
    responseId: row.id,
    status: row.status,
    reasons: JSON.parse(row.reasons) as AttentionReason[],
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    note: row.note,
    touchpoint: row.touchpoint,
    rating: row.rating,
    nps: row.nps,
    comment: row.comment,
    locale: row.locale,
    orderId: row.order_id,
    customerRef: row.customer_ref,
  };
}

/** Newest first; `after` is the (createdAt, id) of the previous page's last item. Fetches limit + 1 rows. */
export async function listAttention(
  db: D1Database,
  shopId: string,
  options: { status?: AttentionStatus; after?: { createdAt: string; id: string }; limit: number },
): Promise<AttentionItem[]> {
  const clauses = ['a.shop_id = ?'];
  const values: (string | number)[] = [shopId];
  if (options.status) (clauses.push('a.status = ?'), values.push(options.status));
  if (options.after) (clauses.push('(a.created_at, a.id) < (?, ?)'), values.push(options.after.createdAt, options.after.id));
  const { results } = await db
    .prepare(`${SELECT_ITEMS} WHERE ${clauses.join(' AND ')} ORDER BY a.created_at DESC, a.id DESC LIMIT ?`)
    .bind(...values, options.limit + 1)
    .all<AttentionRow>();
  return results.map(toItem);
}

export async function findAttention(db: D1Database, shopId: string, id: string): Promise<AttentionItem | null> {
  const row = await db.prepare(`${SELECT_ITEMS} WHERE a.shop_id = ? AND a.id = ?`).bind(shopId, id).first<AttentionRow>();
  return row ? toItem(row) : null;
}

/** Resolving keeps the first resolution time; reopening clears it. A note, when given, replaces the old one. */
export async function updateAttention(
  db: D1Database,
  shopId: string,
  id: string,
  update: { status: AttentionStatus; note?: string | undefined },
  now: string,
): Promise<boolean> {
  const result = await db
    .prepare(
      `UPDATE attention_items SET status = ?1, note = IFNULL(?2, note),
         resolved_at = CASE WHEN ?1 = 'resolved' THEN IFNULL(resolved_at, ?3) ELSE NULL END
       WHERE shop_id = ?4 AND id = ?5`,
    )
    .bind(update.status, update.note ?? null, now, shopId, id)
    .run();
  return result.meta.changes > 0;
}

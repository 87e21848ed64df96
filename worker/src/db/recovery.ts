import type { Resolution } from '../../../shared/close-loop.ts';
import type { AnswerFilters } from '../../../shared/schemas.ts';
import { addDays } from '../domain/dates.ts';
import type { ComplaintOutcome } from '../domain/recovery.ts';

const WON_WITHIN_DAYS = 90;

/**
 * Every complaint (attention item) that came in from…to and matches the filters, with what happened next:
 * first reply, follow-up, resolution, and whether a detractor later gave an NPS of 7+ (in the follow-up, or
 * in any later answer of the same customer within 90 days). Walks the shop's items by creation time.
 */
export async function complaintOutcomes(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
): Promise<ComplaintOutcome[]> {
  const clauses = ['a.shop_id = ?1', 'a.created_at >= ?2', 'a.created_at < ?3', 'r.shop_id = ?1'];
  const values: (string | number)[] = [shopId, from, `${addDays(to, 1)}T00:00:00.000Z`];
  if (filters.productId) clauses.push(`r.product_id = ?${values.length + 1}`), values.push(filters.productId);
  if (filters.touchpoint) clauses.push(`r.touchpoint = ?${values.length + 1}`), values.push(filters.touchpoint);
  if (filters.locale) clauses.push(`r.lang = ?${values.length + 1}`), values.push(filters.locale);
  if (filters.segment) clauses.push(`r.segment = ?${values.length + 1}`), values.push(filters.segment);
  const { results } = await db
    .prepare(
      `SELECT a.id, a.created_at AS createdAt, a.first_reply_at AS firstReplyAt, a.resolution,
         EXISTS (SELECT 1 FROM responses f WHERE f.shop_id = ?1 AND f.follow_up_of = a.id) AS followedUp,
         CASE WHEN r.nps <= 6 THEN
           EXISTS (SELECT 1 FROM responses f WHERE f.shop_id = ?1 AND f.follow_up_of = a.id AND f.nps >= 7)
           OR (r.customer_ref IS NOT NULL AND EXISTS (
             SELECT 1 FROM responses l WHERE l.shop_id = ?1 AND l.customer_ref = r.customer_ref AND l.created_at > r.created_at
               AND l.created_at <= strftime('%Y-%m-%dT%H:%M:%fZ', r.created_at, '+${WON_WITHIN_DAYS} days') AND l.nps >= 7))
         ELSE 0 END AS detractorWon
       FROM attention_items a JOIN responses r ON r.id = a.id
       WHERE ${clauses.join(' AND ')} ORDER BY a.created_at`,
    )
    .bind(...values)
    .all<{
      id: string;
      createdAt: string;
      firstReplyAt: string | null;
      resolution: Resolution | null;
      followedUp: number;
      detractorWon: number;
    }>();
  return results.map((row) => ({ ...row, followedUp: row.followedUp === 1, detractorWon: row.detractorWon === 1 }));
}

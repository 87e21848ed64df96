import type { AnswerFilters } from '../../../shared/schemas.ts';
import { addDays } from '../domain/dates.ts';
import { REPLY_OVERDUE_HOURS, type RecoveryDay } from '../domain/recovery.ts';

const WON_WITHIN_DAYS = 90;
const HOUR_MS = 3_600_000;
const REPLY_OVERDUE_MS = REPLY_OVERDUE_HOURS * HOUR_MS;

/** The complaints of the period matching the filters, as a FROM … WHERE over attention items joined to their answer. */
function complaintsOfPeriod(shopId: string, filters: AnswerFilters, from: string, to: string) {
  const clauses = ['a.shop_id = ?1', 'a.created_at >= ?2', 'a.created_at < ?3', 'r.shop_id = ?1'];
  const values: (string | number)[] = [shopId, from, `${addDays(to, 1)}T00:00:00.000Z`];
  if (filters.productId) clauses.push(`r.product_id = ?${values.length + 1}`), values.push(filters.productId);
  if (filters.touchpoint) clauses.push(`r.touchpoint = ?${values.length + 1}`), values.push(filters.touchpoint);
  if (filters.locale) clauses.push(`r.lang = ?${values.length + 1}`), values.push(filters.locale);
  if (filters.segment) clauses.push(`r.segment = ?${values.length + 1}`), values.push(filters.segment);
  return { from: `FROM attention_items a JOIN responses r ON r.id = a.id WHERE ${clauses.join(' AND ')}`, values };
}

/**
 * Milliseconds from the complaint to its first reply, exact: SQLite keeps a date as whole milliseconds
 * (julianday() is that number / 86,400,000), so the rounded difference equals Date.parse(reply) − Date.parse(created).
 */
const REPLY_MS = 'CAST(ROUND((julianday(a.first_reply_at) - julianday(a.created_at)) * 86400000.0) AS INTEGER)';

/**
 * The complaints (attention items) that came in from…to and match the filters, counted per day in SQL (≤ one row a
 * day comes back, not one per complaint): replied, replied within 48 h, followed up, recovered, and detractors won
 * back (NPS 0–6 whose later NPS is 7+: in the follow-up, or in a later answer of the same customer within 90 days).
 * One follow-up probe per complaint answers both "followed up" (a row exists) and "won by the follow-up" (its max).
 */
export async function recoveryDays(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
): Promise<RecoveryDay[]> {
  const complaints = complaintsOfPeriod(shopId, filters, from, to);
  const { results } = await db
    .prepare(
      `SELECT day, COUNT(*) AS complaints, COALESCE(SUM(replyMs IS NOT NULL), 0) AS replied,
         COALESCE(SUM(replyMs IS NOT NULL AND replyMs <= ${REPLY_OVERDUE_MS}), 0) AS repliedWithin48h,
         COALESCE(SUM(followUp IS NOT NULL), 0) AS followUps, COALESCE(SUM(resolution IS 'recovered'), 0) AS recovered,
         COALESCE(SUM(nps <= 6 AND (followUp = 1 OR (customerRef IS NOT NULL AND EXISTS (
           SELECT 1 FROM responses l WHERE l.shop_id = ?1 AND l.customer_ref = customerRef AND l.created_at > answeredAt
             AND l.created_at <= strftime('%Y-%m-%dT%H:%M:%fZ', answeredAt, '+${WON_WITHIN_DAYS} days') AND l.nps >= 7)))), 0) AS detractorsWon
       FROM (
         SELECT substr(a.created_at, 1, 10) AS day, a.resolution, r.nps, r.customer_ref AS customerRef, r.created_at AS answeredAt,
           CASE WHEN a.first_reply_at IS NULL THEN NULL ELSE ${REPLY_MS} END AS replyMs,
           (SELECT MAX(COALESCE(f.nps >= 7, 0)) FROM responses f WHERE f.shop_id = ?1 AND f.follow_up_of = a.id) AS followUp
         ${complaints.from}
       ) GROUP BY day ORDER BY day`,
    )
    .bind(...complaints.values)
    .all<RecoveryDay>();
  return results;
}

/**
 * The exact median of the hours from complaint to first reply (one decimal), sorted in SQL: only the one or two
 * middle values come back. null without replies.
 */
export async function medianHoursToFirstReply(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
): Promise<number | null> {
  const complaints = complaintsOfPeriod(shopId, filters, from, to);
  const { results } = await db
    .prepare(
      `WITH replies AS (SELECT ${REPLY_MS} AS ms ${complaints.from} AND a.first_reply_at IS NOT NULL),
         n AS (SELECT COUNT(*) AS c FROM replies)
       SELECT ms FROM replies ORDER BY ms LIMIT (SELECT 2 - c % 2 FROM n) OFFSET (SELECT (c - 1) / 2 FROM n)`,
    )
    .bind(...complaints.values)
    .all<{ ms: number }>();
  if (results.length === 0) return null;
  const middle = results.length === 1 ? results[0]!.ms / HOUR_MS : (results[0]!.ms / HOUR_MS + results[1]!.ms / HOUR_MS) / 2;
  return Math.round(middle * 10) / 10;
}

import type { AnswerFilters } from '../../../shared/schemas.ts';
import { addDays } from '../domain/dates.ts';
import type { RecoveryDay } from '../domain/recovery.ts';
import { medianOfHistogram } from '../domain/summary.ts';
import {
  complaintDaysStatement,
  complaintHoursStatement,
  complaintTotalsStatement,
  type ComplaintCounts,
  type ComplaintDay,
} from './complaint-slices.ts';
import { EXACT_MEDIAN_LIMIT } from './insights.ts';

const HOUR_MS = 3_600_000;

/** The filters the recovery figures apply: every one but `kind` (a complaint counts whatever its kind). */
function complaintFilters(filters: AnswerFilters): Omit<AnswerFilters, 'from' | 'to' | 'kind'> {
  const { productId, touchpoint, locale, segment } = filters;
  return {
    ...(productId ? { productId } : {}),
    ...(touchpoint ? { touchpoint } : {}),
    ...(locale ? { locale } : {}),
    ...(segment ? { segment } : {}),
  };
}

/**
 * The complaints (attention items) that came in from…to and match the filters, counted per day: replied, replied
 * within 48 h, followed up, recovered, and detractors won back (NPS 0–6 whose later NPS is 7+: in the follow-up, or
 * in a later answer of the same customer within 90 days). One range read of complaint_slices (migrations/0022),
 * at most one row a day, however many complaints.
 */
export async function recoveryDays(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
): Promise<RecoveryDay[]> {
  const { results } = await complaintDaysStatement(db, shopId, complaintFilters(filters), '*', from, to).all<ComplaintDay>();
  return results.map((row) => ({
    day: row.day,
    complaints: row.complaints,
    replied: row.replied,
    repliedWithin48h: row.replied48h,
    followUps: row.followedUp,
    recovered: row.recovered,
    detractorsWon: row.won,
  }));
}

/**
 * The median of the hours from complaint to first reply (one decimal), null without replies. Exact while the shop
 * has at most EXACT_MEDIAN_LIMIT replied complaints in the period (whatever the filters: then reading them is
 * cheap); above, interpolated inside the bucket of the histogram that holds it (complaint_hours, migrations/0022).
 */
export async function medianHoursToFirstReply(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
): Promise<number | null> {
  const narrowed = complaintFilters(filters);
  const { results } = await complaintHoursStatement(db, shopId, narrowed, '*', 'reply', from, to).all<{
    bucket: number;
    n: number;
  }>();
  const replies = results.map((row) => ({ bucket: row.bucket, resolved: row.n })).filter((row) => row.resolved > 0);
  const replied = replies.reduce((sum, row) => sum + row.resolved, 0);
  if (replied === 0) return null;
  if (replied > EXACT_MEDIAN_LIMIT) return medianOfHistogram(replies);
  if (Object.keys(narrowed).length > 0) {
    const shop = await complaintTotalsStatement(db, shopId, {}, '*', from, to).first<ComplaintCounts>();
    if ((shop?.replied ?? 0) > EXACT_MEDIAN_LIMIT) return medianOfHistogram(replies);
  }
  return exactMedianHoursToFirstReply(db, shopId, narrowed, from, to);
}

/**
 * Milliseconds from the complaint to its first reply, exact: SQLite keeps a date as whole milliseconds
 * (julianday() is that number / 86,400,000), so the rounded difference equals Date.parse(reply) − Date.parse(created).
 */
const REPLY_MS = 'CAST(ROUND((julianday(a.first_reply_at) - julianday(a.created_at)) * 86400000.0) AS INTEGER)';

/** The exact median, sorted in SQL: only the one or two middle values come back. */
async function exactMedianHoursToFirstReply(
  db: D1Database,
  shopId: string,
  filters: Omit<AnswerFilters, 'from' | 'to' | 'kind'>,
  from: string,
  to: string,
): Promise<number | null> {
  const clauses = ['a.shop_id = ?1', 'a.created_at >= ?2', 'a.created_at < ?3', 'a.first_reply_at IS NOT NULL'];
  const values: (string | number)[] = [shopId, from, `${addDays(to, 1)}T00:00:00.000Z`];
  if (filters.productId) clauses.push(`r.product_id = ?${values.length + 1}`), values.push(filters.productId);
  if (filters.touchpoint) clauses.push(`r.touchpoint = ?${values.length + 1}`), values.push(filters.touchpoint);
  if (filters.locale) clauses.push(`r.lang = ?${values.length + 1}`), values.push(filters.locale);
  if (filters.segment) clauses.push(`r.segment = ?${values.length + 1}`), values.push(filters.segment);
  const join = values.length > 3 ? ' JOIN responses r ON r.id = a.id AND r.shop_id = ?1' : '';
  const { results } = await db
    .prepare(
      `WITH replies AS (SELECT ${REPLY_MS} AS ms FROM attention_items a${join} WHERE ${clauses.join(' AND ')}),
         n AS (SELECT COUNT(*) AS c FROM replies)
       SELECT ms FROM replies ORDER BY ms LIMIT (SELECT 2 - c % 2 FROM n) OFFSET (SELECT (c - 1) / 2 FROM n)`,
    )
    .bind(...values)
    .all<{ ms: number }>();
  if (results.length === 0) return null;
  const middle = results.length === 1 ? results[0]!.ms / HOUR_MS : (results[0]!.ms / HOUR_MS + results[1]!.ms / HOUR_MS) / 2;
  return Math.round(middle * 10) / 10;
}

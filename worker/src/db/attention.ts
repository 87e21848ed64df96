import type { AttentionReply, FollowUpSummary, Resolution } from '../../../shared/close-loop.ts';
import type { AttentionItem, AttentionReason, AttentionStatus } from '../../../shared/owner-api.ts';
import type { HoldReason, ReviewStatus } from '../../../shared/reviews.ts';
import type { AnswerFilters, SentimentLabel, Theme, Touchpoint } from '../../../shared/schemas.ts';
import { endOfDayBound, kindClause } from './insights.ts';
import { addToDailyStats } from './rollups.ts';

interface AttentionRow {
  id: string;
  status: AttentionStatus;
  reasons: string;
  created_at: string;
  resolved_at: string | null;
  note: string | null;
  resolution: Resolution | null;
  first_reply_at: string | null;
  touchpoint: Touchpoint;
  rating: number | null;
  nps: number | null;
  comment: string | null;
  locale: string | null;
  order_id: string | null;
  customer_ref: string | null;
  themes: string | null;
  mixed: number;
  kind: AttentionItem['kind'];
  product_id: string | null;
  title: string | null;
  review_status: ReviewStatus | null;
  hold_reasons: string | null;
}

const SELECT_ITEMS = `SELECT a.id, a.status, a.reasons, a.created_at, a.resolved_at, a.note, a.resolution, a.first_reply_at,
  r.touchpoint, r.rating, r.nps, r.comment, r.locale, r.order_id, r.customer_ref, r.themes, r.mixed, r.kind, r.product_id,
  v.title, v.status AS review_status, v.hold_reasons
  FROM attention_items a JOIN responses r ON r.id = a.id LEFT JOIN reviews v ON v.id = a.id`;

function toItem(row: AttentionRow, replies: AttentionReply[], followUp: FollowUpSummary | null): AttentionItem {
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
    resolution: row.resolution,
    firstReplyAt: row.first_reply_at,
    replies,
    followUp,
    themes: row.themes ? (JSON.parse(row.themes) as AttentionItem['themes']) : [],
    mixed: row.mixed === 1,
    kind: row.kind,
    productId: row.product_id,
    title: row.title,
    moderation: row.review_status
      ? { status: row.review_status, holdReasons: JSON.parse(row.hold_reasons ?? '[]') as HoldReason[] }
      : null,
  };
}

/** The replies and latest follow-up of these items, in two queries. */
async function threadsOf(db: D1Database, shopId: string, ids: string[]) {
  const replies = new Map<string, AttentionReply[]>();
  const followUps = new Map<string, FollowUpSummary>();
  if (ids.length === 0) return { replies, followUps };
  // One JSON parameter, not one per id: D1 binds at most 100 parameters and a page may hold 200 items.
  const idList = JSON.stringify(ids);
  const [replyRows, followUpRows] = await db.batch([
    db
      .prepare(
        `SELECT id, attention_id, text, lang, created_at FROM attention_replies
         WHERE shop_id = ? AND attention_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, id`,
      )
      .bind(shopId, idList),
    db
      .prepare(
        `SELECT id, follow_up_of, created_at, solved, rating, nps, comment FROM responses
         WHERE shop_id = ? AND follow_up_of IN (SELECT value FROM json_each(?)) ORDER BY created_at, id`,
      )
      .bind(shopId, idList),
  ]);
  for (const row of replyRows!.results as {
    id: string;
    attention_id: string;
    text: string;
    lang: AttentionReply['lang'];
    created_at: string;
  }[]) {
    const list = replies.get(row.attention_id) ?? [];
    list.push({ id: row.id, createdAt: row.created_at, text: row.text, lang: row.lang });
    replies.set(row.attention_id, list);
  }
  for (const row of followUpRows!.results as {
    id: string;
    follow_up_of: string;
    created_at: string;
    solved: FollowUpSummary['solved'];
    rating: number | null;
    nps: number | null;
    comment: string | null;
  }[]) {
    followUps.set(row.follow_up_of, {
      id: row.id,
      createdAt: row.created_at,
      solved: row.solved,
      rating: row.rating,
      nps: row.nps,
      comment: row.comment,
    });
  }
  return { replies, followUps };
}

async function withThreads(db: D1Database, shopId: string, rows: AttentionRow[]): Promise<AttentionItem[]> {
  const { replies, followUps } = await threadsOf(
    db,
    shopId,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toItem(row, replies.get(row.id) ?? [], followUps.get(row.id) ?? null));
}

/** Newest first; `after` is the (createdAt, id) of the previous page's last item. Fetches limit + 1 rows. */
export async function listAttention(
  db: D1Database,
  shopId: string,
  options: {
    status?: AttentionStatus | undefined;
    after?: { createdAt: string; id: string } | undefined;
    limit: number;
    /** Only items of answers in this period and matching these filters (the summary's `attention.open` counts the same). */
    period?: { from: string; to: string } | undefined;
    filters?: AnswerFilters | undefined;
  },
): Promise<AttentionItem[]> {
  const clauses = ['a.shop_id = ?'];
  const values: (string | number)[] = [shopId];
  if (options.status) clauses.push('a.status = ?'), values.push(options.status);
  if (options.period)
    clauses.push('a.created_at >= ?', 'a.created_at < ?'), values.push(options.period.from, endOfDayBound(options.period.to));
  const filters = options.filters ?? {};
  if (filters.productId) clauses.push('r.product_id = ?'), values.push(filters.productId);
  if (filters.touchpoint) clauses.push('r.touchpoint = ?'), values.push(filters.touchpoint);
  if (filters.locale) clauses.push('r.lang = ?'), values.push(filters.locale);
  if (filters.segment) clauses.push('r.segment = ?'), values.push(filters.segment);
  if (filters.kind) clauses.push(kindClause(filters.kind, 'r.kind'));
  if (options.after) clauses.push('(a.created_at, a.id) < (?, ?)'), values.push(options.after.createdAt, options.after.id);
  const { results } = await db
    .prepare(`${SELECT_ITEMS} WHERE ${clauses.join(' AND ')} ORDER BY a.created_at DESC, a.id DESC LIMIT ?`)
    .bind(...values, options.limit + 1)
    .all<AttentionRow>();
  return withThreads(db, shopId, results);
}

export async function findAttention(db: D1Database, shopId: string, id: string): Promise<AttentionItem | null> {
  const row = await db.prepare(`${SELECT_ITEMS} WHERE a.shop_id = ? AND a.id = ?`).bind(shopId, id).first<AttentionRow>();
  return row ? ((await withThreads(db, shopId, [row]))[0] ?? null) : null;
}

/**
 * Resolving keeps the first resolution time and records how it ended (by hand: closed without an answer,
 * unless a follow-up already said otherwise); reopening clears both. A note, when given, replaces the old one.
 */
export async function updateAttention(
  db: D1Database,
  shopId: string,
  id: string,
  update: { status: 'open' | 'resolved'; note?: string | undefined; resolution?: 'closed_without_answer' | undefined },
  now: string,
): Promise<boolean> {
  const result = await db
    .prepare(
      `UPDATE attention_items SET status = ?1, note = IFNULL(?2, note),
         resolved_at = CASE WHEN ?1 = 'resolved' THEN IFNULL(resolved_at, ?3) ELSE NULL END,
         resolution = CASE WHEN ?1 = 'resolved' THEN IFNULL(?6, IFNULL(resolution, 'closed_without_answer')) ELSE NULL END
       WHERE shop_id = ?4 AND id = ?5`,
    )
    .bind(update.status, update.note ?? null, now, shopId, id, update.resolution ?? null)
    .run();
  return result.meta.changes > 0;
}

/** What the queue reads from a stored answer to decide again whether it calls for the owner (domain/attention.ts). */
export async function answerSignals(db: D1Database, shopId: string, id: string) {
  const row = await db
    .prepare('SELECT rating, nps, sentiment_label, sentiment_score, themes FROM responses WHERE shop_id = ? AND id = ?')
    .bind(shopId, id)
    .first<{
      rating: number | null;
      nps: number | null;
      sentiment_label: SentimentLabel | null;
      sentiment_score: number | null;
      themes: string | null;
    }>();
  if (!row) return null;
  return {
    rating: row.rating,
    nps: row.nps,
    sentiment: row.sentiment_label ? { label: row.sentiment_label, score: row.sentiment_score ?? 0 } : null,
    themes: row.themes ? (JSON.parse(row.themes) as { theme: Theme; label: SentimentLabel }[]) : [],
  };
}

/** The answer's `attention` flag set to `opened`, moved through the daily rollups (whose triggers keep the filter slices). */
function countOpened(db: D1Database, id: string, opened: 0 | 1): D1PreparedStatement[] {
  return [
    ...addToDailyStats(db, id, -1),
    ...addToDailyStats(db, id, -1, 'review'),
    db.prepare('UPDATE responses SET attention = ? WHERE id = ?').bind(opened, id),
    ...addToDailyStats(db, id, 1),
    ...addToDailyStats(db, id, 1, 'review'),
  ];
}

/**
 * Opens the item of an answer that opened none when it came in (a review held as spam, approved since), and counts it
 * where saveAnswer would have: the answer's `attention` flag and the rollups. For the decision's own batch.
 * The caller read "no item yet" before this batch runs; a second decision on the same review at the same time read
 * the same, and its batch may run after the first opened the item. So the insert keeps the item already there (one per
 * answer: its primary key), and the flag's −1/+1 through the rollups moves nothing when it was set already: the racing
 * decision answers 200 and counts nothing twice (tests/worker/services/review-decision.test.ts).
 */
export function openAttentionStatements(db: D1Database, id: string, reasons: AttentionReason[]): D1PreparedStatement[] {
  return [
    ...countOpened(db, id, 1),
    db
      .prepare(
        `INSERT INTO attention_items (id, shop_id, reasons, created_at) SELECT id, shop_id, ?2, created_at FROM responses WHERE id = ?1
         ON CONFLICT (id) DO NOTHING`,
      )
      .bind(id, JSON.stringify(reasons)),
  ];
}

/** Takes an item nobody has replied to out of the queue (its review rejected as spam), as if it had never opened. */
export function withdrawAttentionStatements(db: D1Database, id: string): D1PreparedStatement[] {
  return [...countOpened(db, id, 0), db.prepare('DELETE FROM attention_items WHERE id = ? AND first_reply_at IS NULL').bind(id)];
}

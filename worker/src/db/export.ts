import type { ExportedAnswer } from '../../../shared/owner-api.ts';
import type { AnswerFilters, SentimentLabel, Theme, Touchpoint, ResponseKind } from '../../../shared/schemas.ts';
import { answerFilter } from './insights.ts';

interface AnswerRow {
  id: string;
  created_at: string;
  day: string;
  kind: ResponseKind;
  touchpoint: Touchpoint;
  rating: number | null;
  nps: number | null;
  comment: string | null;
  locale: string | null;
  order_id: string | null;
  product_id: string | null;
  customer_ref: string | null;
  segment: string | null;
  sentiment_label: SentimentLabel | null;
  sentiment_score: number | null;
  sentiment_lang: string | null;
  themes: string | null;
  polarity: number;
  channel: 'onsite' | 'link';
  follow_up_of: string | null;
  solved: ExportedAnswer['solved'];
  mixed: number;
  review: string | null;
}

function reviewOf(raw: {
  title: string | null;
  authorName: string | null;
  verified: number;
  status: string;
}): ExportedAnswer['review'] {
  return {
    title: raw.title,
    authorName: raw.authorName,
    verified: raw.verified === 1,
    status: raw.status as NonNullable<ExportedAnswer['review']>['status'],
  };
}

function toAnswer(row: AnswerRow): ExportedAnswer {
  return {
    id: row.id,
    createdAt: row.created_at,
    day: row.day,
    kind: row.kind,
    touchpoint: row.touchpoint,
    rating: row.rating,
    nps: row.nps,
    comment: row.comment,
    locale: row.locale,
    orderId: row.order_id,
    productId: row.product_id,
    customerRef: row.customer_ref,
    segment: row.segment,
    sentiment: row.sentiment_label
      ? { label: row.sentiment_label, score: row.sentiment_score ?? 0, lang: row.sentiment_lang ?? 'other' }
      : null,
    themes: row.themes ? (JSON.parse(row.themes) as { theme: Theme; label: SentimentLabel }[]) : [],
    polarity: row.polarity,
    channel: row.channel,
    followUpOf: row.follow_up_of,
    solved: row.solved,
    mixed: row.mixed === 1,
    review: row.review
      ? reviewOf(JSON.parse(row.review) as { title: string | null; authorName: string | null; verified: number; status: string })
      : null,
  };
}

/** Answers newest first; `after` is the (createdAt, id) of the previous page's last answer. Fetches limit + 1. */
export async function listAnswers(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  period: { from: string; to: string },
  options: { after?: { createdAt: string; id: string } | undefined; limit: number; customerRef?: string },
): Promise<ExportedAnswer[]> {
  const { where, values } = answerFilter(shopId, filters, period.from, period.to);
  const after = options.after ? ' AND (created_at, id) < (?, ?)' : '';
  const afterValues = options.after ? [options.after.createdAt, options.after.id] : [];
  const customer = options.customerRef !== undefined ? ' AND customer_ref = ?' : '';
  const customerValues = options.customerRef !== undefined ? [options.customerRef] : [];
  const { results } = await db
    .prepare(
      `SELECT id, created_at, day, kind, touchpoint, rating, nps, comment, locale, order_id, product_id, customer_ref, segment,
         sentiment_label, sentiment_score, sentiment_lang, themes, polarity, channel, follow_up_of, solved, mixed,
         (SELECT json_object('title', v.title, 'authorName', v.author_name, 'verified', v.verified, 'status', v.status)
            FROM reviews v WHERE v.id = responses.id) AS review
       FROM responses WHERE ${where}${after}${customer} ORDER BY created_at DESC, id DESC LIMIT ?`,
    )
    .bind(...values, ...afterValues, ...customerValues, options.limit + 1)
    .all<AnswerRow>();
  return results.map(toAnswer);
}

import type { NegativeAnswer, Sentiment, Touchpoint, ValidResponse } from '../../../shared/schemas.ts';
import type { Counters } from '../domain/summary.ts';
import type { Polarity } from '../domain/polarity.ts';

export interface StoredResponse extends ValidResponse {
  id: string;
  shopId: string;
  sentiment: Sentiment | null;
  polarity: Polarity;
  createdAt: string;
  day: string;
}

export interface SavedResponse {
  id: string;
  sentiment: Sentiment | null;
  /** false when the same clientId was stored before: the first answer stands. */
  created: boolean;
}

/** Stores an answer once per (shop, clientId); a retry gets the first answer back. */
export async function saveResponse(db: D1Database, response: StoredResponse): Promise<SavedResponse> {
  const inserted = await db
    .prepare(
      `INSERT INTO responses (id, shop_id, client_id, kind, touchpoint, rating, nps, comment, locale, order_id, product_id,
         customer_ref, sentiment_label, sentiment_score, sentiment_lang, polarity, created_at, day)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (shop_id, client_id) DO NOTHING
       RETURNING id`,
    )
    .bind(
      response.id,
      response.shopId,
      response.clientId,
      response.kind,
      response.touchpoint,
      response.rating ?? null,
      response.nps ?? null,
      response.comment ?? null,
      response.locale ?? null,
      response.orderId ?? null,
      response.productId ?? null,
      response.customerRef ?? null,
      response.sentiment?.label ?? null,
      response.sentiment?.score ?? null,
      response.sentiment?.lang ?? null,
      response.polarity,
      response.createdAt,
      response.day,
    )
    .first<{ id: string }>();
  if (inserted) return { id: inserted.id, sentiment: response.sentiment, created: true };

  const first = await db
    .prepare('SELECT id, sentiment_label, sentiment_score, sentiment_lang FROM responses WHERE shop_id = ? AND client_id = ?')
    .bind(response.shopId, response.clientId)
    .first<{ id: string; sentiment_label: Sentiment['label'] | null; sentiment_score: number | null; sentiment_lang: string | null }>();
  if (!first) throw new Error('answer vanished between insert and read');
  const sentiment = first.sentiment_label
    ? { label: first.sentiment_label, score: first.sentiment_score ?? 0, lang: first.sentiment_lang ?? 'other' }
    : null;
  return { id: first.id, sentiment, created: false };
}

interface CounterRow {
  touchpoint: Touchpoint;
  responses: number;
  r1: number;
  r2: number;
  r3: number;
  r4: number;
  r5: number;
  promoters: number;
  passives: number;
  detractors: number;
  positive: number;
  neutral: number;
  negative: number;
}

export async function countersByTouchpoint(
  db: D1Database,
  shopId: string,
  from: string,
  to: string,
): Promise<Partial<Record<Touchpoint, Counters>>> {
  const { results } = await db
    .prepare(
      `SELECT touchpoint, COUNT(*) AS responses,
         COUNT(CASE WHEN rating = 1 THEN 1 END) AS r1, COUNT(CASE WHEN rating = 2 THEN 1 END) AS r2,
         COUNT(CASE WHEN rating = 3 THEN 1 END) AS r3, COUNT(CASE WHEN rating = 4 THEN 1 END) AS r4,
         COUNT(CASE WHEN rating = 5 THEN 1 END) AS r5,
         COUNT(CASE WHEN nps >= 9 THEN 1 END) AS promoters, COUNT(CASE WHEN nps BETWEEN 7 AND 8 THEN 1 END) AS passives,
         COUNT(CASE WHEN nps <= 6 THEN 1 END) AS detractors,
         COUNT(CASE WHEN polarity = 1 THEN 1 END) AS positive, COUNT(CASE WHEN polarity = 0 THEN 1 END) AS neutral,
         COUNT(CASE WHEN polarity = -1 THEN 1 END) AS negative
       FROM responses WHERE shop_id = ? AND day BETWEEN ? AND ? GROUP BY touchpoint`,
    )
    .bind(shopId, from, to)
    .all<CounterRow>();
  return Object.fromEntries(
    results.map((row) => [
      row.touchpoint,
      {
        responses: row.responses,
        ratings: [row.r1, row.r2, row.r3, row.r4, row.r5],
        promoters: row.promoters,
        passives: row.passives,
        detractors: row.detractors,
        positive: row.positive,
        neutral: row.neutral,
        negative: row.negative,
      } satisfies Counters,
    ]),
  );
}

export async function recentNegative(db: D1Database, shopId: string, from: string, to: string, limit: number): Promise<NegativeAnswer[]> {
  const { results } = await db
    .prepare(
      `SELECT id, created_at, touchpoint, rating, nps, comment, locale FROM responses
       WHERE shop_id = ? AND polarity = -1 AND day BETWEEN ? AND ? ORDER BY created_at DESC LIMIT ?`,
    )
    .bind(shopId, from, to, limit)
    .all<{ id: string; created_at: string; touchpoint: Touchpoint; rating: number | null; nps: number | null; comment: string | null; locale: string | null }>();
  return results.map((row) => ({
    id: row.id,
    createdAt: row.created_at,
    touchpoint: row.touchpoint,
    rating: row.rating,
    nps: row.nps,
    comment: row.comment,
    locale: row.locale,
  }));
}

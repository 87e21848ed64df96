// The relationship rollup (migrations/0010): returning customers and relationship length per day, without
// scanning answers. Kept in the same batch as every write, like the other rollups (db/rollups.ts).

/**
 * Fills the answer's `prev_day` and `first_day` from the same customer's earlier answers (two index look-ups on
 * responses_by_customer). Reads the answer back by id, so a skipped insert (a retried clientId) changes nothing.
 */
export function linkToPreviousAnswer(db: D1Database, responseId: string): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE responses SET
         prev_day = (SELECT substr(MAX(p.created_at), 1, 10) FROM responses p
                     WHERE p.shop_id = responses.shop_id AND p.customer_ref = responses.customer_ref AND p.created_at < responses.created_at),
         first_day = IFNULL((SELECT substr(MIN(p.created_at), 1, 10) FROM responses p
                     WHERE p.shop_id = responses.shop_id AND p.customer_ref = responses.customer_ref AND p.created_at < responses.created_at), day)
       WHERE id = ?1 AND customer_ref IS NOT NULL`,
    )
    .bind(responseId);
}

/** Adds (+1) or removes (−1) one answer's share of daily_relationship, from its stored columns. */
export function addToRelationship(db: D1Database, responseId: string, sign: 1 | -1): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO daily_relationship (shop_id, day, segment, prev_key, answers, reviews, since_first, since_prev, h0, h1, h2, h3, h4, h5, h6, h7)
       SELECT shop_id, day, segment, prev_key, ?2, ?2 * review, ?2 * since_first, ?2 * since_prev,
         ?2 * h0, ?2 * h1, ?2 * h2, ?2 * h3, ?2 * h4, ?2 * h5, ?2 * h6, ?2 * h7
       FROM relationship_rows WHERE id = ?1
       ON CONFLICT (shop_id, day, segment, prev_key) DO UPDATE SET
         answers = answers + excluded.answers, reviews = reviews + excluded.reviews,
         since_first = since_first + excluded.since_first, since_prev = since_prev + excluded.since_prev,
         h0 = h0 + excluded.h0, h1 = h1 + excluded.h1, h2 = h2 + excluded.h2, h3 = h3 + excluded.h3,
         h4 = h4 + excluded.h4, h5 = h5 + excluded.h5, h6 = h6 + excluded.h6, h7 = h7 + excluded.h7`,
    )
    .bind(responseId, sign);
}

/** Lower bounds (days) of the relationship-length histogram's buckets h0…h7. */
export const RELATIONSHIP_BUCKETS = [0, 1, 7, 30, 90, 180, 365, 730] as const;

export interface RelationshipCounts {
  /** Customers seen in the period (each once, at their first answer of the period). */
  seen: number;
  /** Of them, customers whose first answer ever lies in the period. */
  new: number;
  /** Sum over the customers seen of days from their first answer ever to their latest answer of the period. */
  days: number;
  /** Histogram (buckets RELATIONSHIP_BUCKETS) of days from first answer ever to the first answer of the period. */
  histogram: number[];
  /** Answers of kind 'review' in the period. */
  reviews: number;
}

/**
 * The relationship figures of a period from daily_relationship (one segment) or daily_relationship_totals (every
 * answer, migrations/0021): rows per day × distinct previous days, no answers.
 */
export function relationshipStatement(
  db: D1Database,
  shopId: string,
  from: string,
  to: string,
  segment?: string,
): D1PreparedStatement {
  const first = (column: string) => `SUM(CASE WHEN prev_key < ?2 THEN ${column} ELSE 0 END)`;
  return db
    .prepare(
      `SELECT ${first('answers')} AS seen, SUM(CASE WHEN prev_key = '' THEN answers ELSE 0 END) AS new,
         SUM(CASE WHEN prev_key < ?2 THEN since_first WHEN prev_key <> '~' THEN since_prev ELSE 0 END) AS days,
         ${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `${first(`h${i}`)} AS h${i}`).join(', ')}, SUM(reviews) AS reviews
       FROM ${segment === undefined ? 'daily_relationship_totals' : 'daily_relationship'}
       WHERE shop_id = ?1 AND day BETWEEN ?2 AND ?3 ${segment === undefined ? '' : 'AND segment = ?4'}`,
    )
    .bind(...(segment === undefined ? [shopId, from, to] : [shopId, from, to, segment]));
}

export function toRelationshipCounts(row: Record<string, number | null> | null | undefined): RelationshipCounts {
  const n = (key: string) => row?.[key] ?? 0;
  return {
    seen: n('seen'),
    new: n('new'),
    days: n('days'),
    histogram: [0, 1, 2, 3, 4, 5, 6, 7].map((i) => n(`h${i}`)),
    reviews: n('reviews'),
  };
}

export async function relationshipCounts(
  db: D1Database,
  shopId: string,
  from: string,
  to: string,
  segment?: string,
): Promise<RelationshipCounts> {
  return toRelationshipCounts(await relationshipStatement(db, shopId, from, to, segment).first<Record<string, number | null>>());
}

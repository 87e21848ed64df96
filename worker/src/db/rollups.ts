// Rollups: aggregate rows kept current in the same batch as every write, so reads cost per day, not per answer.
// (Triggers keep the narrower daily_touchpoint_stats and daily_theme_totals in step: migrations/0006.)
// `attention` counts the answers that opened an item (responses.attention, set from what domain/answer.ts opens an
// item for, never for a follow-up); `mixed` the answers whose comment confidently says the opposite of their score
// (responses.mixed, domain/mixed.ts).
// A review that is not published counts as no answer (`counted`, migrations/0025): only the attention item it opened
// (a review held for strong language stays a complaint in the queue) is in the `attention` counter, as in the
// complaint rollups; its themes count nowhere.
// Each statement reads the answer back by id: when the answer's insert was skipped (a retried clientId),
// the SELECT finds a row with another id or none, and the rollups do not move. `sign` is +1 to add, −1 to remove.

const ALL_PRODUCTS = '*';

/**
 * An answer counts in the daily rollups (the summary, the audit) unless it is a product review that is not published:
 * held for moderation or rejected (migrations/0025). The owner's decision moves it in or out (db/reviews.ts
 * decideReview); `table` is the alias or name of the `responses` row the statement reads. 1 or 0 in SQL.
 */
export const counted = (table: string) =>
  `NOT EXISTS (SELECT 1 FROM reviews v WHERE v.id = ${table}.id AND v.status <> 'published')`;

/** The rollup tables: every answer, or the product reviews only (migrations/0014; experience = all − review). */
const STATS_TABLES = {
  all: { daily: 'daily_stats', themes: 'daily_theme_stats', where: '' },
  review: { daily: 'daily_review_stats', themes: 'daily_review_theme_stats', where: " AND kind = 'review'" },
} as const;
type StatsTables = keyof typeof STATS_TABLES;

export function addToDailyStats(
  db: D1Database,
  responseId: string,
  sign: 1 | -1,
  tables: StatsTables = 'all',
): D1PreparedStatement[] {
  const { daily, where } = STATS_TABLES[tables];
  const upsert = (productColumn: string, condition: string) =>
    db
      .prepare(
        `INSERT INTO ${daily} (shop_id, product_id, day, touchpoint, lang, segment, responses, r1, r2, r3, r4, r5,
           promoters, passives, detractors, positive, neutral, negative, mixed, attention)
         SELECT shop_id, ${productColumn}, day, touchpoint, lang, IFNULL(segment, ''), ?2 * counted,
           ?2 * counted * (rating IS 1), ?2 * counted * (rating IS 2), ?2 * counted * (rating IS 3),
           ?2 * counted * (rating IS 4), ?2 * counted * (rating IS 5),
           ?2 * counted * IFNULL(nps >= 9, 0), ?2 * counted * IFNULL(nps BETWEEN 7 AND 8, 0), ?2 * counted * IFNULL(nps <= 6, 0),
           ?2 * counted * (polarity = 1), ?2 * counted * (polarity = 0), ?2 * counted * (polarity = -1), ?2 * counted * mixed,
           ?2 * attention
         FROM (SELECT *, ${counted('responses')} AS counted FROM responses WHERE id = ?1) AS answer
         WHERE (counted OR attention) ${condition}${where}
         ON CONFLICT (shop_id, product_id, day, touchpoint, lang, segment) DO UPDATE SET
           responses = responses + excluded.responses,
           r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3, r4 = r4 + excluded.r4, r5 = r5 + excluded.r5,
           promoters = promoters + excluded.promoters, passives = passives + excluded.passives,
           detractors = detractors + excluded.detractors,
           positive = positive + excluded.positive, neutral = neutral + excluded.neutral, negative = negative + excluded.negative,
           mixed = mixed + excluded.mixed, attention = attention + excluded.attention`,
      )
      .bind(responseId, sign);
  return [upsert(`'${ALL_PRODUCTS}'`, ''), upsert('product_id', 'AND product_id IS NOT NULL')];
}

export function addToThemeStats(
  db: D1Database,
  responseId: string,
  sign: 1 | -1,
  tables: StatsTables = 'all',
): D1PreparedStatement[] {
  const { themes, where } = STATS_TABLES[tables];
  const upsert = (productColumn: string, condition: string) =>
    db
      .prepare(
        `INSERT INTO ${themes} (shop_id, product_id, day, touchpoint, lang, segment, theme, mentions, positive, neutral, negative)
         SELECT r.shop_id, ${productColumn}, r.day, r.touchpoint, r.lang, IFNULL(r.segment, ''), t.value ->> 'theme', ?2,
           ?2 * (t.value ->> 'label' = 'positive'), ?2 * (t.value ->> 'label' = 'neutral'), ?2 * (t.value ->> 'label' = 'negative')
         FROM responses r, json_each(r.themes) t WHERE r.id = ?1 ${condition}${where.replace('kind', 'r.kind')} AND ${counted('r')}
         ON CONFLICT (shop_id, product_id, day, touchpoint, lang, segment, theme) DO UPDATE SET
           mentions = mentions + excluded.mentions, positive = positive + excluded.positive,
           neutral = neutral + excluded.neutral, negative = negative + excluded.negative`,
      )
      .bind(responseId, sign);
  return [upsert(`'${ALL_PRODUCTS}'`, ''), upsert('r.product_id', 'AND r.product_id IS NOT NULL')];
}

export function addToCustomerBalance(db: D1Database, responseId: string, sign: 1 | -1): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO customers (shop_id, customer_ref, balance, answers, first_seen, last_seen)
       SELECT shop_id, customer_ref, ?2 * polarity, ?2, created_at, created_at
       FROM responses WHERE id = ?1 AND customer_ref IS NOT NULL
       ON CONFLICT (shop_id, customer_ref) DO UPDATE SET
         balance = balance + excluded.balance, answers = answers + excluded.answers,
         first_seen = MIN(first_seen, excluded.first_seen), last_seen = MAX(last_seen, excluded.last_seen)`,
    )
    .bind(responseId, sign);
}

export { ALL_PRODUCTS };

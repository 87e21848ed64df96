// Per-shop sentiment corrections (migration 0017): aggregate class offsets per shop and language, nothing per shopper.

export type ShopCorrection = Record<string, number[]>;

/** The shop's fitted offsets by language ({} until the scheduled job has fitted any). */
export async function loadShopCorrection(db: D1Database, shopId: string): Promise<ShopCorrection> {
  const { results } = await db
    .prepare('SELECT lang, offsets FROM shop_sentiment_corrections WHERE shop_id = ?')
    .bind(shopId)
    .all<{ lang: string; offsets: string }>();
  const correction: ShopCorrection = {};
  for (const row of results) correction[row.lang] = JSON.parse(row.offsets) as number[];
  return correction;
}

export async function saveShopCorrection(
  db: D1Database,
  shopId: string,
  lang: string,
  offsets: number[],
  examples: number,
  fittedAt: string,
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO shop_sentiment_corrections (shop_id, lang, offsets, examples, fitted_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (shop_id, lang) DO UPDATE SET offsets = excluded.offsets, examples = excluded.examples, fitted_at = excluded.fitted_at`,
    )
    .bind(shopId, lang, JSON.stringify(offsets), examples, fittedAt)
    .run();
}

/** (shop, language) pairs with at least `minimum` rated comments whose correction is missing or fitted before `staleBefore`. */
export async function shopsDueForCorrection(
  db: D1Database,
  minimum: number,
  staleBefore: string,
  limit: number,
  shopId?: string,
): Promise<{ shopId: string; lang: string }[]> {
  const { results } = await db
    .prepare(
      `SELECT r.shop_id AS shopId, r.sentiment_lang AS lang FROM responses r
       LEFT JOIN shop_sentiment_corrections c ON c.shop_id = r.shop_id AND c.lang = r.sentiment_lang
       WHERE r.rating IS NOT NULL AND r.comment IS NOT NULL AND r.sentiment_lang IN ('en', 'pl', 'cs')
         AND (c.fitted_at IS NULL OR c.fitted_at < ?1) AND (?4 IS NULL OR r.shop_id = ?4)
       GROUP BY r.shop_id, r.sentiment_lang HAVING COUNT(*) >= ?2 LIMIT ?3`,
    )
    .bind(staleBefore, minimum, limit, shopId ?? null)
    .all<{ shopId: string; lang: string }>();
  return results;
}

/** The shop's most recent comments in one language that came with stars. */
export async function ratedComments(
  db: D1Database,
  shopId: string,
  lang: string,
  limit: number,
): Promise<{ comment: string; rating: number }[]> {
  const { results } = await db
    .prepare(
      `SELECT comment, rating FROM responses WHERE shop_id = ? AND sentiment_lang = ? AND rating IS NOT NULL AND comment IS NOT NULL
       ORDER BY created_at DESC LIMIT ?`,
    )
    .bind(shopId, lang, limit)
    .all<{ comment: string; rating: number }>();
  return results;
}

// The audit's reads: rollups grouped by touchpoint or segment, the weakest touchpoint's themes, and a few
// example comments found by walking the negative answers newest first (a partial index) — never a scan.
import type { Theme, Touchpoint } from '../../../shared/schemas.ts';
import type { Counters } from '../domain/summary.ts';
import { COUNTER_SUMS, toCounters, type CounterRow } from './counter-rows.ts';
import { endOfDayBound, type ThemeCounts } from './insights.ts';
import { ALL_PRODUCTS } from './rollups.ts';

/** Counters per touchpoint over a period (all answers, or one segment's). */
export async function touchpointCounters(
  db: D1Database,
  shopId: string,
  from: string,
  to: string,
  segment?: string,
): Promise<Map<Touchpoint, Counters>> {
  const query =
    segment === undefined
      ? db
          .prepare(
            `SELECT touchpoint, ${COUNTER_SUMS} FROM daily_touchpoint_stats WHERE shop_id = ? AND product_id = ? AND day BETWEEN ? AND ? GROUP BY touchpoint`,
          )
          .bind(shopId, ALL_PRODUCTS, from, to)
      : db
          .prepare(
            `SELECT touchpoint, ${COUNTER_SUMS} FROM daily_stats WHERE shop_id = ? AND product_id = ? AND day BETWEEN ? AND ? AND segment = ? GROUP BY touchpoint`,
          )
          .bind(shopId, ALL_PRODUCTS, from, to, segment);
  const { results } = await query.all<CounterRow & { touchpoint: Touchpoint }>();
  return new Map(results.map((row) => [row.touchpoint, toCounters(row)]));
}

/** Counters per segment (answers without a segment left out) over a period. */
export async function segmentCounters(db: D1Database, shopId: string, from: string, to: string): Promise<Map<string, Counters>> {
  const { results } = await db
    .prepare(
      `SELECT segment, ${COUNTER_SUMS} FROM daily_stats WHERE shop_id = ? AND product_id = ? AND day BETWEEN ? AND ? AND segment <> '' GROUP BY segment`,
    )
    .bind(shopId, ALL_PRODUCTS, from, to)
    .all<CounterRow & { segment: string }>();
  return new Map(results.map((row) => [row.segment, toCounters(row)]));
}

/** Theme counts of the answers at some touchpoints. */
export async function touchpointThemes(
  db: D1Database,
  shopId: string,
  from: string,
  to: string,
  touchpoints: readonly Touchpoint[],
  segment?: string,
): Promise<ThemeCounts[]> {
  const marks = touchpoints.map(() => '?').join(', ');
  const { results } = await db
    .prepare(
      `SELECT theme, SUM(mentions) AS mentions, SUM(positive) AS positive, SUM(negative) AS negative FROM daily_theme_stats
       WHERE shop_id = ? AND product_id = ? AND day BETWEEN ? AND ? AND touchpoint IN (${marks}) ${segment === undefined ? '' : 'AND segment = ?'}
       GROUP BY theme`,
    )
    .bind(shopId, ALL_PRODUCTS, from, to, ...touchpoints, ...(segment === undefined ? [] : [segment]))
    .all<ThemeCounts>();
  return results;
}

export interface ExampleComment {
  id: string;
  createdAt: string;
  comment: string;
}

/** The newest negative comments at a touchpoint that speak negatively of a theme. */
export async function negativeExamples(
  db: D1Database,
  shopId: string,
  from: string,
  to: string,
  touchpoint: Touchpoint,
  theme: Theme,
  limit: number,
  segment?: string,
): Promise<ExampleComment[]> {
  const { results } = await db
    .prepare(
      `SELECT id, created_at AS createdAt, comment FROM responses INDEXED BY responses_negative_by_shop
       WHERE shop_id = ? AND created_at >= ? AND created_at < ? AND polarity = -1 AND touchpoint = ? AND comment IS NOT NULL
         AND EXISTS (SELECT 1 FROM json_each(themes) t WHERE t.value ->> 'theme' = ? AND t.value ->> 'label' = 'negative')
         ${segment === undefined ? '' : 'AND segment = ?'}
       ORDER BY created_at DESC LIMIT ?`,
    )
    .bind(shopId, from, endOfDayBound(to), touchpoint, theme, ...(segment === undefined ? [] : [segment]), limit)
    .all<ExampleComment>();
  return results;
}

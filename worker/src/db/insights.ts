import type { AnswerFilters, NegativeAnswer, Theme, Touchpoint } from '../../../shared/schemas.ts';
import type { Counters } from '../domain/summary.ts';
import { ALL_PRODUCTS } from './rollups.ts';

export interface DailyCounters {
  day: string;
  touchpoint: Touchpoint;
  counters: Counters;
}

export interface ThemeCounts {
  theme: Theme;
  mentions: number;
  positive: number;
  negative: number;
}

/**
 * WHERE clause over a rollup table for the filters (the product's own rows, or '*' for all answers), and the
 * narrowest table that can answer them: the fewer detail columns, the fewer rows a day.
 */
function rollupFilter(shopId: string, filters: AnswerFilters, from: string, to: string, tables: { detailed: string; narrow: string }, narrowHasTouchpoint: boolean) {
  const clauses = ['shop_id = ?', 'product_id = ?', 'day BETWEEN ? AND ?'];
  const values: (string | number)[] = [shopId, filters.productId ?? ALL_PRODUCTS, from, to];
  const detailed = Boolean(filters.locale || filters.segment || (filters.touchpoint && !narrowHasTouchpoint));
  if (filters.touchpoint) (clauses.push('touchpoint = ?'), values.push(filters.touchpoint));
  if (filters.locale) (clauses.push('lang = ?'), values.push(filters.locale));
  if (filters.segment) (clauses.push('segment = ?'), values.push(filters.segment));
  return { table: detailed ? tables.detailed : tables.narrow, where: clauses.join(' AND '), values };
}

interface CounterRow {
  day: string;
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
  mixed: number;
  attention: number;
}

/** Counters per day and touchpoint from the rollups: at most days × touchpoints rows, however many answers. */
export async function dailyCounters(db: D1Database, shopId: string, filters: AnswerFilters, from: string, to: string): Promise<DailyCounters[]> {
  const { table, where, values } = rollupFilter(shopId, filters, from, to, { detailed: 'daily_stats', narrow: 'daily_touchpoint_stats' }, true);
  const { results } = await db
    .prepare(
      `SELECT day, touchpoint, SUM(responses) AS responses, SUM(r1) AS r1, SUM(r2) AS r2, SUM(r3) AS r3, SUM(r4) AS r4,
         SUM(r5) AS r5, SUM(promoters) AS promoters, SUM(passives) AS passives, SUM(detractors) AS detractors,
         SUM(positive) AS positive, SUM(neutral) AS neutral, SUM(negative) AS negative, SUM(mixed) AS mixed,
         SUM(attention) AS attention
       FROM ${table} WHERE ${where} GROUP BY day, touchpoint`,
    )
    .bind(...values)
    .all<CounterRow>();
  return results.map((row) => ({
    day: row.day,
    touchpoint: row.touchpoint,
    counters: {
      responses: row.responses,
      ratings: [row.r1, row.r2, row.r3, row.r4, row.r5],
      promoters: row.promoters,
      passives: row.passives,
      detractors: row.detractors,
      positive: row.positive,
      neutral: row.neutral,
      negative: row.negative,
      mixed: row.mixed,
      attention: row.attention,
    },
  }));
}

export async function themeCounts(db: D1Database, shopId: string, filters: AnswerFilters, from: string, to: string): Promise<ThemeCounts[]> {
  const { table, where, values } = rollupFilter(shopId, filters, from, to, { detailed: 'daily_theme_stats', narrow: 'daily_theme_totals' }, false);
  const { results } = await db
    .prepare(
      `SELECT theme, SUM(mentions) AS mentions, SUM(positive) AS positive, SUM(negative) AS negative
       FROM ${table} WHERE ${where} GROUP BY theme`,
    )
    .bind(...values)
    .all<ThemeCounts>();
  return results;
}

/** Upper bound for ISO timestamps of a day: every `YYYY-MM-DDT…` of that day sorts below `YYYY-MM-DD~`. */
export function endOfDayBound(day: string): string {
  return `${day}~`;
}

/** WHERE clause over the responses table for the filters (by created_at, which the indexes order). */
export function answerFilter(shopId: string, filters: AnswerFilters, from: string, to: string) {
  const clauses = ['shop_id = ?', 'created_at >= ?', 'created_at < ?'];
  const values: (string | number)[] = [shopId, from, endOfDayBound(to)];
  if (filters.productId) (clauses.push('product_id = ?'), values.push(filters.productId));
  if (filters.touchpoint) (clauses.push('touchpoint = ?'), values.push(filters.touchpoint));
  if (filters.locale) (clauses.push('lang = ?'), values.push(filters.locale));
  if (filters.segment) (clauses.push('segment = ?'), values.push(filters.segment));
  return { where: clauses.join(' AND '), values };
}

export async function recentNegative(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
  limit: number,
): Promise<NegativeAnswer[]> {
  const { where, values } = answerFilter(shopId, filters, from, to);
  // Walks the shop's negative answers newest first (a partial index) and stops at `limit`.
  const { results } = await db
    .prepare(
      `SELECT id, created_at, touchpoint, rating, nps, comment, locale FROM responses INDEXED BY responses_negative_by_shop
       WHERE ${where} AND polarity = -1 ORDER BY created_at DESC LIMIT ?`,
    )
    .bind(...values, limit)
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

export interface AttentionStats {
  open: number;
  /** How long the items resolved in the period took: a histogram (see migrations/0006). */
  resolutions: { bucket: number; resolved: number }[];
}

/** Open items now (a counter) and the resolution-time histogram of the period: no scan of the items. */
export async function attentionStats(db: D1Database, shopId: string, from: string, to: string): Promise<AttentionStats> {
  const [open, resolutions] = await db.batch<Record<string, number>>([
    db.prepare('SELECT open FROM attention_open WHERE shop_id = ?').bind(shopId),
    db
      .prepare('SELECT bucket, SUM(resolved) AS resolved FROM daily_resolutions WHERE shop_id = ? AND day BETWEEN ? AND ? GROUP BY bucket')
      .bind(shopId, from, to),
  ]);
  return {
    open: open?.results[0]?.open ?? 0,
    resolutions: (resolutions?.results ?? []).map((row) => ({ bucket: row.bucket ?? 0, resolved: row.resolved ?? 0 })),
  };
}

export async function customerBalances(db: D1Database, shopId: string): Promise<{ inCredit: number; inDebit: number; even: number }> {
  const row = await db
    .prepare('SELECT in_credit AS inCredit, in_debit AS inDebit, even FROM customer_balances WHERE shop_id = ?')
    .bind(shopId)
    .first<{ inCredit: number; inDebit: number; even: number }>();
  return row ?? { inCredit: 0, inDebit: 0, even: 0 };
}

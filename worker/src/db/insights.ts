import type { AnswerFilters, NegativeAnswer, Theme, Touchpoint } from '../../../shared/schemas.ts';
import { addCounters, type Counters } from '../domain/summary.ts';
import { COUNTER_SUMS, toCounters, type CounterRow } from './counter-rows.ts';
import { ALL_PRODUCTS } from './rollups.ts';
import { complaintHours, complaintTotals } from './complaint-slices.ts';

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
export function rollupFilter(
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
  tables: { detailed: string; narrow: string },
  narrowHasTouchpoint: boolean,
) {
  const clauses = ['shop_id = ?', 'product_id = ?', 'day BETWEEN ? AND ?'];
  const values: (string | number)[] = [shopId, filters.productId ?? ALL_PRODUCTS, from, to];
  const detailed = Boolean(filters.locale || filters.segment || (filters.touchpoint && !narrowHasTouchpoint));
  if (filters.touchpoint) clauses.push('touchpoint = ?'), values.push(filters.touchpoint);
  if (filters.locale) clauses.push('lang = ?'), values.push(filters.locale);
  if (filters.segment) clauses.push('segment = ?'), values.push(filters.segment);
  return { table: detailed ? tables.detailed : tables.narrow, where: clauses.join(' AND '), values };
}

/**
 * Counters per day and touchpoint from the rollups: at most days × touchpoints rows, however many answers.
 * Without a product filter every combination of kind, touchpoint, language and segment is one range read of the
 * filter slices (migrations/0021). With one, the product's own rows: reviews from their own rollup (migrations/0014),
 * experience answers as all answers − reviews.
 */
export async function dailyCounters(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
): Promise<DailyCounters[]> {
  if (!filters.productId) return sliceCounters(db, shopId, filters, from, to);
  if (filters.kind === 'review') return rollupCounters(db, shopId, filters, from, to, REVIEW_TABLES);
  const all = await rollupCounters(db, shopId, filters, from, to, { detailed: 'daily_stats', narrow: 'daily_touchpoint_stats' });
  if (filters.kind !== 'experience') return all;
  return subtract(
    all,
    await rollupCounters(db, shopId, filters, from, to, REVIEW_TABLES),
    (row) => `${row.day}|${row.touchpoint}`,
    (a, b) => ({
      ...a,
      counters: addCounters(a.counters, negated(b.counters)),
    }),
  );
}

/**
 * The key of a filter slice (migrations/0021): the filter's value, or '*' for any. The counter slices hold the kind
 * 'experience' too (migrations/0023_summary_slices); the theme slices do not ('experience' is read as '*' − 'review').
 */
export function sliceKey(filters: AnswerFilters) {
  return {
    kind: filters.kind ?? '*',
    touchpoint: filters.touchpoint ?? '*',
    lang: filters.locale ?? '*',
    segment: filters.segment ?? '*',
  };
}

const COUNTER_COLUMNS =
  'responses, r1, r2, r3, r4, r5, promoters, passives, detractors, positive, neutral, negative, mixed, attention';

/** One range read of daily_slice_stats: the all-products counters of one filter combination, per day and touchpoint. */
export function sliceCountersStatement(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
): D1PreparedStatement {
  const key = sliceKey(filters);
  const touchpoint = filters.touchpoint ? ' AND touchpoint = ?7' : '';
  return db
    .prepare(
      `SELECT day, touchpoint, ${COUNTER_COLUMNS} FROM daily_slice_stats
       WHERE shop_id = ?1 AND kind = ?2 AND lang = ?3 AND segment = ?4 AND day BETWEEN ?5 AND ?6${touchpoint}`,
    )
    .bind(shopId, key.kind, key.lang, key.segment, from, to, ...(filters.touchpoint ? [filters.touchpoint] : []));
}

export function toDailyCounters(rows: (CounterRow & { day: string; touchpoint: Touchpoint })[]): DailyCounters[] {
  return rows.map((row) => ({ day: row.day, touchpoint: row.touchpoint, counters: toCounters(row) }));
}

async function sliceCounters(db: D1Database, shopId: string, filters: AnswerFilters, from: string, to: string) {
  type Row = CounterRow & { day: string; touchpoint: Touchpoint };
  if (filters.kind !== 'experience')
    return toDailyCounters((await sliceCountersStatement(db, shopId, filters, from, to).all<Row>()).results);
  // Experience answers: every answer − the reviews, both direct range reads (one batch).
  const [all, reviews] = await db.batch<Row>([
    sliceCountersStatement(db, shopId, { ...filters, kind: undefined }, from, to),
    sliceCountersStatement(db, shopId, { ...filters, kind: 'review' }, from, to),
  ]);
  return subtract(
    toDailyCounters(all?.results ?? []),
    toDailyCounters(reviews?.results ?? []),
    (row) => `${row.day}|${row.touchpoint}`,
    (a, b) => ({ ...a, counters: addCounters(a.counters, negated(b.counters)) }),
  );
}

const REVIEW_TABLES = { detailed: 'daily_review_stats', narrow: 'daily_review_stats' };
const REVIEW_THEME_TABLES = { detailed: 'daily_review_theme_stats', narrow: 'daily_review_theme_stats' };

function negated(counters: Counters): Counters {
  return {
    responses: -counters.responses,
    ratings: counters.ratings.map((n) => -n) as Counters['ratings'],
    promoters: -counters.promoters,
    passives: -counters.passives,
    detractors: -counters.detractors,
    positive: -counters.positive,
    neutral: -counters.neutral,
    negative: -counters.negative,
    mixed: -counters.mixed,
    attention: -counters.attention,
  };
}

/** `all` minus the matching rows of `part` (every row of `part` has its row in `all`: reviews are answers too). */
function subtract<T>(all: T[], part: T[], key: (row: T) => string, minus: (a: T, b: T) => T): T[] {
  const parts = new Map(part.map((row) => [key(row), row]));
  return all.map((row) => {
    const other = parts.get(key(row));
    return other ? minus(row, other) : row;
  });
}

async function rollupCounters(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
  tables: { detailed: string; narrow: string },
): Promise<DailyCounters[]> {
  const { table, where, values } = rollupFilter(shopId, filters, from, to, tables, true);
  const { results } = await db
    .prepare(
      `SELECT day, touchpoint, ${COUNTER_SUMS}
       FROM ${table} WHERE ${where} GROUP BY day, touchpoint`,
    )
    .bind(...values)
    .all<CounterRow & { day: string; touchpoint: Touchpoint }>();
  return results.map((row) => ({ day: row.day, touchpoint: row.touchpoint, counters: toCounters(row) }));
}

/** Theme counts of the period: one range read of the theme slices without a product filter (migrations/0021). */
export async function themeCounts(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
): Promise<ThemeCounts[]> {
  const statements = themeStatements(db, shopId, filters, from, to);
  if (statements.length === 1) return themeCountsOf([(await statements[0]!.all<ThemeCounts>()).results]);
  return themeCountsOf((await db.batch<ThemeCounts>(statements)).map((result) => result.results));
}

/**
 * The reads that give a period's theme counts for the filters: one range, or for experience answers every answer's
 * and the reviews' (themeCountsOf subtracts them). Without a product filter the theme slices (migrations/0021), with
 * one the product's own rows.
 */
export function themeStatements(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
): D1PreparedStatement[] {
  if (!filters.productId && filters.kind !== 'experience') return [themeSliceStatement(db, shopId, filters, from, to)];
  if (!filters.productId)
    return [
      themeSliceStatement(db, shopId, { ...filters, kind: undefined }, from, to),
      themeSliceStatement(db, shopId, { ...filters, kind: 'review' }, from, to),
    ];
  if (filters.kind === 'review') return [rollupThemeStatement(db, shopId, filters, from, to, REVIEW_THEME_TABLES)];
  const all = rollupThemeStatement(db, shopId, filters, from, to, {
    detailed: 'daily_theme_stats',
    narrow: 'daily_theme_totals',
  });
  if (filters.kind !== 'experience') return [all];
  return [all, rollupThemeStatement(db, shopId, filters, from, to, REVIEW_THEME_TABLES)];
}

/** Theme counts from the rows of themeStatements: the first read, minus the second when there is one. */
export function themeCountsOf([all = [], reviews]: ThemeCounts[][]): ThemeCounts[] {
  return reviews ? subtractThemes(all, reviews) : all;
}

/** Theme counts of every answer minus those of the reviews (experience answers). */
function subtractThemes(all: ThemeCounts[], reviews: ThemeCounts[]): ThemeCounts[] {
  return subtract(
    all,
    reviews,
    (row) => row.theme,
    (a, b) => ({
      theme: a.theme,
      mentions: a.mentions - b.mentions,
      positive: a.positive - b.positive,
      negative: a.negative - b.negative,
    }),
  );
}

/** One range read of daily_theme_slices: the all-products theme counts of one filter combination over a period. */
export function themeSliceStatement(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
): D1PreparedStatement {
  const key = sliceKey(filters);
  return db
    .prepare(
      `SELECT theme, SUM(mentions) AS mentions, SUM(positive) AS positive, SUM(negative) AS negative FROM daily_theme_slices
       WHERE shop_id = ? AND kind = ? AND touchpoint = ? AND lang = ? AND segment = ? AND day BETWEEN ? AND ? GROUP BY theme`,
    )
    .bind(shopId, key.kind, key.touchpoint, key.lang, key.segment, from, to);
}

function rollupThemeStatement(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
  tables: { detailed: string; narrow: string },
): D1PreparedStatement {
  const { table, where, values } = rollupFilter(shopId, filters, from, to, tables, false);
  return db
    .prepare(
      `SELECT theme, SUM(mentions) AS mentions, SUM(positive) AS positive, SUM(negative) AS negative
       FROM ${table} WHERE ${where} GROUP BY theme`,
    )
    .bind(...values);
}

/** Upper bound for ISO timestamps of a day: every `YYYY-MM-DDT…` of that day sorts below `YYYY-MM-DD~`. */
export function endOfDayBound(day: string): string {
  return `${day}~`;
}

/** WHERE clause over the responses table for the filters (by created_at, which the indexes order). */
export function answerFilter(shopId: string, filters: AnswerFilters, from: string, to: string) {
  const clauses = ['shop_id = ?', 'created_at >= ?', 'created_at < ?'];
  const values: (string | number)[] = [shopId, from, endOfDayBound(to)];
  if (filters.productId) clauses.push('product_id = ?'), values.push(filters.productId);
  if (filters.touchpoint) clauses.push('touchpoint = ?'), values.push(filters.touchpoint);
  if (filters.locale) clauses.push('lang = ?'), values.push(filters.locale);
  if (filters.segment) clauses.push('segment = ?'), values.push(filters.segment);
  if (filters.kind) clauses.push(kindClause(filters.kind, 'kind'));
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
  // Walks the shop's (or the product's) negative answers newest first and stops at `limit`; the indexes carry the
  // filter columns, so an answer that does not match is skipped without reading it (migrations/0023).
  const index = filters.productId ? 'responses_negative_by_product' : 'responses_negative_by_shop';
  const { results } = await db
    .prepare(
      `SELECT id, created_at, touchpoint, rating, nps, comment, locale FROM responses INDEXED BY ${index}
       WHERE ${where} AND polarity = -1 ORDER BY created_at DESC LIMIT ?`,
    )
    .bind(...values, limit)
    .all<{
      id: string;
      created_at: string;
      touchpoint: Touchpoint;
      rating: number | null;
      nps: number | null;
      comment: string | null;
      locale: string | null;
    }>();
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
  /** Open items among the answers of the period that match the filters. */
  open: number;
  /** Open items of the shop, whatever the period and filters. */
  openTotal: number;
  /** How long the items resolved in the period took: a histogram (see migrations/0006). */
  resolutions: { bucket: number; resolved: number }[];
  /** The exact hours of each of those resolutions, when there are few enough to read (else null: the histogram's median). */
  exactHours: number[] | null;
}

/**
 * Up to this many replies or resolutions of the shop in the period, their median is computed from the items
 * themselves (whatever the filters: reading that few is cheap), not interpolated in the histogram.
 */
export const EXACT_MEDIAN_LIMIT = 2000;

const HOURS = '(julianday(a.resolved_at) - julianday(a.created_at)) * 24';

/** `review`: product reviews; `experience`: every other answer (follow-ups included), as the rollups count them. */
export function kindClause(kind: 'experience' | 'review', column: string): string {
  return kind === 'review' ? `${column} = 'review'` : `${column} IS NOT 'review'`;
}

/** True when the filters narrow the answers beyond the period. */
export function narrowsAnswers(filters: AnswerFilters): boolean {
  return Boolean(filters.touchpoint || filters.locale || filters.segment || filters.productId || filters.kind);
}

/** Clauses on the answer (`r`) of an attention item for the filters other than the period. */
function itemAnswerFilter(filters: AnswerFilters) {
  const clauses: string[] = [];
  const values: string[] = [];
  if (filters.productId) clauses.push('r.product_id = ?'), values.push(filters.productId);
  if (filters.touchpoint) clauses.push('r.touchpoint = ?'), values.push(filters.touchpoint);
  if (filters.locale) clauses.push('r.lang = ?'), values.push(filters.locale);
  if (filters.segment) clauses.push('r.segment = ?'), values.push(filters.segment);
  if (filters.kind) clauses.push(kindClause(filters.kind, 'r.kind'));
  return { sql: clauses.map((clause) => ` AND ${clause}`).join(''), values };
}

/**
 * The attention figures of the period and filters, from the complaint rollups (migrations/0022) whatever the
 * filters: items open among the period's answers, all open items (a counter), and the histogram of the resolutions
 * in the period. The exact hours of those resolutions are read from the items only while the shop has at most
 * EXACT_MEDIAN_LIMIT resolutions in the period (then the median is exact; above, interpolated in its bucket).
 */
export async function attentionStats(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
): Promise<AttentionStats> {
  const [counts, histogram, openTotal] = await Promise.all([
    complaintTotals(db, shopId, filters, from, to),
    complaintHours(db, shopId, filters, 'resolve', from, to),
    db.prepare('SELECT open FROM attention_open WHERE shop_id = ?').bind(shopId).first<{ open: number }>(),
  ]);
  const resolutions = histogram.map((row) => ({ bucket: row.bucket, resolved: row.n }));
  const resolved = resolutions.reduce((sum, row) => sum + row.resolved, 0);
  let exactHours: number[] | null = null;
  if (
    resolved > 0 &&
    resolved <= EXACT_MEDIAN_LIMIT &&
    (await shopResolutions(db, shopId, filters, from, to)) <= EXACT_MEDIAN_LIMIT
  ) {
    const narrow = narrowsAnswers(filters);
    const answer = itemAnswerFilter(filters);
    const join = narrow ? ' JOIN responses r ON r.id = a.id' : '';
    const { results } = await db
      .prepare(
        `SELECT ${HOURS} AS h FROM attention_items a${join} WHERE a.shop_id = ? AND a.status = 'resolved' AND a.resolved_at >= ? AND a.resolved_at < ?${answer.sql}`,
      )
      .bind(shopId, from, endOfDayBound(to), ...answer.values)
      .all<{ h: number }>();
    exactHours = results.map((row) => row.h);
  }
  return { open: counts.open, openTotal: openTotal?.open ?? 0, resolutions, exactHours };
}

/** The shop's resolutions in the period, whatever the filters (what reading their exact hours would cost). */
async function shopResolutions(db: D1Database, shopId: string, filters: AnswerFilters, from: string, to: string) {
  if (!narrowsAnswers(filters)) return 0;
  const row = await db
    .prepare('SELECT IFNULL(SUM(resolved), 0) AS n FROM daily_resolutions WHERE shop_id = ? AND day BETWEEN ? AND ?')
    .bind(shopId, from, to)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

export async function customerBalances(
  db: D1Database,
  shopId: string,
): Promise<{ inCredit: number; inDebit: number; even: number }> {
  const row = await db
    .prepare('SELECT in_credit AS inCredit, in_debit AS inDebit, even FROM customer_balances WHERE shop_id = ?')
    .bind(shopId)
    .first<{ inCredit: number; inDebit: number; even: number }>();
  return row ?? { inCredit: 0, inDebit: 0, even: 0 };
}

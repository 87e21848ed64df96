// The summary's counters of a period and filter combination, read as the few rows the summary needs (issue 17):
// per day (the trend) and per touchpoint (byTouchpoint and the totals), each summed inside SQLite, and one summed
// row (the previous period, the byKind block). A year is ≈ 365 + 6 rows instead of days × touchpoints (≈ 2,200, or
// twice that for experience answers): the rows SQLite reads are the same, the rows it hands back are a sixth.
// Every combination is one range read: of the slices (migrations/0021 and 0023), or of a product's own detail rows
// when it has a language or segment too.
import type { AnswerFilters, Touchpoint } from '../../../shared/schemas.ts';
import { type Counters, emptyCounters } from '../domain/summary.ts';
import { COUNTER_SUMS, type CounterRow, toCounters } from './counter-rows.ts';
import { rollupFilter, sliceKey, type ThemeCounts, themeCountsOf, themeStatements } from './insights.ts';

export interface DayCounters {
  day: string;
  counters: Counters;
}

export interface TouchpointCounters {
  touchpoint: Touchpoint;
  counters: Counters;
}

export interface PeriodCounters {
  /** One row per day with answers, in day order. */
  days: DayCounters[];
  /** One row per touchpoint with answers. */
  touchpoints: TouchpointCounters[];
}

/** A range of rollup rows: its table and WHERE clause. */
interface CounterSource {
  table: string;
  where: string;
  values: (string | number)[];
}

/**
 * Where the counters of a filter combination are, as one range read: the filter slices (migrations/0021), whose
 * kinds include 'experience' (migrations/0023_summary_slices); with a product filter the product's kinds
 * (daily_product_kinds, same migration), or with a language or segment too the product's own detail rows of
 * daily_stats, daily_review_stats or daily_product_experience (0023_summary_slices_product_experience).
 */
export function counterSource(shopId: string, filters: AnswerFilters, from: string, to: string): CounterSource {
  const key = sliceKey(filters);
  const touchpoint = filters.touchpoint ? ' AND touchpoint = ?' : '';
  const touchpointValue = filters.touchpoint ? [filters.touchpoint] : [];
  if (!filters.productId)
    return {
      table: 'daily_slice_stats',
      where: `shop_id = ? AND kind = ? AND lang = ? AND segment = ? AND day BETWEEN ? AND ?${touchpoint}`,
      values: [shopId, key.kind, key.lang, key.segment, from, to, ...touchpointValue],
    };
  if (!filters.locale && !filters.segment)
    return {
      table: 'daily_product_kinds',
      where: `shop_id = ? AND product_id = ? AND kind = ? AND day BETWEEN ? AND ?${touchpoint}`,
      values: [shopId, filters.productId, key.kind, from, to, ...touchpointValue],
    };
  const table =
    filters.kind === 'review' ? 'daily_review_stats' : filters.kind === 'experience' ? 'daily_product_experience' : 'daily_stats';
  const { where, values } = rollupFilter(shopId, filters, from, to, { detailed: table, narrow: table }, true);
  return { table, where, values };
}

const TOTAL_SUMS = COUNTER_SUMS.replace(/SUM\((\w+)\)/g, 'IFNULL(SUM($1), 0)');

function grouped(db: D1Database, source: CounterSource, by: 'day' | 'touchpoint'): D1PreparedStatement {
  return db
    .prepare(`SELECT ${by}, ${COUNTER_SUMS} FROM ${source.table} WHERE ${source.where} GROUP BY ${by} ORDER BY ${by}`)
    .bind(...source.values);
}

/** The period's counters per day and per touchpoint for the filters: two summed range reads, one batch. */
export async function periodCounters(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
): Promise<PeriodCounters> {
  const source = counterSource(shopId, filters, from, to);
  type DayRow = CounterRow & { day: string };
  type TouchpointRow = CounterRow & { touchpoint: Touchpoint };
  const [days, touchpoints] = await db.batch<DayRow & TouchpointRow>([
    grouped(db, source, 'day'),
    grouped(db, source, 'touchpoint'),
  ]);
  return {
    days: (days?.results ?? []).map((row) => ({ day: row.day, counters: toCounters(row) })),
    touchpoints: (touchpoints?.results ?? []).map((row) => ({ touchpoint: row.touchpoint, counters: toCounters(row) })),
  };
}

function summed(db: D1Database, source: CounterSource): D1PreparedStatement {
  return db.prepare(`SELECT ${TOTAL_SUMS} FROM ${source.table} WHERE ${source.where}`).bind(...source.values);
}

/**
 * The counters of a period and filter combination summed into one row: what the previous period and the byKind
 * block need. One summed range read, whatever the filters.
 */
export async function totalCounters(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
): Promise<Counters> {
  const row = await summed(db, counterSource(shopId, filters, from, to)).first<CounterRow>();
  return row ? toCounters(row) : emptyCounters();
}

export interface SummaryRollups {
  counters: PeriodCounters;
  /** The previous period's counters, summed. */
  previous: Counters;
  /** The byKind block: every answer (null: `counters` are that, no kind filter) and the reviews (null: kind=review). */
  all: Counters | null;
  review: Counters | null;
  themes: ThemeCounts[];
  previousThemes: ThemeCounts[];
}

/**
 * Every rollup read of the summary (counters per day and touchpoint, the previous period's and the byKind totals, the
 * themes of both periods) in ONE D1 batch: a single round trip to the database instead of six or more, each read
 * the same range read as periodCounters, totalCounters and themeCounts make on their own.
 */
export async function summaryRollups(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  period: { from: string; to: string },
  previous: { from: string; to: string },
): Promise<SummaryRollups> {
  const { kind, ...withoutKind } = filters;
  const source = counterSource(shopId, filters, period.from, period.to);
  const totals = [
    counterSource(shopId, filters, previous.from, previous.to),
    kind ? counterSource(shopId, withoutKind, period.from, period.to) : null,
    kind === 'review' ? null : counterSource(shopId, { ...withoutKind, kind: 'review' }, period.from, period.to),
  ];
  const themes = themeStatements(db, shopId, filters, period.from, period.to);
  const previousThemes = themeStatements(db, shopId, filters, previous.from, previous.to);
  const results = await db.batch<unknown>([
    grouped(db, source, 'day'),
    grouped(db, source, 'touchpoint'),
    ...totals.flatMap((total) => (total ? [summed(db, total)] : [])),
    ...themes,
    ...previousThemes,
  ]);
  const rows = results.map((result) => result.results);
  let next = 0;
  const take = (): unknown[] => rows[next++] ?? [];
  const days = take() as (CounterRow & { day: string })[];
  const touchpoints = take() as (CounterRow & { touchpoint: Touchpoint })[];
  const [previousTotal, all, review] = totals.map((total) => {
    if (!total) return null;
    const [row] = take() as CounterRow[];
    return row ? toCounters(row) : emptyCounters();
  });
  return {
    counters: {
      days: days.map((row) => ({ day: row.day, counters: toCounters(row) })),
      touchpoints: touchpoints.map((row) => ({ touchpoint: row.touchpoint, counters: toCounters(row) })),
    },
    previous: previousTotal ?? emptyCounters(),
    all: all ?? null,
    review: review ?? null,
    themes: themeCountsOf(themes.map(() => take() as ThemeCounts[])),
    previousThemes: themeCountsOf(previousThemes.map(() => take() as ThemeCounts[])),
  };
}

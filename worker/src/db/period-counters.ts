// The summary's counters of a period and filter combination, read as the few rows the summary needs (issue 17):
// per day (the trend) and per touchpoint (byTouchpoint and the totals), each summed inside SQLite, and one summed
// row (the previous period, the byKind block). A year is ≈ 365 + 6 rows instead of days × touchpoints (≈ 2,200, or
// twice that for experience answers): the rows SQLite reads are the same, the rows it hands back are a sixth.
// Every combination but a product's in a language or segment is one range of slices (migrations/0021 and 0023).
import type { AnswerFilters, Touchpoint } from '../../../shared/schemas.ts';
import { addCounters, type Counters, emptyCounters } from '../domain/summary.ts';
import { COUNTER_SUMS, type CounterRow, toCounters } from './counter-rows.ts';
import { negated, rollupFilter, sliceKey, subtract } from './insights.ts';

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
 * Where the counters of a filter combination are: one range of the filter slices (migrations/0021), whose kinds
 * include 'experience' (migrations/0023_summary_slices); with a product filter, one range of the product's kinds
 * (daily_product_kinds, same migration), or with a language or segment too the product's own detail rows of
 * daily_stats / daily_review_stats (experience answers: every answer − the reviews, `minus`).
 */
export function counterSources(
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
): { plus: CounterSource; minus?: CounterSource } {
  const key = sliceKey(filters);
  const touchpoint = filters.touchpoint ? ' AND touchpoint = ?' : '';
  const touchpointValue = filters.touchpoint ? [filters.touchpoint] : [];
  if (!filters.productId)
    return {
      plus: {
        table: 'daily_slice_stats',
        where: `shop_id = ? AND kind = ? AND lang = ? AND segment = ? AND day BETWEEN ? AND ?${touchpoint}`,
        values: [shopId, key.kind, key.lang, key.segment, from, to, ...touchpointValue],
      },
    };
  if (!filters.locale && !filters.segment)
    return {
      plus: {
        table: 'daily_product_kinds',
        where: `shop_id = ? AND product_id = ? AND kind = ? AND day BETWEEN ? AND ?${touchpoint}`,
        values: [shopId, filters.productId, key.kind, from, to, ...touchpointValue],
      },
    };
  const detail = (table: string): CounterSource => {
    const { where, values } = rollupFilter(shopId, filters, from, to, { detailed: table, narrow: table }, true);
    return { table, where, values };
  };
  if (filters.kind === 'review') return { plus: detail('daily_review_stats') };
  if (filters.kind === 'experience') return { plus: detail('daily_stats'), minus: detail('daily_review_stats') };
  return { plus: detail('daily_stats') };
}

const TOTAL_SUMS = COUNTER_SUMS.replace(/SUM\((\w+)\)/g, 'IFNULL(SUM($1), 0)');

function grouped(db: D1Database, source: CounterSource, by: 'day' | 'touchpoint'): D1PreparedStatement {
  return db
    .prepare(`SELECT ${by}, ${COUNTER_SUMS} FROM ${source.table} WHERE ${source.where} GROUP BY ${by} ORDER BY ${by}`)
    .bind(...source.values);
}

const minusCounters = <T extends { counters: Counters }>(a: T, b: T): T => ({
  ...a,
  counters: addCounters(a.counters, negated(b.counters)),
});

/** The period's counters per day and per touchpoint for the filters: two summed range reads (four), one batch. */
export async function periodCounters(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
): Promise<PeriodCounters> {
  const { plus, minus } = counterSources(shopId, filters, from, to);
  type DayRow = CounterRow & { day: string };
  type TouchpointRow = CounterRow & { touchpoint: Touchpoint };
  const statements = [grouped(db, plus, 'day'), grouped(db, plus, 'touchpoint')];
  if (minus) statements.push(grouped(db, minus, 'day'), grouped(db, minus, 'touchpoint'));
  const [plusDays, plusTouchpoints, minusDays, minusTouchpoints] = await db.batch<DayRow & TouchpointRow>(statements);
  const days = (rows: DayRow[] = []): DayCounters[] => rows.map((row) => ({ day: row.day, counters: toCounters(row) }));
  const touchpoints = (rows: TouchpointRow[] = []): TouchpointCounters[] =>
    rows.map((row) => ({ touchpoint: row.touchpoint, counters: toCounters(row) }));
  if (!minus) return { days: days(plusDays?.results), touchpoints: touchpoints(plusTouchpoints?.results) };
  return {
    days: subtract(days(plusDays?.results), days(minusDays?.results), (row) => row.day, minusCounters),
    touchpoints: subtract(
      touchpoints(plusTouchpoints?.results),
      touchpoints(minusTouchpoints?.results),
      (row) => row.touchpoint,
      minusCounters,
    ),
  };
}

/**
 * The counters of a period and filter combination summed into one row: what the previous period and the byKind
 * block need. One summed range read (two for a product's experience answers in a language or segment, one batch).
 */
export async function totalCounters(
  db: D1Database,
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
): Promise<Counters> {
  const { plus, minus } = counterSources(shopId, filters, from, to);
  const counters = (row: CounterRow | undefined) => (row ? toCounters(row) : emptyCounters());
  const summed = (source: CounterSource) =>
    db.prepare(`SELECT ${TOTAL_SUMS} FROM ${source.table} WHERE ${source.where}`).bind(...source.values);
  if (!minus) return counters((await summed(plus).first<CounterRow>()) ?? undefined);
  const [all, reviews] = await db.batch<CounterRow>([summed(plus), summed(minus)]);
  return addCounters(counters(all?.results[0]), negated(counters(reviews?.results[0])));
}

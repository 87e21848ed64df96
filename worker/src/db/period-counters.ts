// The summary's counters of a period and filter combination, read as the few rows the summary needs (issue 17):
// per day (the trend) and per touchpoint (byTouchpoint and the totals), each summed inside SQLite, and one summed
// row (the previous period, the byKind block). A year is ≈ 365 + 6 rows instead of days × touchpoints (≈ 2,200, or
// twice that for experience answers): the rows SQLite reads are the same, the rows it hands back are a sixth.
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
 * Where the counters of a filter combination are: one source, or every answer minus the reviews (experience
 * answers are not rolled up apart: migrations/0014). Without a product filter, one range of the filter slices
 * (migrations/0021); with one, the product's own rows of the narrowest rollup that holds the filters.
 */
export function counterSources(
  shopId: string,
  filters: AnswerFilters,
  from: string,
  to: string,
): { plus: CounterSource; minus?: CounterSource } {
  const source = (kind: AnswerFilters['kind']): CounterSource => {
    if (filters.productId) {
      const tables =
        kind === 'review'
          ? { detailed: 'daily_review_stats', narrow: 'daily_review_stats' }
          : { detailed: 'daily_stats', narrow: 'daily_touchpoint_stats' };
      return rollupFilter(shopId, filters, from, to, tables, true);
    }
    const key = sliceKey({ ...filters, kind });
    const clauses = ['shop_id = ?', 'kind = ?', 'lang = ?', 'segment = ?', 'day BETWEEN ? AND ?'];
    const values: (string | number)[] = [shopId, key.kind, key.lang, key.segment, from, to];
    if (filters.touchpoint) clauses.push('touchpoint = ?'), values.push(filters.touchpoint);
    return { table: 'daily_slice_stats', where: clauses.join(' AND '), values };
  };
  if (filters.kind !== 'experience') return { plus: source(filters.kind) };
  return { plus: source(undefined), minus: source('review') };
}

const TOTAL_SUMS = COUNTER_SUMS.replace(/SUM\((\w+)\)/g, 'IFNULL(SUM($1), 0)');

function grouped(db: D1Database, source: CounterSource, by: 'day' | 'touchpoint'): D1PreparedStatement {
  return db
    .prepare(`SELECT ${by}, ${COUNTER_SUMS} FROM ${source.table} WHERE ${source.where} GROUP BY ${by} ORDER BY ${by}`)
    .bind(...source.values);
}

function summed(db: D1Database, source: CounterSource): D1PreparedStatement {
  return db.prepare(`SELECT ${TOTAL_SUMS} FROM ${source.table} WHERE ${source.where}`).bind(...source.values);
}

const minusCounters = <T extends { counters: Counters }>(a: T, b: T): T => ({
  ...a,
  counters: addCounters(a.counters, negated(b.counters)),
});

/** The period's counters per day and per touchpoint for the filters: two or four summed range reads, one batch. */
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
 * block need. One summed range read (two for experience answers, one batch), with or without a product filter.
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
  if (!minus) return counters((await summed(db, plus).first<CounterRow>()) ?? undefined);
  const [all, reviews] = await db.batch<CounterRow>([summed(db, plus), summed(db, minus)]);
  return addCounters(counters(all?.results[0]), negated(counters(reviews?.results[0])));
}

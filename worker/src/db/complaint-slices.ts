// Range reads of the complaint rollups (migrations/0022, 0024): complaint_slices (per day a complaint came in) and
// complaint_hours (histograms of hours to first reply and to resolution). Without a product filter every filter
// combination is one direct range read: each filter column holds the filter's value or '*' for any; kind '*' or
// 'review' (experience complaints are '*' − 'review'). With a product filter, the product's rows at their own key
// (kind, touchpoint, lang, segment as the answer's), summed over the filters that are set (a product's complaints
// are few).
import type { AnswerFilters } from '../../../shared/schemas.ts';

/** What a complaint slice row counts (the columns of complaint_slices). */
export interface ComplaintCounts {
  complaints: number;
  open: number;
  replied: number;
  replied48h: number;
  followedUp: number;
  recovered: number;
  won: number;
}

export type ComplaintDay = ComplaintCounts & { day: string };

export type HourMeasure = 'reply' | 'resolve';

type SliceKind = '*' | 'review';

const COUNTS =
  'SUM(complaints) AS complaints, SUM(open) AS open, SUM(replied) AS replied, SUM(replied_48h) AS replied48h, ' +
  'SUM(followed_up) AS followedUp, SUM(recovered) AS recovered, SUM(won) AS won';
const SUMS =
  'IFNULL(SUM(complaints), 0) AS complaints, IFNULL(SUM(open), 0) AS open, IFNULL(SUM(replied), 0) AS replied, ' +
  'IFNULL(SUM(replied_48h), 0) AS replied48h, IFNULL(SUM(followed_up), 0) AS followedUp, ' +
  'IFNULL(SUM(recovered), 0) AS recovered, IFNULL(SUM(won), 0) AS won';

/**
 * The WHERE clause of a slice over from…to (?1 the shop, ?2 from, ?3 to) and its values. Without a product filter one
 * exact key (product_id '*', every other filter column its value or '*'); with one, the product's own rows (kind
 * 'review' or 'experience', touchpoint, lang and segment the answer's own values, migrations/0024) narrowed by the
 * filters that are set, to be summed.
 */
function sliceWhere(
  shopId: string,
  filters: Omit<AnswerFilters, 'from' | 'to'>,
  kind: SliceKind,
  from: string,
  to: string,
): { where: string; values: string[] } {
  const values = [shopId, from, to];
  const clauses = ['shop_id = ?1', 'day BETWEEN ?2 AND ?3'];
  const equal = (column: string, value: string) => {
    values.push(value);
    clauses.push(`${column} = ?${values.length}`);
  };
  if (filters.productId) {
    equal('product_id', filters.productId);
    if (kind === 'review') equal('kind', 'review');
    if (filters.touchpoint) equal('touchpoint', filters.touchpoint);
    if (filters.locale) equal('lang', filters.locale);
    if (filters.segment) equal('segment', filters.segment);
  } else {
    equal('product_id', '*');
    equal('kind', kind);
    equal('touchpoint', filters.touchpoint ?? '*');
    equal('lang', filters.locale ?? '*');
    equal('segment', filters.segment ?? '*');
  }
  return { where: clauses.join(' AND '), values };
}

/** One slice's rows, a day each (days without complaints left out). */
export function complaintDaysStatement(
  db: D1Database,
  shopId: string,
  filters: Omit<AnswerFilters, 'from' | 'to'>,
  kind: SliceKind,
  from: string,
  to: string,
): D1PreparedStatement {
  const { where, values } = sliceWhere(shopId, filters, kind, from, to);
  return db
    .prepare(`SELECT day, ${COUNTS} FROM complaint_slices WHERE ${where} GROUP BY day HAVING SUM(complaints) <> 0 ORDER BY day`)
    .bind(...values);
}

/** One slice's counts summed over the period (one row, zeros when there is none). */
export function complaintTotalsStatement(
  db: D1Database,
  shopId: string,
  filters: Omit<AnswerFilters, 'from' | 'to'>,
  kind: SliceKind,
  from: string,
  to: string,
): D1PreparedStatement {
  const { where, values } = sliceWhere(shopId, filters, kind, from, to);
  return db.prepare(`SELECT ${SUMS} FROM complaint_slices WHERE ${where}`).bind(...values);
}

/** One slice's histogram of hours over the period: complaints per bucket (lower bound in hours, migrations/0006). */
export function complaintHoursStatement(
  db: D1Database,
  shopId: string,
  filters: Omit<AnswerFilters, 'from' | 'to'>,
  kind: SliceKind,
  measure: HourMeasure,
  from: string,
  to: string,
): D1PreparedStatement {
  const { where, values } = sliceWhere(shopId, filters, kind, from, to);
  return db
    .prepare(
      `SELECT bucket, SUM(n) AS n FROM complaint_hours WHERE ${where} AND measure = ?${values.length + 1}
         GROUP BY bucket ORDER BY bucket`,
    )
    .bind(...values, measure);
}

export const NO_COMPLAINTS: ComplaintCounts = {
  complaints: 0,
  open: 0,
  replied: 0,
  replied48h: 0,
  followedUp: 0,
  recovered: 0,
  won: 0,
};

export function subtractCounts(a: ComplaintCounts, b: ComplaintCounts): ComplaintCounts {
  return {
    complaints: a.complaints - b.complaints,
    open: a.open - b.open,
    replied: a.replied - b.replied,
    replied48h: a.replied48h - b.replied48h,
    followedUp: a.followedUp - b.followedUp,
    recovered: a.recovered - b.recovered,
    won: a.won - b.won,
  };
}

/**
 * The histogram of hours of the complaints matching the filters, kind included ('experience': every complaint's
 * minus the reviews', per bucket), as { bucket, n } with n > 0.
 */
export async function complaintHours(
  db: D1Database,
  shopId: string,
  filters: Omit<AnswerFilters, 'from' | 'to'>,
  measure: HourMeasure,
  from: string,
  to: string,
): Promise<{ bucket: number; n: number }[]> {
  type Row = { bucket: number; n: number };
  if (filters.kind !== 'experience') {
    const kind = filters.kind === 'review' ? 'review' : '*';
    const { results } = await complaintHoursStatement(db, shopId, filters, kind, measure, from, to).all<Row>();
    return results.filter((row) => row.n > 0);
  }
  const [all, reviews] = await db.batch<Row>([
    complaintHoursStatement(db, shopId, filters, '*', measure, from, to),
    complaintHoursStatement(db, shopId, filters, 'review', measure, from, to),
  ]);
  const review = new Map((reviews?.results ?? []).map((row) => [row.bucket, row.n]));
  return (all?.results ?? [])
    .map((row) => ({ bucket: row.bucket, n: row.n - (review.get(row.bucket) ?? 0) }))
    .filter((row) => row.n > 0);
}

/** The counts of the complaints matching the filters, kind included, summed over the period. */
export async function complaintTotals(
  db: D1Database,
  shopId: string,
  filters: Omit<AnswerFilters, 'from' | 'to'>,
  from: string,
  to: string,
): Promise<ComplaintCounts> {
  if (filters.kind !== 'experience') {
    const kind = filters.kind === 'review' ? 'review' : '*';
    return (await complaintTotalsStatement(db, shopId, filters, kind, from, to).first<ComplaintCounts>()) ?? NO_COMPLAINTS;
  }
  const [all, reviews] = await db.batch<ComplaintCounts>([
    complaintTotalsStatement(db, shopId, filters, '*', from, to),
    complaintTotalsStatement(db, shopId, filters, 'review', from, to),
  ]);
  return subtractCounts(all?.results[0] ?? NO_COMPLAINTS, reviews?.results[0] ?? NO_COMPLAINTS);
}

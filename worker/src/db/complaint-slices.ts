// Range reads of the complaint rollups (migrations/0022, 0024): complaint_slices (per day a complaint came in) and
// complaint_hours (histograms of hours to first reply and to resolution). Without a product filter every filter
// combination is one direct range read: each filter column holds the filter's value or '*' for any; kind '*' or
// 'review' (experience complaints are '*' − 'review'); so is a product filter alone (the product's rows with every
// other column '*'). A product filter with another filter sums the product's rows at their own key (kind 'review'
// or 'experience', touchpoint, lang, segment as the answer's, migrations/0024) over the filters that are set.
import { type AnswerFilters, TOUCHPOINTS } from '../../../shared/schemas.ts';

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

/** '*' or 'review' on a direct key; 'experience' too on a product's own rows (ownRows). */
type SliceKind = '*' | 'review' | 'experience';

type SliceFilters = Omit<AnswerFilters, 'from' | 'to'>;

/** Whether the filters read a product's rows at their own key (summed), not one direct key. */
export function ownRows(filters: SliceFilters): boolean {
  return Boolean(filters.productId && (filters.touchpoint || filters.locale || filters.segment));
}

const COUNTS = 'complaints, open, replied, replied_48h AS replied48h, followed_up AS followedUp, recovered, won';
const SUMMED =
  'SUM(complaints) AS complaints, SUM(open) AS open, SUM(replied) AS replied, SUM(replied_48h) AS replied48h, ' +
  'SUM(followed_up) AS followedUp, SUM(recovered) AS recovered, SUM(won) AS won';
const SUMS =
  'IFNULL(SUM(complaints), 0) AS complaints, IFNULL(SUM(open), 0) AS open, IFNULL(SUM(replied), 0) AS replied, ' +
  'IFNULL(SUM(replied_48h), 0) AS replied48h, IFNULL(SUM(followed_up), 0) AS followedUp, ' +
  'IFNULL(SUM(recovered), 0) AS recovered, IFNULL(SUM(won), 0) AS won';

/**
 * The WHERE clause of a slice over from…to (?1 the shop, ?2 from, ?3 to) and its values: one direct key (product_id
 * the product or '*', every other filter column its value or '*'); or, when ownRows(filters), the product's rows at
 * their own key (kind 'review' or 'experience', touchpoint one of TOUCHPOINTS, migrations/0024) narrowed by the
 * filters that are set, to be summed.
 */
function sliceWhere(
  shopId: string,
  filters: SliceFilters,
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
  const oneOf = (column: string, list: readonly string[]) => {
    const marks = list.map((value) => {
      values.push(value);
      return `?${values.length}`;
    });
    clauses.push(`${column} IN (${marks.join(', ')})`);
  };
  if (ownRows(filters)) {
    // Every kind and touchpoint spelled out when not filtered: the primary key is searched on the columns after
    // them too, and the product's rows under the product alone (kind '*', touchpoint '*') stay out.
    equal('product_id', filters.productId!);
    if (kind === '*') oneOf('kind', ['experience', 'review']);
    else equal('kind', kind);
    if (filters.touchpoint) equal('touchpoint', filters.touchpoint);
    else oneOf('touchpoint', TOUCHPOINTS);
    if (filters.locale) equal('lang', filters.locale);
    if (filters.segment) equal('segment', filters.segment);
  } else {
    if (kind === 'experience') throw new Error("a direct complaint slice has kind '*' or 'review'");
    equal('product_id', filters.productId ?? '*');
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
  filters: SliceFilters,
  kind: SliceKind,
  from: string,
  to: string,
): D1PreparedStatement {
  const { where, values } = sliceWhere(shopId, filters, kind, from, to);
  const sql = ownRows(filters)
    ? `SELECT day, ${SUMMED} FROM complaint_slices WHERE ${where} GROUP BY day HAVING SUM(complaints) <> 0 ORDER BY day`
    : `SELECT day, ${COUNTS} FROM complaint_slices WHERE ${where} AND complaints <> 0 ORDER BY day`;
  return db.prepare(sql).bind(...values);
}

/** One slice's counts summed over the period (one row, zeros when there is none). */
export function complaintTotalsStatement(
  db: D1Database,
  shopId: string,
  filters: SliceFilters,
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
  filters: SliceFilters,
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
 * minus the reviews', per bucket, or a product's own experience rows), as { bucket, n } with n > 0.
 */
export async function complaintHours(
  db: D1Database,
  shopId: string,
  filters: SliceFilters,
  measure: HourMeasure,
  from: string,
  to: string,
): Promise<{ bucket: number; n: number }[]> {
  type Row = { bucket: number; n: number };
  if (filters.kind !== 'experience' || ownRows(filters)) {
    const kind = filters.kind ?? '*';
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
  filters: SliceFilters,
  from: string,
  to: string,
): Promise<ComplaintCounts> {
  if (filters.kind !== 'experience' || ownRows(filters)) {
    const kind = filters.kind ?? '*';
    return (await complaintTotalsStatement(db, shopId, filters, kind, from, to).first<ComplaintCounts>()) ?? NO_COMPLAINTS;
  }
  const [all, reviews] = await db.batch<ComplaintCounts>([
    complaintTotalsStatement(db, shopId, filters, '*', from, to),
    complaintTotalsStatement(db, shopId, filters, 'review', from, to),
  ]);
  return subtractCounts(all?.results[0] ?? NO_COMPLAINTS, reviews?.results[0] ?? NO_COMPLAINTS);
}

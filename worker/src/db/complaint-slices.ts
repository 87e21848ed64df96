// Range reads of the complaint rollups (migrations/0022): complaint_slices (per day a complaint came in) and
// complaint_hours (histograms of hours to first reply and to resolution). Every filter combination is one direct
// range read: each filter column holds the filter's value or '*' for any; kind '*' or 'review' (experience
// complaints are '*' − 'review'); product_id '*' or the product.
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

const KEY =
  'shop_id = ?1 AND product_id = ?2 AND kind = ?3 AND touchpoint = ?4 AND lang = ?5 AND segment = ?6 AND day BETWEEN ?7 AND ?8';

const COUNTS = 'complaints, open, replied, replied_48h AS replied48h, followed_up AS followedUp, recovered, won';
const SUMS =
  'IFNULL(SUM(complaints), 0) AS complaints, IFNULL(SUM(open), 0) AS open, IFNULL(SUM(replied), 0) AS replied, ' +
  'IFNULL(SUM(replied_48h), 0) AS replied48h, IFNULL(SUM(followed_up), 0) AS followedUp, ' +
  'IFNULL(SUM(recovered), 0) AS recovered, IFNULL(SUM(won), 0) AS won';

function keyValues(shopId: string, filters: Omit<AnswerFilters, 'from' | 'to'>, kind: SliceKind, from: string, to: string) {
  return [
    shopId,
    filters.productId ?? '*',
    kind,
    filters.touchpoint ?? '*',
    filters.locale ?? '*',
    filters.segment ?? '*',
    from,
    to,
  ];
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
  return db
    .prepare(`SELECT day, ${COUNTS} FROM complaint_slices WHERE ${KEY} AND complaints <> 0 ORDER BY day`)
    .bind(...keyValues(shopId, filters, kind, from, to));
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
  return db.prepare(`SELECT ${SUMS} FROM complaint_slices WHERE ${KEY}`).bind(...keyValues(shopId, filters, kind, from, to));
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
  return db
    .prepare(
      `SELECT bucket, SUM(n) AS n FROM complaint_hours WHERE shop_id = ?1 AND product_id = ?2 AND kind = ?3 AND touchpoint = ?4
         AND lang = ?5 AND segment = ?6 AND measure = ?9 AND day BETWEEN ?7 AND ?8 GROUP BY bucket ORDER BY bucket`,
    )
    .bind(...keyValues(shopId, filters, kind, from, to), measure);
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

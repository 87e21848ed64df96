// A shop's rollups next to a full recount from `responses` (and rows left behind by an erased answer). Shared by
// the workerd tests (tests/worker/support/consistency.ts) and the load bench, which reads D1 through getPlatformProxy.
import { counted } from '../../worker/src/db/rollups.ts';

type Row = Record<string, unknown>;

type Rows = (sql: string, ...binds: unknown[]) => Promise<Row[]>;

function reader(db: D1Database): Rows {
  return async (sql, ...binds) =>
    (
      await db
        .prepare(sql)
        .bind(...binds)
        .all<Row>()
    ).results;
}

/**
 * A shop's answers with `counted`: 0 for a review that is not published (held or rejected), which counts as no answer,
 * only its attention item in `attention` (worker/src/db/rollups.ts, migrations/0025); 1 for every other answer.
 */
const answersOf = (shopParam: string) =>
  `(SELECT r.*, ${counted('r')} AS counted FROM responses r WHERE r.shop_id = ${shopParam})`;

/** Products an answer counts for: '*' always, and its own product when it names one (answers that add something). */
const productsOf = (
  only = '',
) => `(SELECT r.*, '*' AS rollup_product FROM ${answersOf('?1')} r WHERE (r.counted OR r.attention)${only}
  UNION ALL SELECT r.*, r.product_id AS rollup_product FROM ${answersOf('?1')} r
    WHERE r.product_id IS NOT NULL AND (r.counted OR r.attention)${only})`;
const PRODUCTS = productsOf();
/** daily_review_stats and daily_review_theme_stats count the product reviews alone (migrations/0014). */
const REVIEWS = {
  products: productsOf(" AND r.kind = 'review'"),
  daily: 'daily_review_stats',
  themes: 'daily_review_theme_stats',
};
const EVERY = { products: PRODUCTS, daily: 'daily_stats', themes: 'daily_theme_stats' };

const DAILY_KEY = 'product_id, day, touchpoint, lang, segment';

/** daily_stats recounted from the answers (rows whose counters are all zero are equivalent to no row). */
async function dailyStatsDifferences(rows: Rows, shopId: string, tables = EVERY) {
  const recount = await rows(
    `SELECT rollup_product AS product_id, day, touchpoint, lang, IFNULL(segment, '') AS segment, ${SLICE_RECOUNT}
     FROM ${tables.products} GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
    shopId,
  );
  const stored = await rows(
    `SELECT ${DAILY_KEY}, responses, r1, r2, r3, r4, r5, promoters, passives, detractors, positive, neutral, negative, mixed, attention
     FROM ${tables.daily} WHERE shop_id = ?1
       AND (responses, r1, r2, r3, r4, r5, promoters, passives, detractors, positive, neutral, negative, mixed, attention)
           IS NOT (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
     ORDER BY 1, 2, 3, 4, 5`,
    shopId,
  );
  return { recount, stored };
}

async function themeStatsDifferences(rows: Rows, shopId: string, tables = EVERY) {
  const recount = await rows(
    `SELECT rollup_product AS product_id, day, touchpoint, lang, IFNULL(segment, '') AS segment, t.value ->> 'theme' AS theme,
       COUNT(*) AS mentions, SUM(t.value ->> 'label' = 'positive') AS positive, SUM(t.value ->> 'label' = 'neutral') AS neutral,
       SUM(t.value ->> 'label' = 'negative') AS negative
     FROM ${tables.products} a, json_each(a.themes) t WHERE a.themes IS NOT NULL AND a.counted GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`,
    shopId,
  );
  const stored = await rows(
    `SELECT ${DAILY_KEY}, theme, mentions, positive, neutral, negative FROM ${tables.themes}
     WHERE shop_id = ?1 AND (mentions, positive, neutral, negative) IS NOT (0, 0, 0, 0) ORDER BY 1, 2, 3, 4, 5, 6`,
    shopId,
  );
  return { recount, stored };
}

async function customerDifferences(rows: Rows, shopId: string) {
  const recount = await rows(
    `SELECT customer_ref, SUM(polarity) AS balance, COUNT(*) AS answers FROM responses
     WHERE shop_id = ?1 AND customer_ref IS NOT NULL GROUP BY 1 ORDER BY 1`,
    shopId,
  );
  const stored = await rows('SELECT customer_ref, balance, answers FROM customers WHERE shop_id = ?1 ORDER BY 1', shopId);
  return { recount, stored };
}

async function customerBalanceDifferences(rows: Rows, shopId: string) {
  const [recount = null] = await rows(
    `SELECT IFNULL(SUM(balance > 0), 0) AS in_credit, IFNULL(SUM(balance < 0), 0) AS in_debit, IFNULL(SUM(balance = 0), 0) AS even
     FROM (SELECT SUM(polarity) AS balance FROM responses WHERE shop_id = ?1 AND customer_ref IS NOT NULL GROUP BY customer_ref)`,
    shopId,
  );
  const [stored = { in_credit: 0, in_debit: 0, even: 0 }] = await rows(
    'SELECT in_credit, in_debit, even FROM customer_balances WHERE shop_id = ?1',
    shopId,
  );
  return { recount, stored };
}

/** Published reviews per product and star (kept by triggers on `reviews`). */
async function productReviewDifferences(rows: Rows, shopId: string) {
  const recount = await rows(
    `SELECT product_id, SUM(rating = 1) AS r1, SUM(rating = 2) AS r2, SUM(rating = 3) AS r3, SUM(rating = 4) AS r4, SUM(rating = 5) AS r5
     FROM reviews WHERE shop_id = ?1 AND status = 'published' GROUP BY 1 ORDER BY 1`,
    shopId,
  );
  const stored = await rows(
    `SELECT product_id, r1, r2, r3, r4, r5 FROM product_reviews WHERE shop_id = ?1 AND (r1, r2, r3, r4, r5) IS NOT (0, 0, 0, 0, 0) ORDER BY 1`,
    shopId,
  );
  return { recount, stored };
}

/** daily_relationship (migrations/0010) recounted from the answers' stored previous and first days. */
async function relationshipDifferences(rows: Rows, shopId: string) {
  const columns = 'answers, reviews, since_first, since_prev, h0, h1, h2, h3, h4, h5, h6, h7';
  const recount = await rows(
    `SELECT day, segment, prev_key, COUNT(*) AS answers, SUM(review) AS reviews, SUM(since_first) AS since_first, SUM(since_prev) AS since_prev,
       SUM(h0) AS h0, SUM(h1) AS h1, SUM(h2) AS h2, SUM(h3) AS h3, SUM(h4) AS h4, SUM(h5) AS h5, SUM(h6) AS h6, SUM(h7) AS h7
     FROM relationship_rows WHERE shop_id = ?1 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    shopId,
  );
  const stored = await rows(
    `SELECT day, segment, prev_key, ${columns} FROM daily_relationship
     WHERE shop_id = ?1 AND (${columns}) IS NOT (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) ORDER BY 1, 2, 3`,
    shopId,
  );
  return { recount, stored };
}

/** daily_relationship_totals (migrations/0021): the same recount without the segment. */
export function recountRelationshipTotals(shopParam: string): string {
  return `SELECT day, prev_key, COUNT(*) AS answers, SUM(review) AS reviews, SUM(since_first) AS since_first, SUM(since_prev) AS since_prev,
       SUM(h0) AS h0, SUM(h1) AS h1, SUM(h2) AS h2, SUM(h3) AS h3, SUM(h4) AS h4, SUM(h5) AS h5, SUM(h6) AS h6, SUM(h7) AS h7
     FROM relationship_rows WHERE shop_id = ${shopParam} GROUP BY 1, 2`;
}

export function storedRelationshipTotals(shopParam: string): string {
  const columns = 'answers, reviews, since_first, since_prev, h0, h1, h2, h3, h4, h5, h6, h7';
  return `SELECT day, prev_key, ${columns} FROM daily_relationship_totals
     WHERE shop_id = ${shopParam} AND (${columns}) IS NOT (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)`;
}

async function relationshipTotalsDifferences(rows: Rows, shopId: string) {
  const [recount, stored] = await Promise.all([
    rows(`${recountRelationshipTotals('?1')} ORDER BY 1, 2`, shopId),
    rows(`${storedRelationshipTotals('?1')} ORDER BY 1, 2`, shopId),
  ]);
  return { recount, stored };
}

/** The filter slices (migrations/0021): '*' or the answer's own value per filter, for every answer and for the reviews. */
const SLICE_KINDS = `(SELECT '*' AS kind UNION ALL SELECT 'review')`;
/** The counter slices hold experience answers (every answer but the reviews) too (migrations/0023_summary_slices). */
const COUNTER_SLICE_KINDS = `(SELECT '*' AS kind UNION ALL SELECT 'review' UNION ALL SELECT 'experience')`;
const OWN_OR_ANY = '(SELECT 1 AS own UNION ALL SELECT 0)';
const IN_KIND = `(k.kind = '*' OR r.kind IS 'review')`;
const IN_COUNTER_KIND = `(k.kind = '*' OR (k.kind = 'review') = (r.kind IS 'review'))`;
const SLICE_COUNTERS =
  'responses, r1, r2, r3, r4, r5, promoters, passives, detractors, positive, neutral, negative, mixed, attention';
const SLICE_RECOUNT = `SUM(counted) AS responses, SUM(counted * (rating IS 1)) AS r1, SUM(counted * (rating IS 2)) AS r2,
       SUM(counted * (rating IS 3)) AS r3, SUM(counted * (rating IS 4)) AS r4, SUM(counted * (rating IS 5)) AS r5,
       SUM(counted * IFNULL(nps >= 9, 0)) AS promoters, SUM(counted * IFNULL(nps BETWEEN 7 AND 8, 0)) AS passives,
       SUM(counted * IFNULL(nps <= 6, 0)) AS detractors, SUM(counted * (polarity = 1)) AS positive,
       SUM(counted * (polarity = 0)) AS neutral, SUM(counted * (polarity = -1)) AS negative, SUM(counted * mixed) AS mixed,
       SUM(attention) AS attention`;

/** daily_slice_stats recounted from the answers (shopParam: the SQL parameter holding the shop id). */
export function recountSliceStats(shopParam: string): string {
  return `SELECT k.kind AS kind, CASE WHEN l.own THEN r.lang ELSE '*' END AS lang,
       CASE WHEN s.own THEN IFNULL(r.segment, '') ELSE '*' END AS segment, r.day AS day, r.touchpoint AS touchpoint, ${SLICE_RECOUNT}
     FROM ${answersOf(shopParam)} r, ${COUNTER_SLICE_KINDS} k, ${OWN_OR_ANY} l, ${OWN_OR_ANY} s
     WHERE (r.counted OR r.attention) AND ${IN_COUNTER_KIND} GROUP BY 1, 2, 3, 4, 5`;
}

/** daily_product_kinds (migrations/0023_summary_slices) recounted from the answers that name a product. */
export function recountProductKinds(shopParam: string): string {
  return `SELECT r.product_id AS product_id, k.kind AS kind, r.day AS day, r.touchpoint AS touchpoint, ${SLICE_RECOUNT}
     FROM ${answersOf(shopParam)} r, ${COUNTER_SLICE_KINDS} k
     WHERE r.product_id IS NOT NULL AND (r.counted OR r.attention) AND ${IN_COUNTER_KIND} GROUP BY 1, 2, 3, 4`;
}

/** daily_product_kinds as stored (rows whose counters are all zero are equivalent to no row). */
export function storedProductKinds(shopParam: string): string {
  return `SELECT product_id, kind, day, touchpoint, ${SLICE_COUNTERS} FROM daily_product_kinds WHERE shop_id = ${shopParam}
       AND (${SLICE_COUNTERS}) IS NOT (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)`;
}

/** daily_product_experience (migrations/0023_summary_slices_product_experience): a product's experience answers. */
export function recountProductExperience(shopParam: string): string {
  return `SELECT r.product_id AS product_id, r.day AS day, r.touchpoint AS touchpoint, r.lang AS lang, IFNULL(r.segment, '') AS segment,
       ${SLICE_RECOUNT}
     FROM ${answersOf(shopParam)} r WHERE r.product_id IS NOT NULL AND r.kind IS NOT 'review' GROUP BY 1, 2, 3, 4, 5`;
}

/** daily_product_experience as stored (rows whose counters are all zero are equivalent to no row). */
export function storedProductExperience(shopParam: string): string {
  return `SELECT product_id, day, touchpoint, lang, segment, ${SLICE_COUNTERS} FROM daily_product_experience WHERE shop_id = ${shopParam}
       AND (${SLICE_COUNTERS}) IS NOT (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)`;
}

/** daily_slice_stats as stored (rows whose counters are all zero are equivalent to no row). */
export function storedSliceStats(shopParam: string): string {
  return `SELECT kind, lang, segment, day, touchpoint, ${SLICE_COUNTERS} FROM daily_slice_stats WHERE shop_id = ${shopParam}
       AND (${SLICE_COUNTERS}) IS NOT (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)`;
}

/** daily_theme_slices recounted from the answers' themes. */
export function recountThemeSlices(shopParam: string): string {
  return `SELECT k.kind AS kind, CASE WHEN tp.own THEN r.touchpoint ELSE '*' END AS touchpoint, CASE WHEN l.own THEN r.lang ELSE '*' END AS lang,
       CASE WHEN s.own THEN IFNULL(r.segment, '') ELSE '*' END AS segment, r.day AS day, t.value ->> 'theme' AS theme, COUNT(*) AS mentions,
       SUM(t.value ->> 'label' = 'positive') AS positive, SUM(t.value ->> 'label' = 'neutral') AS neutral,
       SUM(t.value ->> 'label' = 'negative') AS negative
     FROM ${answersOf(shopParam)} r, json_each(r.themes) t, ${SLICE_KINDS} k, ${OWN_OR_ANY} tp, ${OWN_OR_ANY} l, ${OWN_OR_ANY} s
     WHERE r.themes IS NOT NULL AND r.counted AND ${IN_KIND} GROUP BY 1, 2, 3, 4, 5, 6`;
}

export function storedThemeSlices(shopParam: string): string {
  return `SELECT kind, touchpoint, lang, segment, day, theme, mentions, positive, neutral, negative FROM daily_theme_slices
     WHERE shop_id = ${shopParam} AND (mentions, positive, neutral, negative) IS NOT (0, 0, 0, 0)`;
}

async function sliceDifferences(rows: Rows, shopId: string) {
  const [recount, stored] = await Promise.all([
    rows(`${recountSliceStats('?1')} ORDER BY 1, 2, 3, 4, 5`, shopId),
    rows(`${storedSliceStats('?1')} ORDER BY 1, 2, 3, 4, 5`, shopId),
  ]);
  return { recount, stored };
}

async function productKindDifferences(rows: Rows, shopId: string) {
  const [recount, stored] = await Promise.all([
    rows(`${recountProductKinds('?1')} ORDER BY 1, 2, 3, 4`, shopId),
    rows(`${storedProductKinds('?1')} ORDER BY 1, 2, 3, 4`, shopId),
  ]);
  return { recount, stored };
}

async function productExperienceDifferences(rows: Rows, shopId: string) {
  const [recount, stored] = await Promise.all([
    rows(`${recountProductExperience('?1')} ORDER BY 1, 2, 3, 4, 5`, shopId),
    rows(`${storedProductExperience('?1')} ORDER BY 1, 2, 3, 4, 5`, shopId),
  ]);
  return { recount, stored };
}

async function themeSliceDifferences(rows: Rows, shopId: string) {
  const [recount, stored] = await Promise.all([
    rows(`${recountThemeSlices('?1')} ORDER BY 1, 2, 3, 4, 5, 6`, shopId),
    rows(`${storedThemeSlices('?1')} ORDER BY 1, 2, 3, 4, 5, 6`, shopId),
  ]);
  return { recount, stored };
}

/**
 * Which slice rows a complaint counts in: with product_id '*', its answer's own value or '*' per filter column and
 * kind '*' or 'review' (migrations/0022); and, when the answer names a product, under the product alone (kind '*'
 * or 'review', the other columns '*') and at the product's own key: kind 'review' or 'experience', touchpoint, lang
 * and segment its own values (migrations/0024).
 */
function complaintSliceRows(shopParam: string): string {
  return `FROM attention_items a JOIN responses r ON r.id = a.id, ${SLICE_KINDS} k, ${OWN_OR_ANY} p, ${OWN_OR_ANY} tp, ${OWN_OR_ANY} l, ${OWN_OR_ANY} s
     WHERE a.shop_id = ${shopParam} AND ((p.own = 0 AND ${IN_KIND})
       OR (p.own = 1 AND r.product_id IS NOT NULL AND tp.own = 0 AND l.own = 0 AND s.own = 0 AND ${IN_KIND})
       OR (p.own = 1 AND r.product_id IS NOT NULL AND k.kind = '*' AND tp.own = 1 AND l.own = 1 AND s.own = 1))`;
}

const COMPLAINT_KEY = `CASE WHEN p.own THEN r.product_id ELSE '*' END AS product_id,
       CASE WHEN p.own = 0 OR tp.own = 0 THEN k.kind WHEN r.kind IS 'review' THEN 'review' ELSE 'experience' END AS kind,
       CASE WHEN tp.own THEN r.touchpoint ELSE '*' END AS touchpoint, CASE WHEN l.own THEN r.lang ELSE '*' END AS lang,
       CASE WHEN s.own THEN IFNULL(r.segment, '') ELSE '*' END AS segment`;

/** Hours bucket (lower bound) of a duration in hours, as migrations/0006 buckets resolution times. */
const hourBucket = (hours: string) => `CASE WHEN ${hours} < 1 THEN 0 WHEN ${hours} < 2 THEN 1 WHEN ${hours} < 4 THEN 2
  WHEN ${hours} < 8 THEN 4 WHEN ${hours} < 12 THEN 8 WHEN ${hours} < 24 THEN 12 WHEN ${hours} < 36 THEN 24 WHEN ${hours} < 48 THEN 36
  WHEN ${hours} < 72 THEN 48 WHEN ${hours} < 96 THEN 72 WHEN ${hours} < 168 THEN 96 WHEN ${hours} < 336 THEN 168
  WHEN ${hours} < 720 THEN 336 ELSE 720 END`;

/**
 * complaint_slices (migrations/0022, keyed as 0024) recounted from the attention items and the answers: "followed up" and
 * "detractor won back" straight from the answers (a follow-up of the item; the follow-up's or the same customer's
 * later NPS of 7+ within 90 days), not from the items' stored flags.
 */
export function recountComplaintSlices(shopParam: string): string {
  return `SELECT ${COMPLAINT_KEY}, substr(a.created_at, 1, 10) AS day, COUNT(*) AS complaints, SUM(a.status = 'open') AS open,
       SUM(a.first_reply_at IS NOT NULL) AS replied,
       SUM(IFNULL(CAST(ROUND((julianday(a.first_reply_at) - julianday(a.created_at)) * 86400000.0) AS INTEGER) <= 172800000, 0)) AS replied_48h,
       SUM(EXISTS (SELECT 1 FROM responses f WHERE f.shop_id = a.shop_id AND f.follow_up_of = a.id)) AS followed_up,
       SUM(a.resolution IS 'recovered') AS recovered,
       SUM(IFNULL(r.nps <= 6 AND (
         EXISTS (SELECT 1 FROM responses f WHERE f.shop_id = a.shop_id AND f.follow_up_of = a.id AND f.nps >= 7)
         OR EXISTS (SELECT 1 FROM responses l WHERE l.shop_id = a.shop_id AND l.customer_ref = r.customer_ref
           AND l.created_at > r.created_at AND l.created_at <= strftime('%Y-%m-%dT%H:%M:%fZ', r.created_at, '+90 days') AND l.nps >= 7)), 0)) AS won
     ${complaintSliceRows(shopParam)} GROUP BY 1, 2, 3, 4, 5, 6`;
}

export function storedComplaintSlices(shopParam: string): string {
  const counts = 'complaints, open, replied, replied_48h, followed_up, recovered, won';
  return `SELECT product_id, kind, touchpoint, lang, segment, day, ${counts} FROM complaint_slices
     WHERE shop_id = ${shopParam} AND (${counts}) IS NOT (0, 0, 0, 0, 0, 0, 0)`;
}

/** complaint_hours (migrations/0022, keyed as 0024): hours to first reply by the complaint's day, to resolution by the resolution's day. */
export function recountComplaintHours(shopParam: string): string {
  const reply = hourBucket('((julianday(a.first_reply_at) - julianday(a.created_at)) * 24)');
  const resolve = hourBucket('((julianday(a.resolved_at) - julianday(a.created_at)) * 24)');
  return `SELECT product_id, kind, touchpoint, lang, segment, measure, day, bucket, COUNT(*) AS n FROM (
       SELECT ${COMPLAINT_KEY}, 'reply' AS measure, substr(a.created_at, 1, 10) AS day, ${reply} AS bucket
       ${complaintSliceRows(shopParam)} AND a.first_reply_at IS NOT NULL
       UNION ALL
       SELECT ${COMPLAINT_KEY}, 'resolve' AS measure, substr(a.resolved_at, 1, 10) AS day, ${resolve} AS bucket
       ${complaintSliceRows(shopParam)} AND a.status = 'resolved' AND a.resolved_at IS NOT NULL
     ) GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`;
}

export function storedComplaintHours(shopParam: string): string {
  return `SELECT product_id, kind, touchpoint, lang, segment, measure, day, bucket, n FROM complaint_hours
     WHERE shop_id = ${shopParam} AND n <> 0`;
}

async function complaintSliceDifferences(rows: Rows, shopId: string) {
  const [recount, stored] = await Promise.all([
    rows(`${recountComplaintSlices('?1')} ORDER BY 1, 2, 3, 4, 5, 6`, shopId),
    rows(`${storedComplaintSlices('?1')} ORDER BY 1, 2, 3, 4, 5, 6`, shopId),
  ]);
  return { recount, stored };
}

async function complaintHourDifferences(rows: Rows, shopId: string) {
  const [recount, stored] = await Promise.all([
    rows(`${recountComplaintHours('?1')} ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`, shopId),
    rows(`${storedComplaintHours('?1')} ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`, shopId),
  ]);
  return { recount, stored };
}

/** Rows that belong to an answer which no longer exists (an erasure that forgot something). */
async function orphans(rows: Rows, shopId: string) {
  const [counts] = await rows(
    `SELECT
       (SELECT COUNT(*) FROM attention_items a WHERE a.shop_id = ?1 AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.id = a.id)) AS attention_items,
       (SELECT COUNT(*) FROM reviews v WHERE v.shop_id = ?1 AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.id = v.id)) AS reviews,
       (SELECT COUNT(*) FROM webhook_deliveries w WHERE w.shop_id = ?1 AND w.response_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.id = w.response_id)) AS webhook_deliveries,
       (SELECT COUNT(*) FROM responses r WHERE r.shop_id = ?1 AND r.polarity NOT IN (-1, 0, 1)) AS bad_polarity,
       (SELECT COUNT(*) FROM responses r WHERE r.shop_id = ?1 AND r.attention <> EXISTS (SELECT 1 FROM attention_items a WHERE a.id = r.id)) AS attention_flag`,
    shopId,
  );
  return counts;
}

/** Awaits every promise of a record at once; the result keeps each key and its type. */
async function allOf<T extends Record<string, Promise<unknown>>>(promises: T): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const keys = Object.keys(promises);
  const values = await Promise.all(Object.values(promises));
  return Object.fromEntries(keys.map((key, index) => [key, values[index]])) as { [K in keyof T]: Awaited<T[K]> };
}

/** Everything the worker derives from a shop's answers, next to a full recount of it. */
export async function consistencyReport(db: D1Database, shopId: string) {
  const rows = reader(db);
  return allOf({
    dailyStats: dailyStatsDifferences(rows, shopId),
    themeStats: themeStatsDifferences(rows, shopId),
    reviewStats: dailyStatsDifferences(rows, shopId, REVIEWS),
    reviewThemeStats: themeStatsDifferences(rows, shopId, REVIEWS),
    customers: customerDifferences(rows, shopId),
    customerBalances: customerBalanceDifferences(rows, shopId),
    productReviews: productReviewDifferences(rows, shopId),
    relationship: relationshipDifferences(rows, shopId),
    relationshipTotals: relationshipTotalsDifferences(rows, shopId),
    slices: sliceDifferences(rows, shopId),
    productKinds: productKindDifferences(rows, shopId),
    productExperience: productExperienceDifferences(rows, shopId),
    themeSlices: themeSliceDifferences(rows, shopId),
    complaintSlices: complaintSliceDifferences(rows, shopId),
    complaintHours: complaintHourDifferences(rows, shopId),
    orphaned: orphans(rows, shopId),
  });
}

export type ConsistencyReport = Awaited<ReturnType<typeof consistencyReport>>;

export const NO_ORPHANS = { attention_items: 0, reviews: 0, webhook_deliveries: 0, bad_polarity: 0, attention_flag: 0 };

/** The parts of a report where the stored rollup differs from the recount (empty when consistent). */
export function inconsistencies(report: ConsistencyReport): string[] {
  const differing: string[] = [];
  for (const [name, part] of Object.entries(report)) {
    const same =
      name === 'orphaned'
        ? JSON.stringify(part) === JSON.stringify(NO_ORPHANS)
        : JSON.stringify((part as { stored: unknown }).stored) === JSON.stringify((part as { recount: unknown }).recount);
    if (!same) differing.push(name);
  }
  return differing;
}

import type {
  Decision,
  HoldReason,
  InvitationAudit,
  OwnerReview,
  PublicReview,
  ReviewAggregate,
  ReviewSort,
  ReviewStatus,
} from '../../../shared/reviews.ts';
import { toHex } from '../domain/hex.ts';
import { npsGroup } from '../domain/nps.ts';
import { addToRelationship } from './relationship.ts';
import { addToDailyStats, addToThemeStats } from './rollups.ts';

export interface NewReview {
  status: ReviewStatus;
  holdReasons: HoldReason[];
  verified: boolean;
  orderId: string | null;
  title: string | null;
  authorName: string | null;
  productName: string | null;
  sourceHash: string;
  /** Hashes of the order token's spent scopes (see `spentTokenHashes`); kept after erasure. Empty without an order token. */
  spentTokenHashes?: string[];
}

/**
 * The statements that make an answer of kind "review" a review, for the answer's own batch. Like the rollups,
 * each reads the answer back by its fresh id, so a retried clientId adds nothing.
 */
export function reviewStatements(db: D1Database, responseId: string, review: NewReview): D1PreparedStatement[] {
  const statements = [
    db
      .prepare(
        `INSERT INTO reviews (id, shop_id, product_id, status, hold_reasons, verified, rating, title, body, author_name, lang,
           source_hash, created_at, published_at)
         SELECT id, shop_id, product_id, ?2, ?3, ?4, rating, ?5, comment, ?6, lang, ?7, created_at,
           CASE WHEN ?2 = 'published' THEN created_at END
         FROM responses WHERE id = ?1 AND product_id IS NOT NULL AND rating IS NOT NULL`,
      )
      .bind(
        responseId,
        review.status,
        JSON.stringify(review.holdReasons),
        review.verified ? 1 : 0,
        review.title,
        review.authorName,
        review.sourceHash,
      ),
    db
      .prepare(
        `INSERT INTO moderation_log (shop_id, review_id, action, reason, actor, rating, at)
         SELECT shop_id, id, ?2, ?3, 'system', rating, created_at FROM reviews WHERE id = ?1`,
      )
      .bind(responseId, review.status, review.holdReasons.join(',') || null),
  ];
  // A shopper's productName only fills a product nobody has named yet, and only from a published review: it
  // never replaces a name (the owner's, or an earlier one). The owner names products with PUT …/products/:id.
  if (review.productName && review.status === 'published') {
    statements.push(
      db
        .prepare(
          `UPDATE product_reviews SET product_name = ?2
           WHERE (shop_id, product_id) = (SELECT shop_id, product_id FROM reviews WHERE id = ?1 AND status = 'published') AND product_name IS NULL`,
        )
        .bind(responseId, review.productName),
    );
  }
  if (review.verified && review.orderId) {
    statements.push(
      db
        .prepare(
          'INSERT INTO used_order_tokens (shop_id, order_id, product_id, review_id, used_at) SELECT shop_id, ?2, product_id, id, created_at FROM reviews WHERE id = ?1',
        )
        .bind(responseId, review.orderId),
    );
  }
  // A second review racing with the same token rolls back here, on the primary key.
  for (const hash of review.spentTokenHashes ?? []) {
    statements.push(
      db
        .prepare(
          'INSERT INTO spent_order_tokens (shop_id, token_hash, spent_at) SELECT shop_id, ?2, created_at FROM reviews WHERE id = ?1',
        )
        .bind(responseId, hash),
    );
  }
  return statements;
}

/**
 * What an order token spends, as hashes that name neither the order nor the review: the product for a token
 * naming products; for a token naming none, the order as a whole ('*') and the product. SHA-256 of shop, order
 * and scope, so the rows are kept when the order's answers are erased and the token is never accepted twice.
 */
export async function spentTokenHashes(
  shopId: string,
  orderId: string,
  productId: string,
  productBound: boolean,
): Promise<string[]> {
  const hash = async (scope: string) =>
    toHex(
      new Uint8Array(
        await crypto.subtle.digest(
          'SHA-256',
          new TextEncoder().encode(JSON.stringify(['opinia-spent-order-token', shopId, orderId, scope])),
        ),
      ),
    );
  return productBound ? [await hash(`p:${productId}`)] : [await hash('*'), await hash(`p:${productId}`)];
}

/** Whether a token's scope was spent: by a review stored now (used_order_tokens) or by one erased since (spent_order_tokens). */
export async function isOrderTokenSpent(
  db: D1Database,
  shopId: string,
  orderId: string,
  productId: string,
  productBound: boolean,
  hashes: string[],
): Promise<boolean> {
  const spent = await db
    .prepare(`SELECT 1 FROM spent_order_tokens WHERE shop_id = ? AND token_hash IN (${hashes.map(() => '?').join(', ')}) LIMIT 1`)
    .bind(shopId, ...hashes)
    .first();
  if (spent) return true;
  // Reviews verified before spent_order_tokens existed (and on the hosted page) are in used_order_tokens only.
  const used = await db
    .prepare(
      `SELECT 1 FROM used_order_tokens WHERE shop_id = ? AND order_id = ?${productBound ? ' AND product_id = ?' : ''} LIMIT 1`,
    )
    .bind(shopId, orderId, ...(productBound ? [productId] : []))
    .first();
  return used !== null;
}

/**
 * Earlier reviews from one source since `since`, for the burst rule. Reviews verified with the same order as the
 * new review (`orderId`) do not count: a buyer reviewing several products of one order is no burst.
 */
export async function reviewsFromSourceSince(
  db: D1Database,
  shopId: string,
  sourceHash: string,
  since: string,
  orderId: string | null = null,
): Promise<number> {
  const row = await db
    .prepare(
      `SELECT COUNT(*) AS n FROM reviews r WHERE r.shop_id = ?1 AND r.source_hash = ?2 AND r.created_at >= ?3
         AND NOT (?4 IS NOT NULL AND EXISTS (SELECT 1 FROM used_order_tokens u WHERE u.shop_id = r.shop_id AND u.review_id = r.id AND u.order_id = ?4))`,
    )
    .bind(shopId, sourceHash, since, orderId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

export async function sameReviewTextSince(db: D1Database, shopId: string, body: string, since: string): Promise<boolean> {
  return (
    (await db
      .prepare('SELECT 1 FROM reviews WHERE shop_id = ? AND body = ? AND created_at >= ? LIMIT 1')
      .bind(shopId, body, since)
      .first()) !== null
  );
}

export interface ProductReviews {
  productName: string | null;
  aggregate: ReviewAggregate;
  /** Moves on every visible change: the public list's ETag and cache key. */
  version: number;
}

export async function productReviews(db: D1Database, shopId: string, productId: string): Promise<ProductReviews> {
  const row = await db
    .prepare('SELECT product_name, r1, r2, r3, r4, r5, version FROM product_reviews WHERE shop_id = ? AND product_id = ?')
    .bind(shopId, productId)
    .first<{ product_name: string | null; r1: number; r2: number; r3: number; r4: number; r5: number; version: number }>();
  const counts = row ? [row.r1, row.r2, row.r3, row.r4, row.r5] : [0, 0, 0, 0, 0];
  const count = counts.reduce((sum, n) => sum + n, 0);
  const total = counts.reduce((sum, n, index) => sum + n * (index + 1), 0);
  return {
    productName: row?.product_name ?? null,
    aggregate: {
      average: count ? Math.round((total / count) * 10) / 10 : null,
      count,
      distribution: { '1': counts[0]!, '2': counts[1]!, '3': counts[2]!, '4': counts[3]!, '5': counts[4]! },
    },
    version: row?.version ?? 0,
  };
}

interface ReviewRow {
  id: string;
  product_id: string;
  status: ReviewStatus;
  hold_reasons: string;
  verified: number;
  rating: number;
  title: string | null;
  body: string | null;
  author_name: string | null;
  lang: string;
  helpful: number;
  reply: string | null;
  replied_at: string | null;
  created_at: string;
}

function toPublic(row: ReviewRow): PublicReview {
  return {
    id: row.id,
    rating: row.rating,
    title: row.title,
    body: row.body,
    authorName: row.author_name,
    verified: row.verified === 1,
    lang: row.lang,
    createdAt: row.created_at,
    helpful: row.helpful,
    reply: row.reply && row.replied_at ? { text: row.reply, at: row.replied_at } : null,
  };
}

function toOwner(row: ReviewRow): OwnerReview {
  return {
    ...toPublic(row),
    productId: row.product_id,
    status: row.status,
    holdReasons: JSON.parse(row.hold_reasons) as HoldReason[],
  };
}

const ORDER: Record<ReviewSort, string> = {
  newest: 'created_at DESC, id DESC',
  highest: 'rating DESC, created_at DESC, id DESC',
  lowest: 'rating ASC, created_at DESC, id DESC',
  helpful: 'helpful DESC, created_at DESC, id DESC',
};

/**
 * Published reviews of a product; with `lang`, those in that language first — for `newest` and `helpful` only: the
 * rating sorts are global (2,3,4,4,5 ★ whatever the language: a "lowest first" that restarts after the page's own
 * language misleads). Fetches limit + 1.
 */
export async function listPublishedReviews(
  db: D1Database,
  shopId: string,
  productId: string,
  query: { sort: ReviewSort; rating?: number | undefined; lang?: string | undefined; offset: number; limit: number },
): Promise<PublicReview[]> {
  const rating = query.rating ? ' AND rating = ?' : '';
  const lang = query.sort === 'highest' || query.sort === 'lowest' ? undefined : query.lang;
  const languageFirst = lang ? '(lang = ?) DESC, ' : '';
  const values = [
    shopId,
    productId,
    ...(query.rating ? [query.rating] : []),
    ...(lang ? [lang] : []),
    query.limit + 1,
    query.offset,
  ];
  const { results } = await db
    .prepare(
      `SELECT * FROM reviews WHERE shop_id = ? AND product_id = ? AND status = 'published'${rating}
       ORDER BY ${languageFirst}${ORDER[query.sort]} LIMIT ? OFFSET ?`,
    )
    .bind(...values)
    .all<ReviewRow>();
  return results.map(toPublic);
}

/** Reviews waiting for the owner's decision (the partial index reviews_held answers it). */
export async function heldReviewCount(db: D1Database, shopId: string): Promise<number> {
  const row = await db
    .prepare("SELECT COUNT(*) AS n FROM reviews WHERE shop_id = ? AND status = 'held'")
    .bind(shopId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

export async function listReviewsForOwner(
  db: D1Database,
  shopId: string,
  status: ReviewStatus,
  after: { createdAt: string; id: string } | undefined,
  limit: number,
): Promise<(OwnerReview & { createdAt: string; id: string })[]> {
  const { results } = await db
    .prepare(
      `SELECT * FROM reviews WHERE shop_id = ? AND status = ?${after ? ' AND (created_at, id) < (?, ?)' : ''}
       ORDER BY created_at DESC, id DESC LIMIT ?`,
    )
    .bind(shopId, status, ...(after ? [after.createdAt, after.id] : []), limit + 1)
    .all<ReviewRow>();
  return results.map(toOwner);
}

export async function findReview(db: D1Database, shopId: string, id: string): Promise<OwnerReview | null> {
  const row = await db.prepare('SELECT * FROM reviews WHERE shop_id = ? AND id = ?').bind(shopId, id).first<ReviewRow>();
  return row ? toOwner(row) : null;
}

/**
 * The review's share of the summary and audit rollups, removed (−1) or added (+1) as its status stands when the
 * statement runs: a review counts there only while published (db/rollups.ts `counted`, migrations/0025).
 */
function countedReview(db: D1Database, id: string, sign: 1 | -1): D1PreparedStatement[] {
  return [
    ...addToDailyStats(db, id, sign),
    ...addToThemeStats(db, id, sign),
    ...addToDailyStats(db, id, sign, 'review'),
    ...addToThemeStats(db, id, sign, 'review'),
    addToRelationship(db, id, sign),
  ];
}

/**
 * Publishes or rejects a review and logs it, and moves it into the summary's and the audit's rollups when it is
 * published, out of them when a published review is rejected (removed as counted before, added as counted after);
 * false when the shop has no such review.
 */
export async function decideReview(
  db: D1Database,
  shopId: string,
  id: string,
  decision: Decision,
  now: string,
  /** More statements of the same batch (what the decision changes in the attention queue). */
  extra: D1PreparedStatement[] = [],
): Promise<boolean> {
  const status: ReviewStatus = decision.decision === 'approve' ? 'published' : 'rejected';
  const reason = decision.decision === 'reject' ? decision.reason : null;
  // The extra statements (the attention flag, moved through the rollups as −1/+1 pairs) run while the status is the
  // old one; then the review leaves the rollups as it was counted and joins them as it is counted now.
  if (!(await findReview(db, shopId, id))) return false; // (the rollup statements read the review by id alone)
  const removal = countedReview(db, id, -1);
  const statements = [
    ...extra,
    ...removal,
    db
      .prepare(
        "UPDATE reviews SET status = ?1, published_at = CASE WHEN ?1 = 'published' THEN IFNULL(published_at, ?2) END WHERE shop_id = ?3 AND id = ?4",
      )
      .bind(status, now, shopId, id),
    db
      .prepare(
        "INSERT INTO moderation_log (shop_id, review_id, action, reason, actor, rating, at) SELECT shop_id, id, ?1, ?2, 'owner', rating, ?3 FROM reviews WHERE shop_id = ?4 AND id = ?5",
      )
      .bind(decision.decision === 'approve' ? 'approved' : 'rejected', reason, now, shopId, id),
    ...countedReview(db, id, 1),
  ];
  const results = await db.batch(statements);
  return (results[extra.length + removal.length]?.meta.changes ?? 0) > 0;
}

/**
 * Stores the owner's public reply under a published review and logs it. A review held or rejected in moderation is
 * shown nowhere, so its reply would stand under nothing: 'not_published', and nothing is written.
 */
export async function replyToReview(
  db: D1Database,
  shopId: string,
  id: string,
  text: string,
  now: string,
): Promise<'replied' | 'not_published' | 'not_found'> {
  const [updated, , found] = await db.batch<{ status: ReviewStatus }>([
    db
      .prepare("UPDATE reviews SET reply = ?, replied_at = ? WHERE shop_id = ? AND id = ? AND status = 'published'")
      .bind(text, now, shopId, id),
    db
      .prepare(
        "INSERT INTO moderation_log (shop_id, review_id, action, reason, actor, rating, at) SELECT shop_id, id, 'replied', NULL, 'owner', rating, ? FROM reviews WHERE shop_id = ? AND id = ? AND changes() > 0",
      )
      .bind(now, shopId, id),
    db.prepare('SELECT status FROM reviews WHERE shop_id = ? AND id = ?').bind(shopId, id),
  ]);
  if ((updated?.meta.changes ?? 0) > 0) return 'replied';
  return found?.results.length ? 'not_published' : 'not_found';
}

/**
 * One vote per browser and one per shopper: a second vote from the same voter id, or from the same address (salted
 * hash) with a fresh voter id, counts nothing. Null when there is no such published review.
 */
export async function voteHelpful(
  db: D1Database,
  shopId: string,
  id: string,
  voterHash: string,
  sourceHash: string,
  now: string,
): Promise<{ helpful: number; counted: boolean } | null> {
  const [, vote, , review] = await db.batch<{ helpful: number }>([
    db
      .prepare(
        `INSERT INTO review_vote_sources (review_id, source_hash, created_at)
         SELECT id, ?1, ?2 FROM reviews WHERE shop_id = ?3 AND id = ?4 AND status = 'published'
           AND NOT EXISTS (SELECT 1 FROM review_votes WHERE review_id = ?4 AND voter_hash = ?5)
         ON CONFLICT DO NOTHING`,
      )
      .bind(sourceHash, now, shopId, id, voterHash),
    db
      .prepare(
        "INSERT INTO review_votes (review_id, voter_hash, created_at) SELECT id, ?, ? FROM reviews WHERE shop_id = ? AND id = ? AND status = 'published' AND changes() > 0 ON CONFLICT DO NOTHING",
      )
      .bind(voterHash, now, shopId, id),
    db
      .prepare(
        "UPDATE reviews SET helpful = (SELECT COUNT(*) FROM review_votes WHERE review_id = ?1) WHERE shop_id = ?2 AND id = ?1 AND status = 'published' AND changes() > 0",
      )
      .bind(id, shopId),
    db.prepare("SELECT helpful FROM reviews WHERE shop_id = ? AND id = ? AND status = 'published'").bind(shopId, id),
  ]);
  const helpful = review?.results[0]?.helpful;
  return helpful === undefined ? null : { helpful, counted: (vote?.meta.changes ?? 0) > 0 };
}

/** Records that the invitation to review was offered after an experience answer; false for an unknown answer. */
export async function recordInvitation(db: D1Database, shopId: string, responseId: string, now: string): Promise<boolean> {
  const result = await db
    .prepare(
      `INSERT INTO review_invitations (shop_id, response_id, rating, nps, offered_at)
       SELECT shop_id, id, rating, nps, ? FROM responses WHERE shop_id = ? AND id = ? AND kind = 'experience'
       ON CONFLICT DO NOTHING`,
    )
    .bind(now, shopId, responseId)
    .run();
  if (result.meta.changes > 0) return true;
  return (
    (await db
      .prepare('SELECT 1 FROM review_invitations WHERE shop_id = ? AND response_id = ?')
      .bind(shopId, responseId)
      .first()) !== null
  );
}

export async function invitationAudit(db: D1Database, shopId: string): Promise<InvitationAudit> {
  const { results } = await db
    .prepare(
      `SELECT r.rating, r.nps, COUNT(*) AS answers, COUNT(i.response_id) AS invited
       FROM responses r LEFT JOIN review_invitations i ON i.shop_id = r.shop_id AND i.response_id = r.id
       WHERE r.shop_id = ? AND r.kind = 'experience' GROUP BY r.rating, r.nps`,
    )
    .bind(shopId)
    .all<{ rating: number | null; nps: number | null; answers: number; invited: number }>();
  const share = (invited: number, answers: number) => (answers ? Math.round((invited / answers) * 1000) / 10 : null);
  const byRating = new Map<number | null, { answers: number; invited: number }>();
  const byNps = new Map<'promoter' | 'passive' | 'detractor' | 'none', { answers: number; invited: number }>();
  for (const row of results) {
    const ratingBucket = byRating.get(row.rating) ?? { answers: 0, invited: 0 };
    byRating.set(row.rating, { answers: ratingBucket.answers + row.answers, invited: ratingBucket.invited + row.invited });
    const group = row.nps === null ? 'none' : npsGroup(row.nps);
    const npsBucket = byNps.get(group) ?? { answers: 0, invited: 0 };
    byNps.set(group, { answers: npsBucket.answers + row.answers, invited: npsBucket.invited + row.invited });
  }
  return {
    byRating: [...byRating]
      .sort(([a], [b]) => (a ?? 0) - (b ?? 0))
      .map(([rating, c]) => ({ rating, ...c, share: share(c.invited, c.answers) })),
    byNps: [...byNps].map(([group, c]) => ({ group, ...c, share: share(c.invited, c.answers) })),
  };
}

/** How much of a review's title (else its text) a log entry carries, so the owner recognises the review. */
export const LOG_EXCERPT_CHARS = 80;

/**
 * The shop's moderation steps, newest first, each with the start of its review's title or text (`excerpt`, null when
 * the review has neither): the owner knows a review by what it says, not by its id. An erased review's steps go with it.
 */
export async function moderationLog(db: D1Database, shopId: string, limit: number) {
  const { results } = await db
    .prepare(
      `SELECT l.review_id AS reviewId, l.action, l.reason, l.actor, l.rating, l.at,
         substr(NULLIF(trim(COALESCE(NULLIF(trim(v.title), ''), v.body)), ''), 1, ?3) AS excerpt
       FROM moderation_log l LEFT JOIN reviews v ON v.shop_id = l.shop_id AND v.id = l.review_id
       WHERE l.shop_id = ?1 ORDER BY l.at DESC, l.id DESC LIMIT ?2`,
    )
    .bind(shopId, limit, LOG_EXCERPT_CHARS + 1)
    .all<{
      reviewId: string;
      action: string;
      reason: string | null;
      actor: string;
      rating: number;
      at: string;
      excerpt: string | null;
    }>();
  // One character more than shown says whether the text goes on.
  return results.map((entry) =>
    entry.excerpt && entry.excerpt.length > LOG_EXCERPT_CHARS
      ? { ...entry, excerpt: `${entry.excerpt.slice(0, LOG_EXCERPT_CHARS).trimEnd()}…` }
      : entry,
  );
}

/** The owner's name for a product, replacing any; moves the product's version so cached lists and markup change. */
export async function nameProduct(db: D1Database, shopId: string, productId: string, name: string): Promise<void> {
  await db
    .prepare(
      `INSERT INTO product_reviews (shop_id, product_id, product_name, version) VALUES (?, ?, ?, 1)
       ON CONFLICT (shop_id, product_id) DO UPDATE SET product_name = excluded.product_name, version = version + 1`,
    )
    .bind(shopId, productId, name)
    .run();
}

export async function productsWithReviews(db: D1Database, shopId: string) {
  const { results } = await db
    .prepare('SELECT product_id, product_name, r1, r2, r3, r4, r5 FROM product_reviews WHERE shop_id = ? ORDER BY product_id')
    .bind(shopId)
    .all<{ product_id: string; product_name: string | null; r1: number; r2: number; r3: number; r4: number; r5: number }>();
  return results.map((row) => {
    const published = row.r1 + row.r2 + row.r3 + row.r4 + row.r5;
    const total = row.r1 + 2 * row.r2 + 3 * row.r3 + 4 * row.r4 + 5 * row.r5;
    return {
      productId: row.product_id,
      productName: row.product_name,
      published,
      average: published ? Math.round((total / published) * 10) / 10 : null,
    };
  });
}

-- A product review that is not published (held for moderation, or rejected) is not a public review: it counts in no
-- summary or audit figure until the owner approves it, and a rejected one never does (newcomer walk-through: the
-- demo's Overview said "Product reviews 11" and the Audit "public reviews 11" with reviews held for links, duplicates
-- and strong language among them). From now on db/rollups.ts adds an answer to daily_stats, daily_theme_stats,
-- daily_review_stats and daily_review_theme_stats only when it is no unpublished review, and the owner's decision
-- moves it in or out (db/reviews.ts decideReview). product_reviews (ratings, JSON-LD) always counted published ones.
-- Here the rollups already stored lose what the unpublished reviews added. Every correction is an UPDATE of the
-- detail rollups, so their triggers carry the difference (NEW − OLD) on to the flat and slice rollups
-- (migrations/0006, 0021, 0023), as for every write.

-- An answer is counted unless it is a review whose status is not 'published'.
CREATE VIEW unpublished_review_answers AS
SELECT r.* FROM responses r JOIN reviews v ON v.id = r.id WHERE v.status <> 'published';

-- What they added to the counters, per rollup key: '*' and the answer's own product (as db/rollups.ts adds it), but
-- `attention`: the item a review held for strong language or without proof of purchase opened stays in the queue,
-- and in the figures of the queue (a review held as spam opened none).
UPDATE daily_stats SET
  responses = responses - h.n, r1 = r1 - h.n1, r2 = r2 - h.n2, r3 = r3 - h.n3, r4 = r4 - h.n4, r5 = r5 - h.n5,
  promoters = promoters - h.np, passives = passives - h.nq, detractors = detractors - h.nd,
  positive = positive - h.npos, neutral = neutral - h.nneu, negative = negative - h.nneg, mixed = mixed - h.nmix
FROM (
  SELECT r.shop_id AS s, IFNULL(p.product_id, r.product_id) AS pid, r.day AS d, r.touchpoint AS t, r.lang AS l, IFNULL(r.segment, '') AS g,
    COUNT(*) AS n, SUM(rating IS 1) AS n1, SUM(rating IS 2) AS n2, SUM(rating IS 3) AS n3, SUM(rating IS 4) AS n4, SUM(rating IS 5) AS n5,
    SUM(IFNULL(nps >= 9, 0)) AS np, SUM(IFNULL(nps BETWEEN 7 AND 8, 0)) AS nq, SUM(IFNULL(nps <= 6, 0)) AS nd,
    SUM(polarity = 1) AS npos, SUM(polarity = 0) AS nneu, SUM(polarity = -1) AS nneg, SUM(r.mixed) AS nmix
  FROM unpublished_review_answers r, (SELECT '*' AS product_id UNION ALL SELECT NULL) p
  WHERE p.product_id = '*' OR r.product_id IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6
) h
WHERE daily_stats.shop_id = h.s AND daily_stats.product_id = h.pid AND daily_stats.day = h.d AND daily_stats.touchpoint = h.t
  AND daily_stats.lang = h.l AND daily_stats.segment = h.g;

UPDATE daily_review_stats SET
  responses = responses - h.n, r1 = r1 - h.n1, r2 = r2 - h.n2, r3 = r3 - h.n3, r4 = r4 - h.n4, r5 = r5 - h.n5,
  promoters = promoters - h.np, passives = passives - h.nq, detractors = detractors - h.nd,
  positive = positive - h.npos, neutral = neutral - h.nneu, negative = negative - h.nneg, mixed = mixed - h.nmix
FROM (
  SELECT r.shop_id AS s, IFNULL(p.product_id, r.product_id) AS pid, r.day AS d, r.touchpoint AS t, r.lang AS l, IFNULL(r.segment, '') AS g,
    COUNT(*) AS n, SUM(rating IS 1) AS n1, SUM(rating IS 2) AS n2, SUM(rating IS 3) AS n3, SUM(rating IS 4) AS n4, SUM(rating IS 5) AS n5,
    SUM(IFNULL(nps >= 9, 0)) AS np, SUM(IFNULL(nps BETWEEN 7 AND 8, 0)) AS nq, SUM(IFNULL(nps <= 6, 0)) AS nd,
    SUM(polarity = 1) AS npos, SUM(polarity = 0) AS nneu, SUM(polarity = -1) AS nneg, SUM(r.mixed) AS nmix
  FROM unpublished_review_answers r, (SELECT '*' AS product_id UNION ALL SELECT NULL) p
  WHERE r.kind = 'review' AND (p.product_id = '*' OR r.product_id IS NOT NULL)
  GROUP BY 1, 2, 3, 4, 5, 6
) h
WHERE daily_review_stats.shop_id = h.s AND daily_review_stats.product_id = h.pid AND daily_review_stats.day = h.d
  AND daily_review_stats.touchpoint = h.t AND daily_review_stats.lang = h.l AND daily_review_stats.segment = h.g;

UPDATE daily_theme_stats SET
  mentions = mentions - h.n, positive = positive - h.npos, neutral = neutral - h.nneu, negative = negative - h.nneg
FROM (
  SELECT r.shop_id AS s, IFNULL(p.product_id, r.product_id) AS pid, r.day AS d, r.touchpoint AS t, r.lang AS l, IFNULL(r.segment, '') AS g,
    j.value ->> 'theme' AS th, COUNT(*) AS n, SUM(j.value ->> 'label' = 'positive') AS npos,
    SUM(j.value ->> 'label' = 'neutral') AS nneu, SUM(j.value ->> 'label' = 'negative') AS nneg
  FROM unpublished_review_answers r, json_each(r.themes) j, (SELECT '*' AS product_id UNION ALL SELECT NULL) p
  WHERE r.themes IS NOT NULL AND (p.product_id = '*' OR r.product_id IS NOT NULL)
  GROUP BY 1, 2, 3, 4, 5, 6, 7
) h
WHERE daily_theme_stats.shop_id = h.s AND daily_theme_stats.product_id = h.pid AND daily_theme_stats.day = h.d
  AND daily_theme_stats.touchpoint = h.t AND daily_theme_stats.lang = h.l AND daily_theme_stats.segment = h.g
  AND daily_theme_stats.theme = h.th;

UPDATE daily_review_theme_stats SET
  mentions = mentions - h.n, positive = positive - h.npos, neutral = neutral - h.nneu, negative = negative - h.nneg
FROM (
  SELECT r.shop_id AS s, IFNULL(p.product_id, r.product_id) AS pid, r.day AS d, r.touchpoint AS t, r.lang AS l, IFNULL(r.segment, '') AS g,
    j.value ->> 'theme' AS th, COUNT(*) AS n, SUM(j.value ->> 'label' = 'positive') AS npos,
    SUM(j.value ->> 'label' = 'neutral') AS nneu, SUM(j.value ->> 'label' = 'negative') AS nneg
  FROM unpublished_review_answers r, json_each(r.themes) j, (SELECT '*' AS product_id UNION ALL SELECT NULL) p
  WHERE r.kind = 'review' AND r.themes IS NOT NULL AND (p.product_id = '*' OR r.product_id IS NOT NULL)
  GROUP BY 1, 2, 3, 4, 5, 6, 7
) h
WHERE daily_review_theme_stats.shop_id = h.s AND daily_review_theme_stats.product_id = h.pid AND daily_review_theme_stats.day = h.d
  AND daily_review_theme_stats.touchpoint = h.t AND daily_review_theme_stats.lang = h.l AND daily_review_theme_stats.segment = h.g
  AND daily_review_theme_stats.theme = h.th;

-- The audit's "public reviews" (daily_relationship.reviews) count published reviews only. The answer itself stays in
-- the relationship figures (a customer who wrote, whatever became of the review), as in the customer's balance.
UPDATE daily_relationship SET reviews = reviews - h.n
FROM (
  SELECT f.shop_id AS s, f.day AS d, f.segment AS g, f.prev_key AS k, COUNT(*) AS n
  FROM relationship_facts f JOIN unpublished_review_answers r ON r.id = f.id
  WHERE r.kind = 'review'
  GROUP BY 1, 2, 3, 4
) h
WHERE daily_relationship.shop_id = h.s AND daily_relationship.day = h.d AND daily_relationship.segment = h.g
  AND daily_relationship.prev_key = h.k;

DROP VIEW relationship_rows;
DROP VIEW relationship_facts;

CREATE VIEW relationship_facts AS
SELECT id, shop_id, day, IFNULL(segment, '') AS segment,
  CASE
    WHEN customer_ref IS NULL THEN '~'
    WHEN prev_day IS NULL THEN ''
    WHEN julianday(day) - julianday(prev_day) <= 62 THEN prev_day
    ELSE substr(prev_day, 1, 7)
  END AS prev_key,
  kind = 'review' AND NOT EXISTS (SELECT 1 FROM reviews v WHERE v.id = responses.id AND v.status <> 'published') AS review,
  CASE WHEN customer_ref IS NULL THEN 0 ELSE CAST(julianday(day) - julianday(IFNULL(first_day, day)) AS INTEGER) END AS since_first,
  CASE WHEN prev_day IS NULL THEN 0 ELSE CAST(julianday(day) - julianday(prev_day) AS INTEGER) END AS since_prev
FROM responses;

CREATE VIEW relationship_rows AS
SELECT id, shop_id, day, segment, prev_key, review, since_first, since_prev,
  since_first < 1 AS h0, since_first BETWEEN 1 AND 6 AS h1, since_first BETWEEN 7 AND 29 AS h2,
  since_first BETWEEN 30 AND 89 AS h3, since_first BETWEEN 90 AND 179 AS h4, since_first BETWEEN 180 AND 364 AS h5,
  since_first BETWEEN 365 AND 729 AS h6, since_first >= 730 AS h7
FROM relationship_facts;

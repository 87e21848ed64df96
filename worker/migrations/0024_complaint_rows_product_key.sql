-- The complaint rollups of migrations/0022 without the product expansion: a product's complaints are kept under the
-- product alone (kind '*' or 'review', touchpoint, lang and segment '*': the product filter by itself stays one direct
-- range read) and at their own key (the complaint's kind, touchpoint, language and segment), not under every
-- combination of own-value-or-'*' as well. Each complaint now counts in at most 19 rows of complaint_slices (16 with
-- product_id = '*' as before, keyed like daily_slice_stats of 0021, + 2 under its product + 1 at its own key) instead
-- of 32 (an experience complaint 10 instead of 16), and so in complaint_hours; every status change rewrites that many.
-- A product filter with another filter sums the product's own rows at read time (db/complaint-slices.ts: equality
-- on the filters that are set).
--   product_id = '*'   kind '*' (every complaint) or 'review'; touchpoint, lang, segment the own value or '*'
--   product_id = own   kind '*' or 'review' with touchpoint, lang and segment '*' (the product alone); or
--                      kind 'review' or 'experience' (every other complaint) with touchpoint, lang, segment the own
--                      values (touchpoint is never '*' there: it is one of the touchpoints)
-- The tables, triggers and the 0022 statements stay: they read the view complaint_rows, which alone changes here.
DROP VIEW complaint_rows;

-- One row per complaint with what it counts (from the item as it is now) and its answer's own key.
CREATE VIEW complaint_items AS
SELECT a.id, a.shop_id, r.product_id AS own_product, r.kind IS 'review' AS review, r.touchpoint AS own_touchpoint,
  r.lang AS own_lang, IFNULL(r.segment, '') AS own_segment, substr(a.created_at, 1, 10) AS day,
  a.status = 'open' AS open, a.first_reply_at IS NOT NULL AS replied,
  IFNULL(CAST(ROUND((julianday(a.first_reply_at) - julianday(a.created_at)) * 86400000.0) AS INTEGER) <= 172800000, 0) AS replied_48h,
  a.followed_up, a.resolution IS 'recovered' AS recovered, a.won,
  CASE WHEN a.first_reply_at IS NOT NULL THEN IFNULL((SELECT MAX(b.lower) FROM hour_buckets b
    WHERE b.lower <= (julianday(a.first_reply_at) - julianday(a.created_at)) * 24), 0) END AS reply_bucket,
  CASE WHEN a.status = 'resolved' AND a.resolved_at IS NOT NULL THEN substr(a.resolved_at, 1, 10) END AS resolved_day,
  CASE WHEN a.status = 'resolved' AND a.resolved_at IS NOT NULL THEN IFNULL((SELECT MAX(b.lower) FROM hour_buckets b
    WHERE b.lower <= (julianday(a.resolved_at) - julianday(a.created_at)) * 24), 0) END AS resolve_bucket
FROM attention_items a JOIN responses r ON r.id = a.id;

-- Every slice row one complaint counts in, with what it counts there.
CREATE VIEW complaint_rows AS
SELECT i.id, i.shop_id, '*' AS product_id, k.kind, CASE WHEN t.own THEN i.own_touchpoint ELSE '*' END AS touchpoint,
  CASE WHEN l.own THEN i.own_lang ELSE '*' END AS lang, CASE WHEN s.own THEN i.own_segment ELSE '*' END AS segment, i.day,
  i.open, i.replied, i.replied_48h, i.followed_up, i.recovered, i.won, i.reply_bucket, i.resolved_day, i.resolve_bucket
FROM complaint_items i, slice_kinds k, slice_any t, slice_any l, slice_any s
WHERE k.kind = '*' OR i.review
UNION ALL
SELECT i.id, i.shop_id, i.own_product, k.kind, '*', '*', '*', i.day, i.open, i.replied, i.replied_48h, i.followed_up,
  i.recovered, i.won, i.reply_bucket, i.resolved_day, i.resolve_bucket
FROM complaint_items i, slice_kinds k
WHERE i.own_product IS NOT NULL AND (k.kind = '*' OR i.review)
UNION ALL
SELECT i.id, i.shop_id, i.own_product, CASE WHEN i.review THEN 'review' ELSE 'experience' END, i.own_touchpoint, i.own_lang,
  i.own_segment, i.day, i.open, i.replied, i.replied_48h, i.followed_up, i.recovered, i.won, i.reply_bucket,
  i.resolved_day, i.resolve_bucket
FROM complaint_items i WHERE i.own_product IS NOT NULL;

-- Rebuilt from the items as they are (the flags are kept by 0022's triggers already).
DELETE FROM complaint_slices;
DELETE FROM complaint_hours;

INSERT INTO complaint_slices
SELECT shop_id, product_id, kind, touchpoint, lang, segment, day, COUNT(*), SUM(open), SUM(replied), SUM(replied_48h),
  SUM(followed_up), SUM(recovered), SUM(won)
FROM complaint_rows GROUP BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO complaint_hours
SELECT shop_id, product_id, kind, touchpoint, lang, segment, 'reply', day, reply_bucket, COUNT(*)
FROM complaint_rows WHERE reply_bucket IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 8, 9;

INSERT INTO complaint_hours
SELECT shop_id, product_id, kind, touchpoint, lang, segment, 'resolve', resolved_day, resolve_bucket, COUNT(*)
FROM complaint_rows WHERE resolved_day IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 8, 9;

-- The summary's recovery block and its filtered attention figures as range reads of rollups (issue 17): complaints
-- (attention items) counted per day and filter slice, so neither walks complaints any more.
--   complaint_slices  per day the complaint came in: complaints, open, replied, replied within 48 h, followed up,
--                     recovered, detractors won back
--   complaint_hours   histograms of hours: 'reply' (to the first reply, by the day the complaint came in) and
--                     'resolve' (to resolution, by the day it was resolved, as daily_resolutions counts them)
-- Keyed like the filter slices (migrations/0021): each filter column holds the complaint's answer's own value or
-- '*' for any; kind is '*' (every complaint) or 'review' (complaints about product reviews; experience = '*' −
-- 'review'); product_id is '*' or the answer's own product, so a product filter is one range read as well.
-- Counts only: no answer, customer or text is stored here.

-- Whether the customer answered the complaint's follow-up, and whether a detractor (NPS 0–6) was won back: a
-- later NPS of 7+ in the follow-up, or in a later answer of the same customer within 90 days. Kept by the triggers
-- below whenever such an answer arrives or is erased.
ALTER TABLE attention_items ADD COLUMN followed_up INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attention_items ADD COLUMN won INTEGER NOT NULL DEFAULT 0;

-- Both flags of a complaint, computed from the answers (the definitions db/recovery.ts counted until now).
CREATE VIEW complaint_flags AS
SELECT r.id,
  EXISTS (SELECT 1 FROM responses f WHERE f.shop_id = r.shop_id AND f.follow_up_of = r.id) AS followed_up,
  IFNULL(r.nps <= 6 AND (
    EXISTS (SELECT 1 FROM responses f WHERE f.shop_id = r.shop_id AND f.follow_up_of = r.id AND f.nps >= 7)
    OR (r.customer_ref IS NOT NULL AND EXISTS (
      SELECT 1 FROM responses l WHERE l.shop_id = r.shop_id AND l.customer_ref = r.customer_ref AND l.created_at > r.created_at
        AND l.created_at <= strftime('%Y-%m-%dT%H:%M:%fZ', r.created_at, '+90 days') AND l.nps >= 7))), 0) AS won
FROM responses r;

-- Lower bounds (hours) of the histogram buckets, as migrations/0006: a duration goes to the largest bound ≤ it (0 below 1).
CREATE TABLE hour_buckets (lower INTEGER PRIMARY KEY);
INSERT INTO hour_buckets VALUES (0), (1), (2), (4), (8), (12), (24), (36), (48), (72), (96), (168), (336), (720);

CREATE TABLE complaint_slices (
  shop_id TEXT NOT NULL, product_id TEXT NOT NULL, kind TEXT NOT NULL, touchpoint TEXT NOT NULL, lang TEXT NOT NULL,
  segment TEXT NOT NULL, day TEXT NOT NULL,
  complaints INTEGER NOT NULL, open INTEGER NOT NULL, replied INTEGER NOT NULL, replied_48h INTEGER NOT NULL,
  followed_up INTEGER NOT NULL, recovered INTEGER NOT NULL, won INTEGER NOT NULL,
  PRIMARY KEY (shop_id, product_id, kind, touchpoint, lang, segment, day)
) WITHOUT ROWID;

CREATE TABLE complaint_hours (
  shop_id TEXT NOT NULL, product_id TEXT NOT NULL, kind TEXT NOT NULL, touchpoint TEXT NOT NULL, lang TEXT NOT NULL,
  segment TEXT NOT NULL, measure TEXT NOT NULL, day TEXT NOT NULL, bucket INTEGER NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (shop_id, product_id, kind, touchpoint, lang, segment, measure, day, bucket)
) WITHOUT ROWID;

-- Every slice row one complaint counts in, with what it counts there (from the item as it is now).
CREATE VIEW complaint_rows AS
SELECT a.id, a.shop_id, CASE WHEN p.own THEN r.product_id ELSE '*' END AS product_id, k.kind,
  CASE WHEN t.own THEN r.touchpoint ELSE '*' END AS touchpoint, CASE WHEN l.own THEN r.lang ELSE '*' END AS lang,
  CASE WHEN s.own THEN IFNULL(r.segment, '') ELSE '*' END AS segment, substr(a.created_at, 1, 10) AS day,
  a.status = 'open' AS open, a.first_reply_at IS NOT NULL AS replied,
  IFNULL(CAST(ROUND((julianday(a.first_reply_at) - julianday(a.created_at)) * 86400000.0) AS INTEGER) <= 172800000, 0) AS replied_48h,
  a.followed_up, a.resolution IS 'recovered' AS recovered, a.won,
  CASE WHEN a.first_reply_at IS NOT NULL THEN IFNULL((SELECT MAX(b.lower) FROM hour_buckets b
    WHERE b.lower <= (julianday(a.first_reply_at) - julianday(a.created_at)) * 24), 0) END AS reply_bucket,
  CASE WHEN a.status = 'resolved' AND a.resolved_at IS NOT NULL THEN substr(a.resolved_at, 1, 10) END AS resolved_day,
  CASE WHEN a.status = 'resolved' AND a.resolved_at IS NOT NULL THEN IFNULL((SELECT MAX(b.lower) FROM hour_buckets b
    WHERE b.lower <= (julianday(a.resolved_at) - julianday(a.created_at)) * 24), 0) END AS resolve_bucket
FROM attention_items a JOIN responses r ON r.id = a.id, slice_kinds k, slice_any p, slice_any t, slice_any l, slice_any s
WHERE (p.own = 0 OR r.product_id IS NOT NULL) AND (k.kind = '*' OR r.kind IS 'review');

-- Backfill: the flags first, then the rollups from the items as they are.
UPDATE attention_items SET (followed_up, won) = (SELECT f.followed_up, f.won FROM complaint_flags f WHERE f.id = attention_items.id);

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

-- A new item adds its rows, then takes its flags from the answers already there (a bulk load may store the later
-- answers first): that UPDATE moves its rows through the update triggers below.
CREATE TRIGGER complaint_rollups_on_insert AFTER INSERT ON attention_items BEGIN
  INSERT INTO complaint_slices
  SELECT shop_id, product_id, kind, touchpoint, lang, segment, day, 1, open, replied, replied_48h, followed_up, recovered, won
  FROM complaint_rows WHERE id = NEW.id
  ON CONFLICT (shop_id, product_id, kind, touchpoint, lang, segment, day) DO UPDATE SET
    complaints = complaints + excluded.complaints, open = open + excluded.open, replied = replied + excluded.replied,
    replied_48h = replied_48h + excluded.replied_48h, followed_up = followed_up + excluded.followed_up,
    recovered = recovered + excluded.recovered, won = won + excluded.won;
  INSERT INTO complaint_hours
  SELECT shop_id, product_id, kind, touchpoint, lang, segment, 'reply', day, reply_bucket, 1
  FROM complaint_rows WHERE id = NEW.id AND reply_bucket IS NOT NULL
  ON CONFLICT (shop_id, product_id, kind, touchpoint, lang, segment, measure, day, bucket) DO UPDATE SET n = n + excluded.n;
  INSERT INTO complaint_hours
  SELECT shop_id, product_id, kind, touchpoint, lang, segment, 'resolve', resolved_day, resolve_bucket, 1
  FROM complaint_rows WHERE id = NEW.id AND resolved_day IS NOT NULL
  ON CONFLICT (shop_id, product_id, kind, touchpoint, lang, segment, measure, day, bucket) DO UPDATE SET n = n + excluded.n;
  UPDATE attention_items SET (followed_up, won) = (SELECT f.followed_up, f.won FROM complaint_flags f WHERE f.id = NEW.id)
  WHERE id = NEW.id AND (followed_up, won) IS NOT (SELECT f.followed_up, f.won FROM complaint_flags f WHERE f.id = NEW.id);
END;

-- An update takes the item's rows out as they were (BEFORE) and adds them back as they are (AFTER).
CREATE TRIGGER complaint_rollups_before_update
BEFORE UPDATE OF status, first_reply_at, resolution, resolved_at, followed_up, won, created_at ON attention_items BEGIN
  INSERT INTO complaint_slices
  SELECT shop_id, product_id, kind, touchpoint, lang, segment, day, -1, -open, -replied, -replied_48h, -followed_up, -recovered, -won
  FROM complaint_rows WHERE id = OLD.id
  ON CONFLICT (shop_id, product_id, kind, touchpoint, lang, segment, day) DO UPDATE SET
    complaints = complaints + excluded.complaints, open = open + excluded.open, replied = replied + excluded.replied,
    replied_48h = replied_48h + excluded.replied_48h, followed_up = followed_up + excluded.followed_up,
    recovered = recovered + excluded.recovered, won = won + excluded.won;
  INSERT INTO complaint_hours
  SELECT shop_id, product_id, kind, touchpoint, lang, segment, 'reply', day, reply_bucket, -1
  FROM complaint_rows WHERE id = OLD.id AND reply_bucket IS NOT NULL
  ON CONFLICT (shop_id, product_id, kind, touchpoint, lang, segment, measure, day, bucket) DO UPDATE SET n = n + excluded.n;
  INSERT INTO complaint_hours
  SELECT shop_id, product_id, kind, touchpoint, lang, segment, 'resolve', resolved_day, resolve_bucket, -1
  FROM complaint_rows WHERE id = OLD.id AND resolved_day IS NOT NULL
  ON CONFLICT (shop_id, product_id, kind, touchpoint, lang, segment, measure, day, bucket) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER complaint_rollups_after_update
AFTER UPDATE OF status, first_reply_at, resolution, resolved_at, followed_up, won, created_at ON attention_items BEGIN
  INSERT INTO complaint_slices
  SELECT shop_id, product_id, kind, touchpoint, lang, segment, day, 1, open, replied, replied_48h, followed_up, recovered, won
  FROM complaint_rows WHERE id = NEW.id
  ON CONFLICT (shop_id, product_id, kind, touchpoint, lang, segment, day) DO UPDATE SET
    complaints = complaints + excluded.complaints, open = open + excluded.open, replied = replied + excluded.replied,
    replied_48h = replied_48h + excluded.replied_48h, followed_up = followed_up + excluded.followed_up,
    recovered = recovered + excluded.recovered, won = won + excluded.won;
  INSERT INTO complaint_hours
  SELECT shop_id, product_id, kind, touchpoint, lang, segment, 'reply', day, reply_bucket, 1
  FROM complaint_rows WHERE id = NEW.id AND reply_bucket IS NOT NULL
  ON CONFLICT (shop_id, product_id, kind, touchpoint, lang, segment, measure, day, bucket) DO UPDATE SET n = n + excluded.n;
  INSERT INTO complaint_hours
  SELECT shop_id, product_id, kind, touchpoint, lang, segment, 'resolve', resolved_day, resolve_bucket, 1
  FROM complaint_rows WHERE id = NEW.id AND resolved_day IS NOT NULL
  ON CONFLICT (shop_id, product_id, kind, touchpoint, lang, segment, measure, day, bucket) DO UPDATE SET n = n + excluded.n;
END;

-- Deleting an item (erasure) takes its rows out while its answer is still there (db/responses.ts deleteAnswers
-- deletes the items before the answers).
CREATE TRIGGER complaint_rollups_before_delete BEFORE DELETE ON attention_items BEGIN
  INSERT INTO complaint_slices
  SELECT shop_id, product_id, kind, touchpoint, lang, segment, day, -1, -open, -replied, -replied_48h, -followed_up, -recovered, -won
  FROM complaint_rows WHERE id = OLD.id
  ON CONFLICT (shop_id, product_id, kind, touchpoint, lang, segment, day) DO UPDATE SET
    complaints = complaints + excluded.complaints, open = open + excluded.open, replied = replied + excluded.replied,
    replied_48h = replied_48h + excluded.replied_48h, followed_up = followed_up + excluded.followed_up,
    recovered = recovered + excluded.recovered, won = won + excluded.won;
  INSERT INTO complaint_hours
  SELECT shop_id, product_id, kind, touchpoint, lang, segment, 'reply', day, reply_bucket, -1
  FROM complaint_rows WHERE id = OLD.id AND reply_bucket IS NOT NULL
  ON CONFLICT (shop_id, product_id, kind, touchpoint, lang, segment, measure, day, bucket) DO UPDATE SET n = n + excluded.n;
  INSERT INTO complaint_hours
  SELECT shop_id, product_id, kind, touchpoint, lang, segment, 'resolve', resolved_day, resolve_bucket, -1
  FROM complaint_rows WHERE id = OLD.id AND resolved_day IS NOT NULL
  ON CONFLICT (shop_id, product_id, kind, touchpoint, lang, segment, measure, day, bucket) DO UPDATE SET n = n + excluded.n;
END;

-- The flags follow the answers: a follow-up arrives or is erased; a customer's NPS of 7+ arrives (it wins back
-- that customer's detractors of the 90 days before it) or is erased (they are recounted without it).
CREATE TRIGGER complaint_flags_on_follow_up AFTER INSERT ON responses WHEN NEW.follow_up_of IS NOT NULL BEGIN
  UPDATE attention_items SET (followed_up, won) = (SELECT f.followed_up, f.won FROM complaint_flags f WHERE f.id = NEW.follow_up_of)
  WHERE shop_id = NEW.shop_id AND id = NEW.follow_up_of
    AND (followed_up, won) IS NOT (SELECT f.followed_up, f.won FROM complaint_flags f WHERE f.id = NEW.follow_up_of);
END;

CREATE TRIGGER complaint_flags_on_follow_up_erased AFTER DELETE ON responses WHEN OLD.follow_up_of IS NOT NULL BEGIN
  UPDATE attention_items SET (followed_up, won) = (SELECT f.followed_up, f.won FROM complaint_flags f WHERE f.id = OLD.follow_up_of)
  WHERE shop_id = OLD.shop_id AND id = OLD.follow_up_of
    AND (followed_up, won) IS NOT (SELECT f.followed_up, f.won FROM complaint_flags f WHERE f.id = OLD.follow_up_of);
END;

CREATE TRIGGER complaint_flags_on_later_answer AFTER INSERT ON responses
WHEN NEW.customer_ref IS NOT NULL AND NEW.nps >= 7 BEGIN
  UPDATE attention_items SET won = 1
  WHERE won = 0 AND id IN (
    SELECT r.id FROM responses r WHERE r.shop_id = NEW.shop_id AND r.customer_ref = NEW.customer_ref
      AND r.created_at < NEW.created_at AND NEW.created_at <= strftime('%Y-%m-%dT%H:%M:%fZ', r.created_at, '+90 days') AND r.nps <= 6);
END;

CREATE TRIGGER complaint_flags_on_later_answer_erased AFTER DELETE ON responses
WHEN OLD.customer_ref IS NOT NULL AND OLD.nps >= 7 BEGIN
  UPDATE attention_items SET won = (SELECT f.won FROM complaint_flags f WHERE f.id = attention_items.id)
  WHERE won = 1 AND id IN (
    SELECT r.id FROM responses r WHERE r.shop_id = OLD.shop_id AND r.customer_ref = OLD.customer_ref
      AND r.created_at < OLD.created_at AND OLD.created_at <= strftime('%Y-%m-%dT%H:%M:%fZ', r.created_at, '+90 days') AND r.nps <= 6)
    AND (SELECT f.won FROM complaint_flags f WHERE f.id = attention_items.id) = 0;
END;

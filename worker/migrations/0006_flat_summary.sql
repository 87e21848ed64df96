-- Keep the summary's cost flat at millions of answers: narrower rollups for unfiltered reads, kept exact by
-- triggers from the detailed ones, and counters for the attention queue instead of scans.

-- Answers that opened an attention item (negative comment, rating ≤ 2 or NPS detractor), per rollup row.
ALTER TABLE daily_stats ADD COLUMN attention INTEGER NOT NULL DEFAULT 0;
UPDATE daily_stats SET attention = (
  SELECT COUNT(*) FROM responses r
  WHERE r.shop_id = daily_stats.shop_id AND r.day = daily_stats.day AND r.touchpoint = daily_stats.touchpoint
    AND r.lang = daily_stats.lang AND IFNULL(r.segment, '') = daily_stats.segment
    AND (daily_stats.product_id = '*' OR r.product_id = daily_stats.product_id)
    AND (r.sentiment_label IS 'negative' OR IFNULL(r.rating <= 2, 0) OR IFNULL(r.nps <= 6, 0))
);

-- daily_stats without the language and segment detail: what an unfiltered (or touchpoint-only) summary reads.
CREATE TABLE daily_touchpoint_stats (
  shop_id TEXT NOT NULL, product_id TEXT NOT NULL, day TEXT NOT NULL, touchpoint TEXT NOT NULL,
  responses INTEGER NOT NULL, r1 INTEGER NOT NULL, r2 INTEGER NOT NULL, r3 INTEGER NOT NULL, r4 INTEGER NOT NULL, r5 INTEGER NOT NULL,
  promoters INTEGER NOT NULL, passives INTEGER NOT NULL, detractors INTEGER NOT NULL,
  positive INTEGER NOT NULL, neutral INTEGER NOT NULL, negative INTEGER NOT NULL, attention INTEGER NOT NULL,
  PRIMARY KEY (shop_id, product_id, day, touchpoint)
) WITHOUT ROWID;

INSERT INTO daily_touchpoint_stats
SELECT shop_id, product_id, day, touchpoint, SUM(responses), SUM(r1), SUM(r2), SUM(r3), SUM(r4), SUM(r5), SUM(promoters),
  SUM(passives), SUM(detractors), SUM(positive), SUM(neutral), SUM(negative), SUM(attention)
FROM daily_stats GROUP BY shop_id, product_id, day, touchpoint;

CREATE TRIGGER daily_stats_to_touchpoints_on_insert AFTER INSERT ON daily_stats BEGIN
  INSERT INTO daily_touchpoint_stats VALUES (NEW.shop_id, NEW.product_id, NEW.day, NEW.touchpoint, NEW.responses, NEW.r1, NEW.r2,
    NEW.r3, NEW.r4, NEW.r5, NEW.promoters, NEW.passives, NEW.detractors, NEW.positive, NEW.neutral, NEW.negative, NEW.attention)
  ON CONFLICT (shop_id, product_id, day, touchpoint) DO UPDATE SET
    responses = responses + excluded.responses, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3,
    r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, promoters = promoters + excluded.promoters, passives = passives + excluded.passives,
    detractors = detractors + excluded.detractors, positive = positive + excluded.positive, neutral = neutral + excluded.neutral,
    negative = negative + excluded.negative, attention = attention + excluded.attention;
END;

CREATE TRIGGER daily_stats_to_touchpoints_on_update AFTER UPDATE ON daily_stats BEGIN
  UPDATE daily_touchpoint_stats SET
    responses = responses + NEW.responses - OLD.responses, r1 = r1 + NEW.r1 - OLD.r1, r2 = r2 + NEW.r2 - OLD.r2,
    r3 = r3 + NEW.r3 - OLD.r3, r4 = r4 + NEW.r4 - OLD.r4, r5 = r5 + NEW.r5 - OLD.r5,
    promoters = promoters + NEW.promoters - OLD.promoters, passives = passives + NEW.passives - OLD.passives,
    detractors = detractors + NEW.detractors - OLD.detractors, positive = positive + NEW.positive - OLD.positive,
    neutral = neutral + NEW.neutral - OLD.neutral, negative = negative + NEW.negative - OLD.negative,
    attention = attention + NEW.attention - OLD.attention
  WHERE shop_id = NEW.shop_id AND product_id = NEW.product_id AND day = NEW.day AND touchpoint = NEW.touchpoint;
END;

-- Themes without touchpoint, language and segment detail.
CREATE TABLE daily_theme_totals (
  shop_id TEXT NOT NULL, product_id TEXT NOT NULL, day TEXT NOT NULL, theme TEXT NOT NULL,
  mentions INTEGER NOT NULL, positive INTEGER NOT NULL, neutral INTEGER NOT NULL, negative INTEGER NOT NULL,
  PRIMARY KEY (shop_id, product_id, day, theme)
) WITHOUT ROWID;

INSERT INTO daily_theme_totals
SELECT shop_id, product_id, day, theme, SUM(mentions), SUM(positive), SUM(neutral), SUM(negative)
FROM daily_theme_stats GROUP BY shop_id, product_id, day, theme;

CREATE TRIGGER daily_theme_stats_to_totals_on_insert AFTER INSERT ON daily_theme_stats BEGIN
  INSERT INTO daily_theme_totals VALUES (NEW.shop_id, NEW.product_id, NEW.day, NEW.theme, NEW.mentions, NEW.positive, NEW.neutral, NEW.negative)
  ON CONFLICT (shop_id, product_id, day, theme) DO UPDATE SET
    mentions = mentions + excluded.mentions, positive = positive + excluded.positive,
    neutral = neutral + excluded.neutral, negative = negative + excluded.negative;
END;

CREATE TRIGGER daily_theme_stats_to_totals_on_update AFTER UPDATE ON daily_theme_stats BEGIN
  UPDATE daily_theme_totals SET
    mentions = mentions + NEW.mentions - OLD.mentions, positive = positive + NEW.positive - OLD.positive,
    neutral = neutral + NEW.neutral - OLD.neutral, negative = negative + NEW.negative - OLD.negative
  WHERE shop_id = NEW.shop_id AND product_id = NEW.product_id AND day = NEW.day AND theme = NEW.theme;
END;

-- Open items per shop, exact.
CREATE TABLE attention_open (shop_id TEXT PRIMARY KEY, open INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO attention_open SELECT shop_id, COUNT(*) FROM attention_items WHERE status = 'open' GROUP BY shop_id;

CREATE TRIGGER attention_open_on_insert AFTER INSERT ON attention_items BEGIN
  INSERT INTO attention_open VALUES (NEW.shop_id, NEW.status = 'open')
  ON CONFLICT (shop_id) DO UPDATE SET open = open + excluded.open;
END;
CREATE TRIGGER attention_open_on_update AFTER UPDATE OF status ON attention_items BEGIN
  UPDATE attention_open SET open = open - (OLD.status = 'open') + (NEW.status = 'open') WHERE shop_id = NEW.shop_id;
END;
CREATE TRIGGER attention_open_on_delete AFTER DELETE ON attention_items BEGIN
  UPDATE attention_open SET open = open - (OLD.status = 'open') WHERE shop_id = OLD.shop_id;
END;

-- How long resolutions took, as a histogram per day of resolution: buckets start at these hours
-- 0 1 2 4 8 12 24 36 48 72 96 168 336 720; the median is interpolated inside its bucket.
CREATE TABLE daily_resolutions (
  shop_id TEXT NOT NULL, day TEXT NOT NULL, bucket INTEGER NOT NULL, resolved INTEGER NOT NULL,
  PRIMARY KEY (shop_id, day, bucket)
) WITHOUT ROWID;

CREATE VIEW resolution_buckets AS
SELECT id, shop_id, substr(resolved_at, 1, 10) AS day,
  CASE
    WHEN hours < 1 THEN 0 WHEN hours < 2 THEN 1 WHEN hours < 4 THEN 2 WHEN hours < 8 THEN 4 WHEN hours < 12 THEN 8
    WHEN hours < 24 THEN 12 WHEN hours < 36 THEN 24 WHEN hours < 48 THEN 36 WHEN hours < 72 THEN 48 WHEN hours < 96 THEN 72
    WHEN hours < 168 THEN 96 WHEN hours < 336 THEN 168 WHEN hours < 720 THEN 336 ELSE 720
  END AS bucket
FROM (SELECT id, shop_id, resolved_at, (julianday(resolved_at) - julianday(created_at)) * 24 AS hours
      FROM attention_items WHERE status = 'resolved' AND resolved_at IS NOT NULL);

INSERT INTO daily_resolutions SELECT shop_id, day, bucket, COUNT(*) FROM resolution_buckets GROUP BY shop_id, day, bucket;

CREATE TRIGGER daily_resolutions_on_insert AFTER INSERT ON attention_items WHEN NEW.status = 'resolved' BEGIN
  INSERT INTO daily_resolutions SELECT shop_id, day, bucket, 1 FROM resolution_buckets WHERE id = NEW.id
  ON CONFLICT (shop_id, day, bucket) DO UPDATE SET resolved = resolved + 1;
END;

CREATE TRIGGER daily_resolutions_on_resolve AFTER UPDATE OF status, resolved_at ON attention_items
WHEN OLD.status IS NOT 'resolved' AND NEW.status = 'resolved' BEGIN
  INSERT INTO daily_resolutions SELECT shop_id, day, bucket, 1 FROM resolution_buckets WHERE id = NEW.id
  ON CONFLICT (shop_id, day, bucket) DO UPDATE SET resolved = resolved + 1;
END;

-- Reopening or deleting a resolved item takes its resolution out again (computed from the OLD row).
CREATE TRIGGER daily_resolutions_on_reopen BEFORE UPDATE OF status ON attention_items
WHEN OLD.status = 'resolved' AND NEW.status IS NOT 'resolved' BEGIN
  UPDATE daily_resolutions SET resolved = resolved - 1
  WHERE (shop_id, day, bucket) = (SELECT shop_id, day, bucket FROM resolution_buckets WHERE id = OLD.id);
END;
CREATE TRIGGER daily_resolutions_on_delete BEFORE DELETE ON attention_items WHEN OLD.status = 'resolved' BEGIN
  UPDATE daily_resolutions SET resolved = resolved - 1
  WHERE (shop_id, day, bucket) = (SELECT shop_id, day, bucket FROM resolution_buckets WHERE id = OLD.id);
END;

-- No query reads answers by (shop, day) any more: every read is by created_at or from rollups.
DROP INDEX responses_by_shop_day;

-- Every filter combination of the summary within budget (issue 17), part 3: a product's experience answers in a
-- language or segment. daily_product_kinds (0023_summary_slices) has no language or segment, so such a combination
-- read the product's detail rows twice (daily_stats − daily_review_stats, four grouped reads and a subtraction: the
-- slowest combinations, 28–34 ms in process and 36–45 ms p50 over HTTP at 1M answers). daily_product_experience
-- holds a product's experience answers (every answer but the reviews) keyed like daily_stats, so they are one read.
-- Kept exact by triggers from daily_stats (+) and daily_review_stats (−) for the product rows (every write, erasure
-- and rebuild goes through those); counts only. A review leaves its row at zero (a zero row is no row).

CREATE TABLE daily_product_experience (
  shop_id TEXT NOT NULL, product_id TEXT NOT NULL, day TEXT NOT NULL, touchpoint TEXT NOT NULL, lang TEXT NOT NULL, segment TEXT NOT NULL,
  responses INTEGER NOT NULL, r1 INTEGER NOT NULL, r2 INTEGER NOT NULL, r3 INTEGER NOT NULL, r4 INTEGER NOT NULL, r5 INTEGER NOT NULL,
  promoters INTEGER NOT NULL, passives INTEGER NOT NULL, detractors INTEGER NOT NULL,
  positive INTEGER NOT NULL, neutral INTEGER NOT NULL, negative INTEGER NOT NULL, mixed INTEGER NOT NULL, attention INTEGER NOT NULL,
  PRIMARY KEY (shop_id, product_id, day, touchpoint, lang, segment)
) WITHOUT ROWID;

-- Backfill from the rollups already stored: every answer's product rows − the reviews' product rows.
INSERT INTO daily_product_experience
SELECT shop_id, product_id, day, touchpoint, lang, segment,
  SUM(responses), SUM(r1), SUM(r2), SUM(r3), SUM(r4), SUM(r5), SUM(promoters), SUM(passives), SUM(detractors),
  SUM(positive), SUM(neutral), SUM(negative), SUM(mixed), SUM(attention)
FROM (SELECT shop_id, product_id, day, touchpoint, lang, segment, responses, r1, r2, r3, r4, r5, promoters, passives, detractors, positive, neutral, negative, mixed, attention FROM daily_stats WHERE product_id <> '*'
      UNION ALL SELECT shop_id, product_id, day, touchpoint, lang, segment, -responses, -r1, -r2, -r3, -r4, -r5, -promoters, -passives, -detractors, -positive, -neutral, -negative, -mixed, -attention FROM daily_review_stats WHERE product_id <> '*')
GROUP BY shop_id, product_id, day, touchpoint, lang, segment;

CREATE TRIGGER daily_stats_to_product_experience_on_insert AFTER INSERT ON daily_stats WHEN NEW.product_id <> '*' BEGIN
  INSERT INTO daily_product_experience VALUES (NEW.shop_id, NEW.product_id, NEW.day, NEW.touchpoint, NEW.lang, NEW.segment,
    NEW.responses, NEW.r1, NEW.r2, NEW.r3, NEW.r4, NEW.r5, NEW.promoters, NEW.passives, NEW.detractors, NEW.positive,
    NEW.neutral, NEW.negative, NEW.mixed, NEW.attention)
  ON CONFLICT (shop_id, product_id, day, touchpoint, lang, segment) DO UPDATE SET
    responses = responses + excluded.responses, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3,
    r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, promoters = promoters + excluded.promoters,
    passives = passives + excluded.passives, detractors = detractors + excluded.detractors,
    positive = positive + excluded.positive, neutral = neutral + excluded.neutral,
    negative = negative + excluded.negative, mixed = mixed + excluded.mixed,
    attention = attention + excluded.attention;
END;

CREATE TRIGGER daily_stats_to_product_experience_on_update AFTER UPDATE ON daily_stats WHEN NEW.product_id <> '*' BEGIN
  INSERT INTO daily_product_experience VALUES (NEW.shop_id, NEW.product_id, NEW.day, NEW.touchpoint, NEW.lang, NEW.segment,
    (NEW.responses - OLD.responses), (NEW.r1 - OLD.r1), (NEW.r2 - OLD.r2), (NEW.r3 - OLD.r3), (NEW.r4 - OLD.r4),
    (NEW.r5 - OLD.r5), (NEW.promoters - OLD.promoters), (NEW.passives - OLD.passives),
    (NEW.detractors - OLD.detractors), (NEW.positive - OLD.positive), (NEW.neutral - OLD.neutral),
    (NEW.negative - OLD.negative), (NEW.mixed - OLD.mixed), (NEW.attention - OLD.attention))
  ON CONFLICT (shop_id, product_id, day, touchpoint, lang, segment) DO UPDATE SET
    responses = responses + excluded.responses, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3,
    r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, promoters = promoters + excluded.promoters,
    passives = passives + excluded.passives, detractors = detractors + excluded.detractors,
    positive = positive + excluded.positive, neutral = neutral + excluded.neutral,
    negative = negative + excluded.negative, mixed = mixed + excluded.mixed,
    attention = attention + excluded.attention;
END;

CREATE TRIGGER daily_review_stats_to_product_experience_on_insert AFTER INSERT ON daily_review_stats WHEN NEW.product_id <> '*' BEGIN
  INSERT INTO daily_product_experience VALUES (NEW.shop_id, NEW.product_id, NEW.day, NEW.touchpoint, NEW.lang, NEW.segment,
    -NEW.responses, -NEW.r1, -NEW.r2, -NEW.r3, -NEW.r4, -NEW.r5, -NEW.promoters, -NEW.passives, -NEW.detractors,
    -NEW.positive, -NEW.neutral, -NEW.negative, -NEW.mixed, -NEW.attention)
  ON CONFLICT (shop_id, product_id, day, touchpoint, lang, segment) DO UPDATE SET
    responses = responses + excluded.responses, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3,
    r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, promoters = promoters + excluded.promoters,
    passives = passives + excluded.passives, detractors = detractors + excluded.detractors,
    positive = positive + excluded.positive, neutral = neutral + excluded.neutral,
    negative = negative + excluded.negative, mixed = mixed + excluded.mixed,
    attention = attention + excluded.attention;
END;

CREATE TRIGGER daily_review_stats_to_product_experience_on_update AFTER UPDATE ON daily_review_stats WHEN NEW.product_id <> '*' BEGIN
  INSERT INTO daily_product_experience VALUES (NEW.shop_id, NEW.product_id, NEW.day, NEW.touchpoint, NEW.lang, NEW.segment,
    -(NEW.responses - OLD.responses), -(NEW.r1 - OLD.r1), -(NEW.r2 - OLD.r2), -(NEW.r3 - OLD.r3), -(NEW.r4 - OLD.r4),
    -(NEW.r5 - OLD.r5), -(NEW.promoters - OLD.promoters), -(NEW.passives - OLD.passives),
    -(NEW.detractors - OLD.detractors), -(NEW.positive - OLD.positive), -(NEW.neutral - OLD.neutral),
    -(NEW.negative - OLD.negative), -(NEW.mixed - OLD.mixed), -(NEW.attention - OLD.attention))
  ON CONFLICT (shop_id, product_id, day, touchpoint, lang, segment) DO UPDATE SET
    responses = responses + excluded.responses, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3,
    r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, promoters = promoters + excluded.promoters,
    passives = passives + excluded.passives, detractors = detractors + excluded.detractors,
    positive = positive + excluded.positive, neutral = neutral + excluded.neutral,
    negative = negative + excluded.negative, mixed = mixed + excluded.mixed,
    attention = attention + excluded.attention;
END;

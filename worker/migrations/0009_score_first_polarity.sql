-- Issue #13: the shopper's score comes first. An answer's polarity is its stars (else NPS); the comment decides only
-- when there is no score. A comment confidently against its score makes the answer *mixed* (worker/src/domain/mixed.ts,
-- CONFIDENT_COMMENT_SCORE = 0.5 when this ran). Stored answers are recomputed, then every rollup that depends on
-- polarity, so that rollups equal a recount. Attention items already opened stay as they are (the owner's workflow):
-- `responses.attention` records which answers opened one, and the `attention` counters recount exactly those.

ALTER TABLE responses ADD COLUMN mixed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE responses ADD COLUMN attention INTEGER NOT NULL DEFAULT 0;

UPDATE responses SET polarity = CASE
  WHEN rating IS NOT NULL THEN CASE WHEN rating >= 4 THEN 1 WHEN rating = 3 THEN 0 ELSE -1 END
  WHEN nps IS NOT NULL THEN CASE WHEN nps >= 9 THEN 1 WHEN nps >= 7 THEN 0 ELSE -1 END
  WHEN sentiment_label = 'positive' THEN 1
  WHEN sentiment_label = 'negative' THEN -1
  ELSE 0
END;

UPDATE responses SET
  mixed = (rating IS NOT NULL OR nps IS NOT NULL) AND (
    (polarity = 1 AND sentiment_label IS 'negative' AND sentiment_score <= -0.5)
    OR (polarity = -1 AND sentiment_label IS 'positive' AND sentiment_score >= 0.5)
  ),
  attention = EXISTS (SELECT 1 FROM attention_items a WHERE a.id = responses.id);

-- The narrow rollup gets the new counter; its triggers are recreated to carry it (they list columns by position).
ALTER TABLE daily_stats ADD COLUMN mixed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_touchpoint_stats ADD COLUMN mixed INTEGER NOT NULL DEFAULT 0;

DROP TRIGGER daily_stats_to_touchpoints_on_insert;
DROP TRIGGER daily_stats_to_touchpoints_on_update;

CREATE TRIGGER daily_stats_to_touchpoints_on_insert AFTER INSERT ON daily_stats BEGIN
  INSERT INTO daily_touchpoint_stats (shop_id, product_id, day, touchpoint, responses, r1, r2, r3, r4, r5, promoters, passives,
    detractors, positive, neutral, negative, attention, mixed)
  VALUES (NEW.shop_id, NEW.product_id, NEW.day, NEW.touchpoint, NEW.responses, NEW.r1, NEW.r2, NEW.r3, NEW.r4, NEW.r5,
    NEW.promoters, NEW.passives, NEW.detractors, NEW.positive, NEW.neutral, NEW.negative, NEW.attention, NEW.mixed)
  ON CONFLICT (shop_id, product_id, day, touchpoint) DO UPDATE SET
    responses = responses + excluded.responses, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3,
    r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, promoters = promoters + excluded.promoters, passives = passives + excluded.passives,
    detractors = detractors + excluded.detractors, positive = positive + excluded.positive, neutral = neutral + excluded.neutral,
    negative = negative + excluded.negative, attention = attention + excluded.attention, mixed = mixed + excluded.mixed;
END;

CREATE TRIGGER daily_stats_to_touchpoints_on_update AFTER UPDATE ON daily_stats BEGIN
  UPDATE daily_touchpoint_stats SET
    responses = responses + NEW.responses - OLD.responses, r1 = r1 + NEW.r1 - OLD.r1, r2 = r2 + NEW.r2 - OLD.r2,
    r3 = r3 + NEW.r3 - OLD.r3, r4 = r4 + NEW.r4 - OLD.r4, r5 = r5 + NEW.r5 - OLD.r5,
    promoters = promoters + NEW.promoters - OLD.promoters, passives = passives + NEW.passives - OLD.passives,
    detractors = detractors + NEW.detractors - OLD.detractors, positive = positive + NEW.positive - OLD.positive,
    neutral = neutral + NEW.neutral - OLD.neutral, negative = negative + NEW.negative - OLD.negative,
    attention = attention + NEW.attention - OLD.attention, mixed = mixed + NEW.mixed - OLD.mixed
  WHERE shop_id = NEW.shop_id AND product_id = NEW.product_id AND day = NEW.day AND touchpoint = NEW.touchpoint;
END;

-- Recount the polarity, mixed and attention counters of every rollup row; the update trigger carries the differences
-- into daily_touchpoint_stats.
UPDATE daily_stats SET (positive, neutral, negative, mixed, attention) = (
  SELECT IFNULL(SUM(r.polarity = 1), 0), IFNULL(SUM(r.polarity = 0), 0), IFNULL(SUM(r.polarity = -1), 0),
    IFNULL(SUM(r.mixed), 0), IFNULL(SUM(r.attention), 0)
  FROM responses r
  WHERE r.shop_id = daily_stats.shop_id AND r.day = daily_stats.day AND r.touchpoint = daily_stats.touchpoint
    AND r.lang = daily_stats.lang AND IFNULL(r.segment, '') = daily_stats.segment
    AND (daily_stats.product_id = '*' OR r.product_id = daily_stats.product_id)
);

-- Customers' balances are sums of polarity (the customers_counted_on_update trigger keeps customer_balances exact).
UPDATE customers SET balance = (
  SELECT IFNULL(SUM(r.polarity), 0) FROM responses r WHERE r.shop_id = customers.shop_id AND r.customer_ref = customers.customer_ref
);

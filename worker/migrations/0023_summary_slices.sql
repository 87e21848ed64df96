-- Every filter combination of the summary within budget (issue 17), part 2: experience answers and a product's answers
-- read as one range of filter slices, like every other combination (migrations/0021).
--   * daily_slice_stats gets the kind 'experience' (every answer − the reviews): `kind=experience` was two range reads
--     of a year (every answer, then the reviews) subtracted row by row; now it is one. Counters only: the theme slices
--     keep '*' and 'review' (a theme read is one summed row per theme, the subtraction costs nothing there).
--   * daily_product_kinds: a product's counters per kind ('*', 'review', 'experience'), day and touchpoint, so a product
--     filter with or without kind and touchpoint reads ≤ days × touchpoints rows. Before, its reviews were read from
--     the detail rows of daily_review_stats (≈ 8,200 a year for the bench's most answered product) and its experience
--     answers as every answer − the reviews. With a language or segment too, the product's detail rows are still read
--     (a product's slices keyed by language and segment as well were measured: 1.8 million rows, 173 MB at 1M answers,
--     8 writes per answer with a product; these are ≈ 3 rows a day per touchpoint a product is answered at).
-- Kept exact by triggers from daily_stats and daily_review_stats (every write, erasure and rebuild goes through them),
-- like 0021's slices; counts only, no answer, customer or text.

-- Which kinds a counter row adds to, with which sign: a review counts for '*' and 'review', and is taken back out of
-- the 'experience' it was added to as an answer.
CREATE TABLE counter_slice_kinds (source TEXT NOT NULL, kind TEXT NOT NULL, sign INTEGER NOT NULL, PRIMARY KEY (source, kind)) WITHOUT ROWID;
INSERT INTO counter_slice_kinds VALUES ('all', '*', 1), ('all', 'experience', 1), ('review', 'review', 1), ('review', 'experience', -1);

CREATE TABLE daily_product_kinds (
  shop_id TEXT NOT NULL, product_id TEXT NOT NULL, kind TEXT NOT NULL, day TEXT NOT NULL, touchpoint TEXT NOT NULL,
  responses INTEGER NOT NULL, r1 INTEGER NOT NULL, r2 INTEGER NOT NULL, r3 INTEGER NOT NULL, r4 INTEGER NOT NULL, r5 INTEGER NOT NULL,
  promoters INTEGER NOT NULL, passives INTEGER NOT NULL, detractors INTEGER NOT NULL,
  positive INTEGER NOT NULL, neutral INTEGER NOT NULL, negative INTEGER NOT NULL, mixed INTEGER NOT NULL, attention INTEGER NOT NULL,
  PRIMARY KEY (shop_id, product_id, kind, day, touchpoint)
) WITHOUT ROWID;

-- Backfill from the rollups already stored: the experience slices, then the products' kinds.
INSERT INTO daily_slice_stats
SELECT d.shop_id, k.kind, CASE WHEN l.own THEN d.lang ELSE '*' END, CASE WHEN s.own THEN d.segment ELSE '*' END, d.day, d.touchpoint,
  SUM(k.sign * d.responses), SUM(k.sign * d.r1), SUM(k.sign * d.r2), SUM(k.sign * d.r3), SUM(k.sign * d.r4), SUM(k.sign * d.r5),
  SUM(k.sign * d.promoters), SUM(k.sign * d.passives), SUM(k.sign * d.detractors), SUM(k.sign * d.positive),
  SUM(k.sign * d.neutral), SUM(k.sign * d.negative), SUM(k.sign * d.mixed), SUM(k.sign * d.attention)
FROM (SELECT 'all' AS source, shop_id, product_id, day, touchpoint, lang, segment, responses, r1, r2, r3, r4, r5, promoters, passives, detractors, positive, neutral, negative, mixed, attention FROM daily_stats
      UNION ALL SELECT 'review', shop_id, product_id, day, touchpoint, lang, segment, responses, r1, r2, r3, r4, r5, promoters, passives, detractors, positive, neutral, negative, mixed, attention FROM daily_review_stats) d
  JOIN counter_slice_kinds k ON k.source = d.source, slice_any l, slice_any s
WHERE d.product_id = '*' AND k.kind = 'experience'
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO daily_product_kinds
SELECT d.shop_id, d.product_id, k.kind, d.day, d.touchpoint,
  SUM(k.sign * d.responses), SUM(k.sign * d.r1), SUM(k.sign * d.r2), SUM(k.sign * d.r3), SUM(k.sign * d.r4), SUM(k.sign * d.r5),
  SUM(k.sign * d.promoters), SUM(k.sign * d.passives), SUM(k.sign * d.detractors), SUM(k.sign * d.positive),
  SUM(k.sign * d.neutral), SUM(k.sign * d.negative), SUM(k.sign * d.mixed), SUM(k.sign * d.attention)
FROM (SELECT 'all' AS source, shop_id, product_id, day, touchpoint, lang, segment, responses, r1, r2, r3, r4, r5, promoters, passives, detractors, positive, neutral, negative, mixed, attention FROM daily_stats
      UNION ALL SELECT 'review', shop_id, product_id, day, touchpoint, lang, segment, responses, r1, r2, r3, r4, r5, promoters, passives, detractors, positive, neutral, negative, mixed, attention FROM daily_review_stats) d
  JOIN counter_slice_kinds k ON k.source = d.source
WHERE d.product_id <> '*'
GROUP BY 1, 2, 3, 4, 5;

-- 0021's counter triggers again, with the kinds above (an inserted detail row adds its counters, an updated one the
-- difference NEW − OLD, to each of its slices).
DROP TRIGGER daily_stats_to_slices_on_insert;
DROP TRIGGER daily_stats_to_slices_on_update;
DROP TRIGGER daily_review_stats_to_slices_on_insert;
DROP TRIGGER daily_review_stats_to_slices_on_update;

CREATE TRIGGER daily_stats_to_slices_on_insert AFTER INSERT ON daily_stats WHEN NEW.product_id = '*' BEGIN
  INSERT INTO daily_slice_stats
  SELECT NEW.shop_id, k.kind, CASE WHEN l.own THEN NEW.lang ELSE '*' END, CASE WHEN s.own THEN NEW.segment ELSE '*' END, NEW.day, NEW.touchpoint,
    k.sign * NEW.responses, k.sign * NEW.r1, k.sign * NEW.r2, k.sign * NEW.r3, k.sign * NEW.r4, k.sign * NEW.r5,
    k.sign * NEW.promoters, k.sign * NEW.passives, k.sign * NEW.detractors, k.sign * NEW.positive, k.sign * NEW.neutral,
    k.sign * NEW.negative, k.sign * NEW.mixed, k.sign * NEW.attention
  FROM counter_slice_kinds k, slice_any l, slice_any s WHERE k.source = 'all'
  ON CONFLICT (shop_id, kind, lang, segment, day, touchpoint) DO UPDATE SET
    responses = responses + excluded.responses, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3,
    r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, promoters = promoters + excluded.promoters,
    passives = passives + excluded.passives, detractors = detractors + excluded.detractors,
    positive = positive + excluded.positive, neutral = neutral + excluded.neutral, negative = negative + excluded.negative,
    mixed = mixed + excluded.mixed, attention = attention + excluded.attention;
END;

CREATE TRIGGER daily_stats_to_slices_on_update AFTER UPDATE ON daily_stats WHEN NEW.product_id = '*' BEGIN
  INSERT INTO daily_slice_stats
  SELECT NEW.shop_id, k.kind, CASE WHEN l.own THEN NEW.lang ELSE '*' END, CASE WHEN s.own THEN NEW.segment ELSE '*' END, NEW.day, NEW.touchpoint,
    k.sign * (NEW.responses - OLD.responses), k.sign * (NEW.r1 - OLD.r1), k.sign * (NEW.r2 - OLD.r2), k.sign * (NEW.r3 - OLD.r3),
    k.sign * (NEW.r4 - OLD.r4), k.sign * (NEW.r5 - OLD.r5), k.sign * (NEW.promoters - OLD.promoters),
    k.sign * (NEW.passives - OLD.passives), k.sign * (NEW.detractors - OLD.detractors), k.sign * (NEW.positive - OLD.positive),
    k.sign * (NEW.neutral - OLD.neutral), k.sign * (NEW.negative - OLD.negative), k.sign * (NEW.mixed - OLD.mixed),
    k.sign * (NEW.attention - OLD.attention)
  FROM counter_slice_kinds k, slice_any l, slice_any s WHERE k.source = 'all'
  ON CONFLICT (shop_id, kind, lang, segment, day, touchpoint) DO UPDATE SET
    responses = responses + excluded.responses, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3,
    r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, promoters = promoters + excluded.promoters,
    passives = passives + excluded.passives, detractors = detractors + excluded.detractors,
    positive = positive + excluded.positive, neutral = neutral + excluded.neutral, negative = negative + excluded.negative,
    mixed = mixed + excluded.mixed, attention = attention + excluded.attention;
END;

CREATE TRIGGER daily_review_stats_to_slices_on_insert AFTER INSERT ON daily_review_stats WHEN NEW.product_id = '*' BEGIN
  INSERT INTO daily_slice_stats
  SELECT NEW.shop_id, k.kind, CASE WHEN l.own THEN NEW.lang ELSE '*' END, CASE WHEN s.own THEN NEW.segment ELSE '*' END, NEW.day, NEW.touchpoint,
    k.sign * NEW.responses, k.sign * NEW.r1, k.sign * NEW.r2, k.sign * NEW.r3, k.sign * NEW.r4, k.sign * NEW.r5,
    k.sign * NEW.promoters, k.sign * NEW.passives, k.sign * NEW.detractors, k.sign * NEW.positive, k.sign * NEW.neutral,
    k.sign * NEW.negative, k.sign * NEW.mixed, k.sign * NEW.attention
  FROM counter_slice_kinds k, slice_any l, slice_any s WHERE k.source = 'review'
  ON CONFLICT (shop_id, kind, lang, segment, day, touchpoint) DO UPDATE SET
    responses = responses + excluded.responses, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3,
    r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, promoters = promoters + excluded.promoters,
    passives = passives + excluded.passives, detractors = detractors + excluded.detractors,
    positive = positive + excluded.positive, neutral = neutral + excluded.neutral, negative = negative + excluded.negative,
    mixed = mixed + excluded.mixed, attention = attention + excluded.attention;
END;

CREATE TRIGGER daily_review_stats_to_slices_on_update AFTER UPDATE ON daily_review_stats WHEN NEW.product_id = '*' BEGIN
  INSERT INTO daily_slice_stats
  SELECT NEW.shop_id, k.kind, CASE WHEN l.own THEN NEW.lang ELSE '*' END, CASE WHEN s.own THEN NEW.segment ELSE '*' END, NEW.day, NEW.touchpoint,
    k.sign * (NEW.responses - OLD.responses), k.sign * (NEW.r1 - OLD.r1), k.sign * (NEW.r2 - OLD.r2), k.sign * (NEW.r3 - OLD.r3),
    k.sign * (NEW.r4 - OLD.r4), k.sign * (NEW.r5 - OLD.r5), k.sign * (NEW.promoters - OLD.promoters),
    k.sign * (NEW.passives - OLD.passives), k.sign * (NEW.detractors - OLD.detractors), k.sign * (NEW.positive - OLD.positive),
    k.sign * (NEW.neutral - OLD.neutral), k.sign * (NEW.negative - OLD.negative), k.sign * (NEW.mixed - OLD.mixed),
    k.sign * (NEW.attention - OLD.attention)
  FROM counter_slice_kinds k, slice_any l, slice_any s WHERE k.source = 'review'
  ON CONFLICT (shop_id, kind, lang, segment, day, touchpoint) DO UPDATE SET
    responses = responses + excluded.responses, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3,
    r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, promoters = promoters + excluded.promoters,
    passives = passives + excluded.passives, detractors = detractors + excluded.detractors,
    positive = positive + excluded.positive, neutral = neutral + excluded.neutral, negative = negative + excluded.negative,
    mixed = mixed + excluded.mixed, attention = attention + excluded.attention;
END;

-- A product's own detail rows to its kinds.
CREATE TRIGGER daily_stats_to_product_kinds_on_insert AFTER INSERT ON daily_stats WHEN NEW.product_id <> '*' BEGIN
  INSERT INTO daily_product_kinds
  SELECT NEW.shop_id, NEW.product_id, k.kind, NEW.day, NEW.touchpoint,
    k.sign * NEW.responses, k.sign * NEW.r1, k.sign * NEW.r2, k.sign * NEW.r3, k.sign * NEW.r4, k.sign * NEW.r5,
    k.sign * NEW.promoters, k.sign * NEW.passives, k.sign * NEW.detractors, k.sign * NEW.positive, k.sign * NEW.neutral,
    k.sign * NEW.negative, k.sign * NEW.mixed, k.sign * NEW.attention
  FROM counter_slice_kinds k WHERE k.source = 'all'
  ON CONFLICT (shop_id, product_id, kind, day, touchpoint) DO UPDATE SET
    responses = responses + excluded.responses, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3,
    r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, promoters = promoters + excluded.promoters,
    passives = passives + excluded.passives, detractors = detractors + excluded.detractors,
    positive = positive + excluded.positive, neutral = neutral + excluded.neutral, negative = negative + excluded.negative,
    mixed = mixed + excluded.mixed, attention = attention + excluded.attention;
END;

CREATE TRIGGER daily_stats_to_product_kinds_on_update AFTER UPDATE ON daily_stats WHEN NEW.product_id <> '*' BEGIN
  INSERT INTO daily_product_kinds
  SELECT NEW.shop_id, NEW.product_id, k.kind, NEW.day, NEW.touchpoint,
    k.sign * (NEW.responses - OLD.responses), k.sign * (NEW.r1 - OLD.r1), k.sign * (NEW.r2 - OLD.r2), k.sign * (NEW.r3 - OLD.r3),
    k.sign * (NEW.r4 - OLD.r4), k.sign * (NEW.r5 - OLD.r5), k.sign * (NEW.promoters - OLD.promoters),
    k.sign * (NEW.passives - OLD.passives), k.sign * (NEW.detractors - OLD.detractors), k.sign * (NEW.positive - OLD.positive),
    k.sign * (NEW.neutral - OLD.neutral), k.sign * (NEW.negative - OLD.negative), k.sign * (NEW.mixed - OLD.mixed),
    k.sign * (NEW.attention - OLD.attention)
  FROM counter_slice_kinds k WHERE k.source = 'all'
  ON CONFLICT (shop_id, product_id, kind, day, touchpoint) DO UPDATE SET
    responses = responses + excluded.responses, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3,
    r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, promoters = promoters + excluded.promoters,
    passives = passives + excluded.passives, detractors = detractors + excluded.detractors,
    positive = positive + excluded.positive, neutral = neutral + excluded.neutral, negative = negative + excluded.negative,
    mixed = mixed + excluded.mixed, attention = attention + excluded.attention;
END;

CREATE TRIGGER daily_review_stats_to_product_kinds_on_insert AFTER INSERT ON daily_review_stats WHEN NEW.product_id <> '*' BEGIN
  INSERT INTO daily_product_kinds
  SELECT NEW.shop_id, NEW.product_id, k.kind, NEW.day, NEW.touchpoint,
    k.sign * NEW.responses, k.sign * NEW.r1, k.sign * NEW.r2, k.sign * NEW.r3, k.sign * NEW.r4, k.sign * NEW.r5,
    k.sign * NEW.promoters, k.sign * NEW.passives, k.sign * NEW.detractors, k.sign * NEW.positive, k.sign * NEW.neutral,
    k.sign * NEW.negative, k.sign * NEW.mixed, k.sign * NEW.attention
  FROM counter_slice_kinds k WHERE k.source = 'review'
  ON CONFLICT (shop_id, product_id, kind, day, touchpoint) DO UPDATE SET
    responses = responses + excluded.responses, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3,
    r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, promoters = promoters + excluded.promoters,
    passives = passives + excluded.passives, detractors = detractors + excluded.detractors,
    positive = positive + excluded.positive, neutral = neutral + excluded.neutral, negative = negative + excluded.negative,
    mixed = mixed + excluded.mixed, attention = attention + excluded.attention;
END;

CREATE TRIGGER daily_review_stats_to_product_kinds_on_update AFTER UPDATE ON daily_review_stats WHEN NEW.product_id <> '*' BEGIN
  INSERT INTO daily_product_kinds
  SELECT NEW.shop_id, NEW.product_id, k.kind, NEW.day, NEW.touchpoint,
    k.sign * (NEW.responses - OLD.responses), k.sign * (NEW.r1 - OLD.r1), k.sign * (NEW.r2 - OLD.r2), k.sign * (NEW.r3 - OLD.r3),
    k.sign * (NEW.r4 - OLD.r4), k.sign * (NEW.r5 - OLD.r5), k.sign * (NEW.promoters - OLD.promoters),
    k.sign * (NEW.passives - OLD.passives), k.sign * (NEW.detractors - OLD.detractors), k.sign * (NEW.positive - OLD.positive),
    k.sign * (NEW.neutral - OLD.neutral), k.sign * (NEW.negative - OLD.negative), k.sign * (NEW.mixed - OLD.mixed),
    k.sign * (NEW.attention - OLD.attention)
  FROM counter_slice_kinds k WHERE k.source = 'review'
  ON CONFLICT (shop_id, product_id, kind, day, touchpoint) DO UPDATE SET
    responses = responses + excluded.responses, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3,
    r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, promoters = promoters + excluded.promoters,
    passives = passives + excluded.passives, detractors = detractors + excluded.detractors,
    positive = positive + excluded.positive, neutral = neutral + excluded.neutral, negative = negative + excluded.negative,
    mixed = mixed + excluded.mixed, attention = attention + excluded.attention;
END;

-- Every filter the dashboard offers as ONE direct range read (issue 17): the all-products ('*') rows of the daily
-- rollups, summed again per filter slice and keyed by the filters first, so a filtered read touches at most
-- days × touchpoints rows (counters) or days × themes rows (themes), however many answers and detail rows there are.
--   kind        '*' every answer, 'review' the product reviews (experience answers: '*' − 'review', two range reads,
--               so that an answer costs fewer writes)
--   touchpoint  (themes only) the touchpoint, or '*' for any
--   lang        the answer's language, or '*' for any
--   segment     the segment ('' = none), or '*' for any (a segment never holds '*': shared/schemas.ts SegmentSchema)
-- A product filter reads the product's own rows of the detailed rollups instead: they are few (a product's answers).
-- Kept exact by triggers from daily_stats, daily_review_stats, daily_theme_stats and daily_review_theme_stats (every
-- write, erasure and rebuild goes through those), like daily_touchpoint_stats (migrations/0006). Counts only: no
-- answer, customer or text is stored here, so an erasure corrects them through the rollups it already corrects.

CREATE TABLE daily_slice_stats (
  shop_id TEXT NOT NULL, kind TEXT NOT NULL, lang TEXT NOT NULL, segment TEXT NOT NULL, day TEXT NOT NULL, touchpoint TEXT NOT NULL,
  responses INTEGER NOT NULL, r1 INTEGER NOT NULL, r2 INTEGER NOT NULL, r3 INTEGER NOT NULL, r4 INTEGER NOT NULL, r5 INTEGER NOT NULL,
  promoters INTEGER NOT NULL, passives INTEGER NOT NULL, detractors INTEGER NOT NULL,
  positive INTEGER NOT NULL, neutral INTEGER NOT NULL, negative INTEGER NOT NULL, mixed INTEGER NOT NULL, attention INTEGER NOT NULL,
  PRIMARY KEY (shop_id, kind, lang, segment, day, touchpoint)
) WITHOUT ROWID;

CREATE TABLE daily_theme_slices (
  shop_id TEXT NOT NULL, kind TEXT NOT NULL, touchpoint TEXT NOT NULL, lang TEXT NOT NULL, segment TEXT NOT NULL, day TEXT NOT NULL,
  theme TEXT NOT NULL, mentions INTEGER NOT NULL, positive INTEGER NOT NULL, neutral INTEGER NOT NULL, negative INTEGER NOT NULL,
  PRIMARY KEY (shop_id, kind, touchpoint, lang, segment, day, theme)
) WITHOUT ROWID;

-- The slices one detail row counts in: its own value or '*' for each filter column.
CREATE TABLE slice_any (own INTEGER NOT NULL PRIMARY KEY);
INSERT INTO slice_any VALUES (1), (0);

-- Which kinds a row of each rollup adds to, with which sign.
CREATE TABLE slice_kinds (source TEXT NOT NULL, kind TEXT NOT NULL, sign INTEGER NOT NULL, PRIMARY KEY (source, kind)) WITHOUT ROWID;
INSERT INTO slice_kinds VALUES ('all', '*', 1), ('review', 'review', 1);

-- Backfill from the rollups already stored.
INSERT INTO daily_slice_stats
SELECT d.shop_id, k.kind, CASE WHEN l.own THEN d.lang ELSE '*' END, CASE WHEN s.own THEN d.segment ELSE '*' END, d.day, d.touchpoint,
  SUM(k.sign * d.responses), SUM(k.sign * d.r1), SUM(k.sign * d.r2), SUM(k.sign * d.r3), SUM(k.sign * d.r4), SUM(k.sign * d.r5),
  SUM(k.sign * d.promoters), SUM(k.sign * d.passives), SUM(k.sign * d.detractors), SUM(k.sign * d.positive), SUM(k.sign * d.neutral),
  SUM(k.sign * d.negative), SUM(k.sign * d.mixed), SUM(k.sign * d.attention)
FROM (SELECT 'all' AS source, shop_id, day, touchpoint, lang, segment, responses, r1, r2, r3, r4, r5, promoters, passives, detractors, positive, neutral, negative, mixed, attention FROM daily_stats WHERE product_id = '*'
      UNION ALL SELECT 'review', shop_id, day, touchpoint, lang, segment, responses, r1, r2, r3, r4, r5, promoters, passives, detractors, positive, neutral, negative, mixed, attention FROM daily_review_stats WHERE product_id = '*') d
  JOIN slice_kinds k ON k.source = d.source, slice_any l, slice_any s
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO daily_theme_slices
SELECT d.shop_id, k.kind, CASE WHEN t.own THEN d.touchpoint ELSE '*' END, CASE WHEN l.own THEN d.lang ELSE '*' END,
  CASE WHEN s.own THEN d.segment ELSE '*' END, d.day, d.theme,
  SUM(k.sign * d.mentions), SUM(k.sign * d.positive), SUM(k.sign * d.neutral), SUM(k.sign * d.negative)
FROM (SELECT 'all' AS source, shop_id, day, touchpoint, lang, segment, theme, mentions, positive, neutral, negative FROM daily_theme_stats WHERE product_id = '*'
      UNION ALL SELECT 'review', shop_id, day, touchpoint, lang, segment, theme, mentions, positive, neutral, negative FROM daily_review_theme_stats WHERE product_id = '*') d
  JOIN slice_kinds k ON k.source = d.source, slice_any t, slice_any l, slice_any s
GROUP BY 1, 2, 3, 4, 5, 6, 7;

-- Triggers: an inserted detail row adds its counters, an updated one the difference (NEW − OLD), to each of its slices.
CREATE TRIGGER daily_stats_to_slices_on_insert AFTER INSERT ON daily_stats WHEN NEW.product_id = '*' BEGIN
  INSERT INTO daily_slice_stats
  SELECT NEW.shop_id, k.kind, CASE WHEN l.own THEN NEW.lang ELSE '*' END, CASE WHEN s.own THEN NEW.segment ELSE '*' END, NEW.day, NEW.touchpoint,
    k.sign * NEW.responses, k.sign * NEW.r1, k.sign * NEW.r2, k.sign * NEW.r3, k.sign * NEW.r4, k.sign * NEW.r5,
    k.sign * NEW.promoters, k.sign * NEW.passives, k.sign * NEW.detractors, k.sign * NEW.positive, k.sign * NEW.neutral,
    k.sign * NEW.negative, k.sign * NEW.mixed, k.sign * NEW.attention
  FROM slice_kinds k, slice_any l, slice_any s WHERE k.source = 'all'
  ON CONFLICT (shop_id, kind, lang, segment, day, touchpoint) DO UPDATE SET
    responses = responses + excluded.responses, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3,
    r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, promoters = promoters + excluded.promoters, passives = passives + excluded.passives,
    detractors = detractors + excluded.detractors, positive = positive + excluded.positive, neutral = neutral + excluded.neutral,
    negative = negative + excluded.negative, mixed = mixed + excluded.mixed, attention = attention + excluded.attention;
END;

CREATE TRIGGER daily_stats_to_slices_on_update AFTER UPDATE ON daily_stats WHEN NEW.product_id = '*' BEGIN
  INSERT INTO daily_slice_stats
  SELECT NEW.shop_id, k.kind, CASE WHEN l.own THEN NEW.lang ELSE '*' END, CASE WHEN s.own THEN NEW.segment ELSE '*' END, NEW.day, NEW.touchpoint,
    k.sign * (NEW.responses - OLD.responses), k.sign * (NEW.r1 - OLD.r1), k.sign * (NEW.r2 - OLD.r2), k.sign * (NEW.r3 - OLD.r3),
    k.sign * (NEW.r4 - OLD.r4), k.sign * (NEW.r5 - OLD.r5), k.sign * (NEW.promoters - OLD.promoters),
    k.sign * (NEW.passives - OLD.passives), k.sign * (NEW.detractors - OLD.detractors), k.sign * (NEW.positive - OLD.positive),
    k.sign * (NEW.neutral - OLD.neutral), k.sign * (NEW.negative - OLD.negative), k.sign * (NEW.mixed - OLD.mixed),
    k.sign * (NEW.attention - OLD.attention)
  FROM slice_kinds k, slice_any l, slice_any s WHERE k.source = 'all'
  ON CONFLICT (shop_id, kind, lang, segment, day, touchpoint) DO UPDATE SET
    responses = responses + excluded.responses, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3,
    r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, promoters = promoters + excluded.promoters, passives = passives + excluded.passives,
    detractors = detractors + excluded.detractors, positive = positive + excluded.positive, neutral = neutral + excluded.neutral,
    negative = negative + excluded.negative, mixed = mixed + excluded.mixed, attention = attention + excluded.attention;
END;

CREATE TRIGGER daily_review_stats_to_slices_on_insert AFTER INSERT ON daily_review_stats WHEN NEW.product_id = '*' BEGIN
  INSERT INTO daily_slice_stats
  SELECT NEW.shop_id, k.kind, CASE WHEN l.own THEN NEW.lang ELSE '*' END, CASE WHEN s.own THEN NEW.segment ELSE '*' END, NEW.day, NEW.touchpoint,
    k.sign * NEW.responses, k.sign * NEW.r1, k.sign * NEW.r2, k.sign * NEW.r3, k.sign * NEW.r4, k.sign * NEW.r5,
    k.sign * NEW.promoters, k.sign * NEW.passives, k.sign * NEW.detractors, k.sign * NEW.positive, k.sign * NEW.neutral,
    k.sign * NEW.negative, k.sign * NEW.mixed, k.sign * NEW.attention
  FROM slice_kinds k, slice_any l, slice_any s WHERE k.source = 'review'
  ON CONFLICT (shop_id, kind, lang, segment, day, touchpoint) DO UPDATE SET
    responses = responses + excluded.responses, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3,
    r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, promoters = promoters + excluded.promoters, passives = passives + excluded.passives,
    detractors = detractors + excluded.detractors, positive = positive + excluded.positive, neutral = neutral + excluded.neutral,
    negative = negative + excluded.negative, mixed = mixed + excluded.mixed, attention = attention + excluded.attention;
END;

CREATE TRIGGER daily_review_stats_to_slices_on_update AFTER UPDATE ON daily_review_stats WHEN NEW.product_id = '*' BEGIN
  INSERT INTO daily_slice_stats
  SELECT NEW.shop_id, k.kind, CASE WHEN l.own THEN NEW.lang ELSE '*' END, CASE WHEN s.own THEN NEW.segment ELSE '*' END, NEW.day, NEW.touchpoint,
    k.sign * (NEW.responses - OLD.responses), k.sign * (NEW.r1 - OLD.r1), k.sign * (NEW.r2 - OLD.r2), k.sign * (NEW.r3 - OLD.r3),
    k.sign * (NEW.r4 - OLD.r4), k.sign * (NEW.r5 - OLD.r5), k.sign * (NEW.promoters - OLD.promoters),
    k.sign * (NEW.passives - OLD.passives), k.sign * (NEW.detractors - OLD.detractors), k.sign * (NEW.positive - OLD.positive),
    k.sign * (NEW.neutral - OLD.neutral), k.sign * (NEW.negative - OLD.negative), k.sign * (NEW.mixed - OLD.mixed),
    k.sign * (NEW.attention - OLD.attention)
  FROM slice_kinds k, slice_any l, slice_any s WHERE k.source = 'review'
  ON CONFLICT (shop_id, kind, lang, segment, day, touchpoint) DO UPDATE SET
    responses = responses + excluded.responses, r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3,
    r4 = r4 + excluded.r4, r5 = r5 + excluded.r5, promoters = promoters + excluded.promoters, passives = passives + excluded.passives,
    detractors = detractors + excluded.detractors, positive = positive + excluded.positive, neutral = neutral + excluded.neutral,
    negative = negative + excluded.negative, mixed = mixed + excluded.mixed, attention = attention + excluded.attention;
END;

CREATE TRIGGER daily_theme_stats_to_slices_on_insert AFTER INSERT ON daily_theme_stats WHEN NEW.product_id = '*' BEGIN
  INSERT INTO daily_theme_slices
  SELECT NEW.shop_id, k.kind, CASE WHEN t.own THEN NEW.touchpoint ELSE '*' END, CASE WHEN l.own THEN NEW.lang ELSE '*' END,
    CASE WHEN s.own THEN NEW.segment ELSE '*' END, NEW.day, NEW.theme,
    k.sign * NEW.mentions, k.sign * NEW.positive, k.sign * NEW.neutral, k.sign * NEW.negative
  FROM slice_kinds k, slice_any t, slice_any l, slice_any s WHERE k.source = 'all'
  ON CONFLICT (shop_id, kind, touchpoint, lang, segment, day, theme) DO UPDATE SET
    mentions = mentions + excluded.mentions, positive = positive + excluded.positive,
    neutral = neutral + excluded.neutral, negative = negative + excluded.negative;
END;

CREATE TRIGGER daily_theme_stats_to_slices_on_update AFTER UPDATE ON daily_theme_stats WHEN NEW.product_id = '*' BEGIN
  INSERT INTO daily_theme_slices
  SELECT NEW.shop_id, k.kind, CASE WHEN t.own THEN NEW.touchpoint ELSE '*' END, CASE WHEN l.own THEN NEW.lang ELSE '*' END,
    CASE WHEN s.own THEN NEW.segment ELSE '*' END, NEW.day, NEW.theme,
    k.sign * (NEW.mentions - OLD.mentions), k.sign * (NEW.positive - OLD.positive),
    k.sign * (NEW.neutral - OLD.neutral), k.sign * (NEW.negative - OLD.negative)
  FROM slice_kinds k, slice_any t, slice_any l, slice_any s WHERE k.source = 'all'
  ON CONFLICT (shop_id, kind, touchpoint, lang, segment, day, theme) DO UPDATE SET
    mentions = mentions + excluded.mentions, positive = positive + excluded.positive,
    neutral = neutral + excluded.neutral, negative = negative + excluded.negative;
END;

CREATE TRIGGER daily_review_theme_stats_to_slices_on_insert AFTER INSERT ON daily_review_theme_stats WHEN NEW.product_id = '*' BEGIN
  INSERT INTO daily_theme_slices
  SELECT NEW.shop_id, k.kind, CASE WHEN t.own THEN NEW.touchpoint ELSE '*' END, CASE WHEN l.own THEN NEW.lang ELSE '*' END,
    CASE WHEN s.own THEN NEW.segment ELSE '*' END, NEW.day, NEW.theme,
    k.sign * NEW.mentions, k.sign * NEW.positive, k.sign * NEW.neutral, k.sign * NEW.negative
  FROM slice_kinds k, slice_any t, slice_any l, slice_any s WHERE k.source = 'review'
  ON CONFLICT (shop_id, kind, touchpoint, lang, segment, day, theme) DO UPDATE SET
    mentions = mentions + excluded.mentions, positive = positive + excluded.positive,
    neutral = neutral + excluded.neutral, negative = negative + excluded.negative;
END;

CREATE TRIGGER daily_review_theme_stats_to_slices_on_update AFTER UPDATE ON daily_review_theme_stats WHEN NEW.product_id = '*' BEGIN
  INSERT INTO daily_theme_slices
  SELECT NEW.shop_id, k.kind, CASE WHEN t.own THEN NEW.touchpoint ELSE '*' END, CASE WHEN l.own THEN NEW.lang ELSE '*' END,
    CASE WHEN s.own THEN NEW.segment ELSE '*' END, NEW.day, NEW.theme,
    k.sign * (NEW.mentions - OLD.mentions), k.sign * (NEW.positive - OLD.positive),
    k.sign * (NEW.neutral - OLD.neutral), k.sign * (NEW.negative - OLD.negative)
  FROM slice_kinds k, slice_any t, slice_any l, slice_any s WHERE k.source = 'review'
  ON CONFLICT (shop_id, kind, touchpoint, lang, segment, day, theme) DO UPDATE SET
    mentions = mentions + excluded.mentions, positive = positive + excluded.positive,
    neutral = neutral + excluded.neutral, negative = negative + excluded.negative;
END;

-- The audit's example comments: one touchpoint's negative comments, newest first (the walk stops after a few).
CREATE INDEX responses_negative_comments_by_touchpoint ON responses (shop_id, touchpoint, created_at)
  WHERE polarity = -1 AND comment IS NOT NULL;

-- daily_relationship without the segment (migrations/0010): what the audit of every answer reads, half the rows a day.
CREATE TABLE daily_relationship_totals (
  shop_id TEXT NOT NULL, day TEXT NOT NULL, prev_key TEXT NOT NULL,
  answers INTEGER NOT NULL, reviews INTEGER NOT NULL, since_first INTEGER NOT NULL, since_prev INTEGER NOT NULL,
  h0 INTEGER NOT NULL, h1 INTEGER NOT NULL, h2 INTEGER NOT NULL, h3 INTEGER NOT NULL,
  h4 INTEGER NOT NULL, h5 INTEGER NOT NULL, h6 INTEGER NOT NULL, h7 INTEGER NOT NULL,
  PRIMARY KEY (shop_id, day, prev_key)
) WITHOUT ROWID;

INSERT INTO daily_relationship_totals
SELECT shop_id, day, prev_key, SUM(answers), SUM(reviews), SUM(since_first), SUM(since_prev),
  SUM(h0), SUM(h1), SUM(h2), SUM(h3), SUM(h4), SUM(h5), SUM(h6), SUM(h7)
FROM daily_relationship GROUP BY shop_id, day, prev_key;

CREATE TRIGGER daily_relationship_to_totals_on_insert AFTER INSERT ON daily_relationship BEGIN
  INSERT INTO daily_relationship_totals VALUES (NEW.shop_id, NEW.day, NEW.prev_key, NEW.answers, NEW.reviews, NEW.since_first,
    NEW.since_prev, NEW.h0, NEW.h1, NEW.h2, NEW.h3, NEW.h4, NEW.h5, NEW.h6, NEW.h7)
  ON CONFLICT (shop_id, day, prev_key) DO UPDATE SET
    answers = answers + excluded.answers, reviews = reviews + excluded.reviews, since_first = since_first + excluded.since_first,
    since_prev = since_prev + excluded.since_prev, h0 = h0 + excluded.h0, h1 = h1 + excluded.h1, h2 = h2 + excluded.h2,
    h3 = h3 + excluded.h3, h4 = h4 + excluded.h4, h5 = h5 + excluded.h5, h6 = h6 + excluded.h6, h7 = h7 + excluded.h7;
END;

CREATE TRIGGER daily_relationship_to_totals_on_update AFTER UPDATE ON daily_relationship BEGIN
  UPDATE daily_relationship_totals SET
    answers = answers + NEW.answers - OLD.answers, reviews = reviews + NEW.reviews - OLD.reviews,
    since_first = since_first + NEW.since_first - OLD.since_first, since_prev = since_prev + NEW.since_prev - OLD.since_prev,
    h0 = h0 + NEW.h0 - OLD.h0, h1 = h1 + NEW.h1 - OLD.h1, h2 = h2 + NEW.h2 - OLD.h2, h3 = h3 + NEW.h3 - OLD.h3,
    h4 = h4 + NEW.h4 - OLD.h4, h5 = h5 + NEW.h5 - OLD.h5, h6 = h6 + NEW.h6 - OLD.h6, h7 = h7 + NEW.h7 - OLD.h7
  WHERE shop_id = NEW.shop_id AND day = NEW.day AND prev_key = NEW.prev_key;
END;

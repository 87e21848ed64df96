-- Reviews and experience answers side by side (`kind` filter, `byKind` block of the summary).
-- daily_stats and daily_theme_stats count every answer; these two count the product reviews only (same
-- columns and keys). Experience figures are the difference: additive counters, so all − review = experience,
-- and an experience answer costs no extra write.

CREATE TABLE daily_review_stats (
  shop_id TEXT NOT NULL, product_id TEXT NOT NULL, day TEXT NOT NULL, touchpoint TEXT NOT NULL, lang TEXT NOT NULL, segment TEXT NOT NULL,
  responses INTEGER NOT NULL, r1 INTEGER NOT NULL, r2 INTEGER NOT NULL, r3 INTEGER NOT NULL, r4 INTEGER NOT NULL, r5 INTEGER NOT NULL,
  promoters INTEGER NOT NULL, passives INTEGER NOT NULL, detractors INTEGER NOT NULL,
  positive INTEGER NOT NULL, neutral INTEGER NOT NULL, negative INTEGER NOT NULL, mixed INTEGER NOT NULL, attention INTEGER NOT NULL,
  PRIMARY KEY (shop_id, product_id, day, touchpoint, lang, segment)
) WITHOUT ROWID;

CREATE TABLE daily_review_theme_stats (
  shop_id TEXT NOT NULL, product_id TEXT NOT NULL, day TEXT NOT NULL, touchpoint TEXT NOT NULL, lang TEXT NOT NULL, segment TEXT NOT NULL,
  theme TEXT NOT NULL, mentions INTEGER NOT NULL, positive INTEGER NOT NULL, neutral INTEGER NOT NULL, negative INTEGER NOT NULL,
  PRIMARY KEY (shop_id, product_id, day, touchpoint, lang, segment, theme)
) WITHOUT ROWID;

-- The reviews already stored, counted as db/rollups.ts counts a new one ('*' rows and the product's own rows).
INSERT INTO daily_review_stats (shop_id, product_id, day, touchpoint, lang, segment, responses, r1, r2, r3, r4, r5,
  promoters, passives, detractors, positive, neutral, negative, mixed, attention)
SELECT shop_id, IFNULL(p.product_id, r.product_id), day, touchpoint, lang, IFNULL(segment, ''), COUNT(*),
  SUM(rating IS 1), SUM(rating IS 2), SUM(rating IS 3), SUM(rating IS 4), SUM(rating IS 5),
  SUM(IFNULL(nps >= 9, 0)), SUM(IFNULL(nps BETWEEN 7 AND 8, 0)), SUM(IFNULL(nps <= 6, 0)),
  SUM(polarity = 1), SUM(polarity = 0), SUM(polarity = -1), SUM(mixed), SUM(attention)
FROM responses r, (SELECT '*' AS product_id UNION ALL SELECT NULL) p
WHERE r.kind = 'review' AND (p.product_id = '*' OR r.product_id IS NOT NULL)
GROUP BY shop_id, IFNULL(p.product_id, r.product_id), day, touchpoint, lang, IFNULL(segment, '');

INSERT INTO daily_review_theme_stats
SELECT r.shop_id, IFNULL(p.product_id, r.product_id), r.day, r.touchpoint, r.lang, IFNULL(r.segment, ''), t.value ->> 'theme', COUNT(*),
  SUM(t.value ->> 'label' = 'positive'), SUM(t.value ->> 'label' = 'neutral'), SUM(t.value ->> 'label' = 'negative')
FROM responses r, json_each(r.themes) t, (SELECT '*' AS product_id UNION ALL SELECT NULL) p
WHERE r.kind = 'review' AND r.themes IS NOT NULL AND (p.product_id = '*' OR r.product_id IS NOT NULL)
GROUP BY r.shop_id, IFNULL(p.product_id, r.product_id), r.day, r.touchpoint, r.lang, IFNULL(r.segment, ''), t.value ->> 'theme';

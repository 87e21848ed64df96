-- The periodic experience audit: returning customers and relationship length from a rollup, the digest's
-- settings and its "sent through" mark, and study sampling for the widget's config.

-- Per answer with a customer reference: the day of that customer's previous answer (NULL for the first) and
-- of their first answer, as they were when the answer was stored.
ALTER TABLE responses ADD COLUMN prev_day TEXT;
ALTER TABLE responses ADD COLUMN first_day TEXT;

UPDATE responses SET prev_day = w.prev_day, first_day = w.first_day
FROM (
  SELECT id, substr(LAG(created_at) OVER c, 1, 10) AS prev_day, substr(MIN(created_at) OVER c, 1, 10) AS first_day
  FROM responses WHERE customer_ref IS NOT NULL
  WINDOW c AS (PARTITION BY shop_id, customer_ref ORDER BY created_at, id)
) AS w
WHERE responses.id = w.id;

-- One row per shop, day, segment and `prev_key`, the customer's previous answer as seen from this one:
--   ''          the customer's first answer ever (a new customer)
--   YYYY-MM-DD  the previous answer's day, when it lies at most 62 days back
--   YYYY-MM     the previous answer's month, when it lies further back
--   '~'         an answer without a customer reference
-- For a period from F to T (at most 63 days long, exact): a customer is seen once, at the answer whose
-- prev_key < F; their relationship length (first answer to latest answer of the period) is that answer's
-- `since_first` plus the `since_prev` of their later answers in the period (it telescopes).
CREATE TABLE daily_relationship (
  shop_id      TEXT NOT NULL,
  day          TEXT NOT NULL,
  segment      TEXT NOT NULL,
  prev_key     TEXT NOT NULL,
  answers      INTEGER NOT NULL,
  reviews      INTEGER NOT NULL,            -- answers of kind 'review' (public reviews written)
  since_first  INTEGER NOT NULL,            -- sum of days from the customer's first answer
  since_prev   INTEGER NOT NULL,            -- sum of days from the customer's previous answer
  -- histogram of since_first, buckets starting at 0 1 7 30 90 180 365 730 days
  h0 INTEGER NOT NULL, h1 INTEGER NOT NULL, h2 INTEGER NOT NULL, h3 INTEGER NOT NULL,
  h4 INTEGER NOT NULL, h5 INTEGER NOT NULL, h6 INTEGER NOT NULL, h7 INTEGER NOT NULL,
  PRIMARY KEY (shop_id, day, segment, prev_key)
) WITHOUT ROWID;

CREATE VIEW relationship_facts AS
SELECT id, shop_id, day, IFNULL(segment, '') AS segment,
  CASE
    WHEN customer_ref IS NULL THEN '~'
    WHEN prev_day IS NULL THEN ''
    WHEN julianday(day) - julianday(prev_day) <= 62 THEN prev_day
    ELSE substr(prev_day, 1, 7)
  END AS prev_key,
  kind = 'review' AS review,
  CASE WHEN customer_ref IS NULL THEN 0 ELSE CAST(julianday(day) - julianday(IFNULL(first_day, day)) AS INTEGER) END AS since_first,
  CASE WHEN prev_day IS NULL THEN 0 ELSE CAST(julianday(day) - julianday(prev_day) AS INTEGER) END AS since_prev
FROM responses;

CREATE VIEW relationship_rows AS
SELECT id, shop_id, day, segment, prev_key, review, since_first, since_prev,
  since_first < 1 AS h0, since_first BETWEEN 1 AND 6 AS h1, since_first BETWEEN 7 AND 29 AS h2,
  since_first BETWEEN 30 AND 89 AS h3, since_first BETWEEN 90 AND 179 AS h4, since_first BETWEEN 180 AND 364 AS h5,
  since_first BETWEEN 365 AND 729 AS h6, since_first >= 730 AS h7
FROM relationship_facts;

INSERT INTO daily_relationship
SELECT shop_id, day, segment, prev_key, COUNT(*), SUM(review), SUM(since_first), SUM(since_prev),
  SUM(h0), SUM(h1), SUM(h2), SUM(h3), SUM(h4), SUM(h5), SUM(h6), SUM(h7)
FROM relationship_rows GROUP BY shop_id, day, segment, prev_key;

-- The digest: cadence (weekly | monthly | NULL = off), the segments studied in turn (JSON array), the last day of
-- the last period a digest was sent for (never twice for one period), and how many studies have run.
ALTER TABLE shops ADD COLUMN digest_cadence TEXT;
ALTER TABLE shops ADD COLUMN digest_segments TEXT NOT NULL DEFAULT '[]';
ALTER TABLE shops ADD COLUMN digest_sent_through TEXT;
ALTER TABLE shops ADD COLUMN digest_studies INTEGER NOT NULL DEFAULT 0;
ALTER TABLE shops ADD COLUMN digest_email TEXT;        -- the owner's address for the e-mailed digest (not a shopper's)
ALTER TABLE shops ADD COLUMN digest_locale TEXT;       -- en | pl | cs
CREATE INDEX shops_with_digest ON shops (digest_cadence) WHERE digest_cadence IS NOT NULL;

-- Study sampling: JSON { touchpoint: rate 0…1 } for the public widget config (missing touchpoints ask always).
ALTER TABLE shops ADD COLUMN sampling TEXT NOT NULL DEFAULT '{}';

-- Owner insights: rollups kept current on every write, themes, the attention queue,
-- the emotional bank account per customer, alert settings and a durable webhook outbox.

ALTER TABLE responses ADD COLUMN segment TEXT;
ALTER TABLE responses ADD COLUMN lang TEXT NOT NULL DEFAULT '';   -- language part of the locale, for filters
ALTER TABLE responses ADD COLUMN themes TEXT;                     -- JSON [{ theme, label }]

CREATE INDEX responses_by_shop_created ON responses (shop_id, created_at, id);
CREATE INDEX responses_by_customer ON responses (shop_id, customer_ref, created_at) WHERE customer_ref IS NOT NULL;
CREATE INDEX responses_by_product ON responses (shop_id, product_id, day) WHERE product_id IS NOT NULL;

-- One row per shop, day and combination of the filterable dimensions. product_id '*' rows count every
-- answer; an answer about a product also counts in its product's own row.
CREATE TABLE daily_stats (
  shop_id     TEXT NOT NULL,
  product_id  TEXT NOT NULL,
  day         TEXT NOT NULL,
  touchpoint  TEXT NOT NULL,
  lang        TEXT NOT NULL,
  segment     TEXT NOT NULL,
  responses   INTEGER NOT NULL,
  r1 INTEGER NOT NULL, r2 INTEGER NOT NULL, r3 INTEGER NOT NULL, r4 INTEGER NOT NULL, r5 INTEGER NOT NULL,
  promoters   INTEGER NOT NULL,
  passives    INTEGER NOT NULL,
  detractors  INTEGER NOT NULL,
  positive    INTEGER NOT NULL,
  neutral     INTEGER NOT NULL,
  negative    INTEGER NOT NULL,
  PRIMARY KEY (shop_id, product_id, day, touchpoint, lang, segment)
) WITHOUT ROWID;

CREATE TABLE daily_theme_stats (
  shop_id     TEXT NOT NULL,
  product_id  TEXT NOT NULL,
  day         TEXT NOT NULL,
  touchpoint  TEXT NOT NULL,
  lang        TEXT NOT NULL,
  segment     TEXT NOT NULL,
  theme       TEXT NOT NULL,
  mentions    INTEGER NOT NULL,
  positive    INTEGER NOT NULL,
  neutral     INTEGER NOT NULL,
  negative    INTEGER NOT NULL,
  PRIMARY KEY (shop_id, product_id, day, touchpoint, lang, segment, theme)
) WITHOUT ROWID;

CREATE TABLE attention_items (
  id           TEXT PRIMARY KEY,          -- the response's id: one item per answer at most
  shop_id      TEXT NOT NULL,
  reasons      TEXT NOT NULL,             -- JSON array: negative_comment, low_rating, detractor
  status       TEXT NOT NULL DEFAULT 'open',
  note         TEXT,
  created_at   TEXT NOT NULL,
  resolved_at  TEXT
);
CREATE INDEX attention_by_shop ON attention_items (shop_id, created_at DESC, id DESC);
CREATE INDEX attention_open_by_shop ON attention_items (shop_id, created_at DESC, id DESC) WHERE status = 'open';
CREATE INDEX attention_resolved_by_shop ON attention_items (shop_id, resolved_at) WHERE status = 'resolved';

CREATE TABLE customers (
  shop_id       TEXT NOT NULL,
  customer_ref  TEXT NOT NULL,
  balance       INTEGER NOT NULL,
  answers       INTEGER NOT NULL,
  first_seen    TEXT NOT NULL,
  last_seen     TEXT NOT NULL,
  PRIMARY KEY (shop_id, customer_ref)
) WITHOUT ROWID;

-- How many customers are in credit / in debit, kept exact by triggers so the summary never scans customers.
CREATE TABLE customer_balances (
  shop_id    TEXT PRIMARY KEY,
  in_credit  INTEGER NOT NULL DEFAULT 0,
  in_debit   INTEGER NOT NULL DEFAULT 0,
  even       INTEGER NOT NULL DEFAULT 0
);

CREATE TRIGGER customers_counted_on_insert AFTER INSERT ON customers BEGIN
  INSERT INTO customer_balances (shop_id, in_credit, in_debit, even)
  VALUES (NEW.shop_id, NEW.balance > 0, NEW.balance < 0, NEW.balance = 0)
  ON CONFLICT (shop_id) DO UPDATE SET
    in_credit = in_credit + (NEW.balance > 0), in_debit = in_debit + (NEW.balance < 0), even = even + (NEW.balance = 0);
END;

CREATE TRIGGER customers_counted_on_update AFTER UPDATE OF balance ON customers BEGIN
  UPDATE customer_balances SET
    in_credit = in_credit - (OLD.balance > 0) + (NEW.balance > 0),
    in_debit = in_debit - (OLD.balance < 0) + (NEW.balance < 0),
    even = even - (OLD.balance = 0) + (NEW.balance = 0)
  WHERE shop_id = NEW.shop_id;
END;

CREATE TRIGGER customers_counted_on_delete AFTER DELETE ON customers BEGIN
  UPDATE customer_balances SET
    in_credit = in_credit - (OLD.balance > 0), in_debit = in_debit - (OLD.balance < 0), even = even - (OLD.balance = 0)
  WHERE shop_id = OLD.shop_id;
END;

ALTER TABLE shops ADD COLUMN webhooks TEXT NOT NULL DEFAULT '[]';   -- JSON array of URLs
ALTER TABLE shops ADD COLUMN webhook_secret TEXT;                   -- HMAC key for signing deliveries

-- The outbox: written in the same batch as the answer, so an alert is never lost; delivered at once and
-- retried with backoff by the cron trigger until it succeeds or runs out of attempts.
CREATE TABLE webhook_deliveries (
  id               TEXT PRIMARY KEY,
  shop_id          TEXT NOT NULL,
  url              TEXT NOT NULL,
  payload          TEXT NOT NULL,
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  TEXT NOT NULL,
  delivered_at     TEXT,
  last_error       TEXT,
  created_at       TEXT NOT NULL
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE delivered_at IS NULL;

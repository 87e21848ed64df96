-- Shops and the answers their shoppers give.
CREATE TABLE shops (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  origins         TEXT NOT NULL,              -- JSON array of allowed page origins
  default_locale  TEXT,
  owner_key_hash  TEXT NOT NULL,              -- SHA-256 (hex) of the owner key; the key itself is never stored
  created_at      TEXT NOT NULL
);

CREATE TABLE responses (
  id               TEXT PRIMARY KEY,
  shop_id          TEXT NOT NULL REFERENCES shops(id),
  client_id        TEXT NOT NULL,             -- chosen by the client: the idempotency key
  kind             TEXT NOT NULL,
  touchpoint       TEXT NOT NULL,
  rating           INTEGER,
  nps              INTEGER,
  comment          TEXT,
  locale           TEXT,
  order_id         TEXT,
  product_id       TEXT,
  customer_ref     TEXT,
  sentiment_label  TEXT,
  sentiment_score  REAL,
  sentiment_lang   TEXT,
  polarity         INTEGER NOT NULL,          -- -1, 0, 1: what the answer does to the emotional bank account
  created_at       TEXT NOT NULL,             -- ISO 8601, UTC
  day              TEXT NOT NULL,             -- YYYY-MM-DD (UTC) of created_at
  UNIQUE (shop_id, client_id)
);

CREATE INDEX responses_by_shop_day ON responses (shop_id, day);
CREATE INDEX responses_negative_by_shop ON responses (shop_id, created_at) WHERE polarity = -1;

-- Public product reviews: moderation, verified purchases, helpful votes, owner replies, audit logs.

-- One row per answer of kind 'review' (same id as the response): its public life.
CREATE TABLE reviews (
  id             TEXT PRIMARY KEY,
  shop_id        TEXT NOT NULL,
  product_id     TEXT NOT NULL,
  status         TEXT NOT NULL,              -- published | held | rejected
  hold_reasons   TEXT NOT NULL DEFAULT '[]', -- JSON: links, profanity, duplicate, burst, unverified
  verified       INTEGER NOT NULL DEFAULT 0,
  rating         INTEGER NOT NULL,
  title          TEXT,
  body           TEXT,
  author_name    TEXT,
  lang           TEXT NOT NULL DEFAULT '',
  source_hash    TEXT NOT NULL,              -- salted hash of the sender's IP (bursts from one source)
  helpful        INTEGER NOT NULL DEFAULT 0,
  reply          TEXT,
  replied_at     TEXT,
  created_at     TEXT NOT NULL,
  published_at   TEXT
);
CREATE INDEX reviews_public_newest ON reviews (shop_id, product_id, status, created_at DESC, id);
CREATE INDEX reviews_public_rating ON reviews (shop_id, product_id, status, rating, created_at DESC);
CREATE INDEX reviews_public_helpful ON reviews (shop_id, product_id, status, helpful DESC, created_at DESC);
CREATE INDEX reviews_held ON reviews (shop_id, created_at DESC) WHERE status = 'held';
CREATE INDEX reviews_by_source ON reviews (shop_id, source_hash, created_at);

-- Published reviews per product, kept by triggers on `reviews`; `version` moves on every visible change
-- and is what the public list's ETag and cache key are made of.
CREATE TABLE product_reviews (
  shop_id       TEXT NOT NULL,
  product_id    TEXT NOT NULL,
  product_name  TEXT,
  r1 INTEGER NOT NULL DEFAULT 0, r2 INTEGER NOT NULL DEFAULT 0, r3 INTEGER NOT NULL DEFAULT 0,
  r4 INTEGER NOT NULL DEFAULT 0, r5 INTEGER NOT NULL DEFAULT 0,
  version       INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (shop_id, product_id)
) WITHOUT ROWID;

CREATE TRIGGER reviews_counted_on_insert AFTER INSERT ON reviews BEGIN
  INSERT INTO product_reviews (shop_id, product_id, r1, r2, r3, r4, r5, version)
  VALUES (NEW.shop_id, NEW.product_id,
    NEW.status = 'published' AND NEW.rating = 1, NEW.status = 'published' AND NEW.rating = 2,
    NEW.status = 'published' AND NEW.rating = 3, NEW.status = 'published' AND NEW.rating = 4,
    NEW.status = 'published' AND NEW.rating = 5, 1)
  ON CONFLICT (shop_id, product_id) DO UPDATE SET
    r1 = r1 + excluded.r1, r2 = r2 + excluded.r2, r3 = r3 + excluded.r3, r4 = r4 + excluded.r4, r5 = r5 + excluded.r5,
    version = version + 1;
END;

CREATE TRIGGER reviews_counted_on_update AFTER UPDATE ON reviews BEGIN
  UPDATE product_reviews SET
    r1 = r1 - (OLD.status = 'published' AND OLD.rating = 1) + (NEW.status = 'published' AND NEW.rating = 1),
    r2 = r2 - (OLD.status = 'published' AND OLD.rating = 2) + (NEW.status = 'published' AND NEW.rating = 2),
    r3 = r3 - (OLD.status = 'published' AND OLD.rating = 3) + (NEW.status = 'published' AND NEW.rating = 3),
    r4 = r4 - (OLD.status = 'published' AND OLD.rating = 4) + (NEW.status = 'published' AND NEW.rating = 4),
    r5 = r5 - (OLD.status = 'published' AND OLD.rating = 5) + (NEW.status = 'published' AND NEW.rating = 5),
    version = version + 1
  WHERE shop_id = NEW.shop_id AND product_id = NEW.product_id;
END;

CREATE TRIGGER reviews_counted_on_delete AFTER DELETE ON reviews BEGIN
  UPDATE product_reviews SET
    r1 = r1 - (OLD.status = 'published' AND OLD.rating = 1), r2 = r2 - (OLD.status = 'published' AND OLD.rating = 2),
    r3 = r3 - (OLD.status = 'published' AND OLD.rating = 3), r4 = r4 - (OLD.status = 'published' AND OLD.rating = 4),
    r5 = r5 - (OLD.status = 'published' AND OLD.rating = 5), version = version + 1
  WHERE shop_id = OLD.shop_id AND product_id = OLD.product_id;
END;

-- "Was this helpful?": one vote per browser (a random id the widget keeps, stored hashed).
CREATE TABLE review_votes (
  review_id   TEXT NOT NULL,
  voter_hash  TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  PRIMARY KEY (review_id, voter_hash)
) WITHOUT ROWID;

-- A verified-purchase token counts once per product.
CREATE TABLE used_order_tokens (
  shop_id     TEXT NOT NULL,
  order_id    TEXT NOT NULL,
  product_id  TEXT NOT NULL,
  review_id   TEXT NOT NULL,
  used_at     TEXT NOT NULL,
  PRIMARY KEY (shop_id, order_id, product_id)
) WITHOUT ROWID;

-- Every moderation step, by the system or the owner, for the owner and an auditor.
CREATE TABLE moderation_log (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  shop_id     TEXT NOT NULL,
  review_id   TEXT NOT NULL,
  action      TEXT NOT NULL,   -- published | held | approved | rejected | replied
  reason      TEXT,
  actor       TEXT NOT NULL,   -- system | owner
  rating      INTEGER NOT NULL,
  at          TEXT NOT NULL
);
CREATE INDEX moderation_log_by_shop ON moderation_log (shop_id, at DESC);

-- Every time the experience widget offered the invitation to write a public review, with the answer's rating:
-- shows that the offer does not depend on the score (no review gating).
CREATE TABLE review_invitations (
  shop_id      TEXT NOT NULL,
  response_id  TEXT NOT NULL,
  rating       INTEGER,
  nps          INTEGER,
  offered_at   TEXT NOT NULL,
  PRIMARY KEY (shop_id, response_id)
) WITHOUT ROWID;

ALTER TABLE shops ADD COLUMN require_verified_reviews INTEGER NOT NULL DEFAULT 0;
ALTER TABLE shops ADD COLUMN review_disclosure TEXT;        -- JSON { en?, pl?, cs? }; default texts otherwise
ALTER TABLE shops ADD COLUMN order_token_secret TEXT;       -- HMAC key the shop's server signs order tokens with

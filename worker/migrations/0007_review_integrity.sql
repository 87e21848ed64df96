-- Issue #12 findings 10 and 12: helpful votes counted once per shopper, and order tokens never accepted twice.

-- "Was this helpful?": besides one vote per browser (review_votes), one vote per review per shopper, told apart by
-- the salted hash of the address (the same hash as reviews.source_hash). Erased with the review.
CREATE TABLE review_vote_sources (
  review_id    TEXT NOT NULL,
  source_hash  TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  PRIMARY KEY (review_id, source_hash)
) WITHOUT ROWID;

-- Order tokens already spent on a review, as SHA-256 of (shop, order, scope) only: no order id, no review id,
-- no text. Scope is the product for a token naming products, '*' for a token without (single use per order).
-- Kept when the order's answers are erased, so an erased review's token is never accepted again.
CREATE TABLE spent_order_tokens (
  shop_id     TEXT NOT NULL,
  token_hash  TEXT NOT NULL,
  spent_at    TEXT NOT NULL,
  PRIMARY KEY (shop_id, token_hash)
) WITHOUT ROWID;

-- Duplicate-text detection: a salted hash of (shopper, comment), never the IP or a readable copy.
ALTER TABLE responses ADD COLUMN duplicate_key TEXT;
CREATE INDEX responses_by_duplicate_key ON responses (shop_id, duplicate_key, created_at) WHERE duplicate_key IS NOT NULL;

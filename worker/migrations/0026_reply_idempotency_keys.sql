-- The private complaint reply (POST …/attention/:id/reply) with an Idempotency-Key header: a retry with the same key
-- and the same body answers the first reply again instead of storing and sending a second one. Per shop, only
-- hashes and ids: SHA-256 of the key, SHA-256 of (attention id, reply text), the reply it made and how that reply
-- went out (the answer's delivery fields). Written in the same batch as the reply; erased with the complaint
-- (db/responses.ts deleteAnswers) and purged after 24 h by the hourly cron
-- (worker/src/index.ts, db/reply-idempotency.ts purgeReplyKeys).
CREATE TABLE reply_idempotency_keys (
  shop_id            TEXT NOT NULL,
  key_hash           TEXT NOT NULL,
  body_hash          TEXT NOT NULL,
  attention_id       TEXT NOT NULL,
  reply_id           TEXT NOT NULL,
  delivery           TEXT NOT NULL,            -- email | widget
  email_failed       INTEGER NOT NULL,
  webhook_deliveries INTEGER NOT NULL,
  created_at         TEXT NOT NULL,
  PRIMARY KEY (shop_id, key_hash)
);
CREATE INDEX reply_idempotency_keys_by_time ON reply_idempotency_keys (created_at);
CREATE INDEX reply_idempotency_keys_by_item ON reply_idempotency_keys (shop_id, attention_id);

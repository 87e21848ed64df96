-- Privacy and key handling.
CREATE INDEX shops_by_owner_key_hash ON shops (owner_key_hash);
CREATE INDEX responses_by_order ON responses (shop_id, order_id) WHERE order_id IS NOT NULL;

-- Answers older than this many days are deleted by the scheduled handler (NULL keeps them).
ALTER TABLE shops ADD COLUMN retention_days INTEGER;

-- A delivery belongs to an answer, so deleting the answer deletes its pending alerts too.
ALTER TABLE webhook_deliveries ADD COLUMN response_id TEXT;
CREATE INDEX webhook_deliveries_by_response ON webhook_deliveries (response_id);

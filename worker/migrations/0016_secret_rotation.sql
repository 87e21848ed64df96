-- Issue #12 finding 13: secrets can be rotated (POST /v1/shops/:shopId/secrets/:name/rotate).
-- After an order-token rotation the previous secret still verifies tokens until this ISO time (30 days), so review
-- links already sent by e-mail keep working; afterwards it is cleared on the next rotation or ignored.
ALTER TABLE shops ADD COLUMN previous_order_token_secret TEXT;
ALTER TABLE shops ADD COLUMN previous_order_token_secret_until TEXT;

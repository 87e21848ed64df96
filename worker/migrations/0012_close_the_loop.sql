-- Closing the loop: the owner's private replies to a complaint, the customer's follow-up ("did we make it
-- right?") and where each attention item ended up.

-- Attention items now go open → replied → resolved; a resolved item says how it ended:
-- recovered | not_recovered (from the customer's follow-up) | closed_without_answer (closed by the owner).
ALTER TABLE attention_items ADD COLUMN resolution TEXT;
ALTER TABLE attention_items ADD COLUMN first_reply_at TEXT;
UPDATE attention_items SET resolution = 'closed_without_answer' WHERE status = 'resolved';

-- A follow-up is an answer of kind 'follow_up' pointing at the complaint it follows up; `solved` is its
-- yes | partly | no.
ALTER TABLE responses ADD COLUMN follow_up_of TEXT;
ALTER TABLE responses ADD COLUMN solved TEXT;
CREATE INDEX responses_follow_ups ON responses (shop_id, follow_up_of) WHERE follow_up_of IS NOT NULL;

-- The owner's replies: private (never public), one row each; `id` of the item = the complaint's response id.
CREATE TABLE attention_replies (
  id            TEXT PRIMARY KEY,
  shop_id       TEXT NOT NULL,
  attention_id  TEXT NOT NULL,
  text          TEXT NOT NULL,
  lang          TEXT NOT NULL,             -- en | pl | cs: the language the customer was written to in
  follow_up_token TEXT NOT NULL,           -- random; comes back with the follow-up answer (hosted link or on-site card)
  created_at    TEXT NOT NULL
);
CREATE INDEX attention_replies_by_item ON attention_replies (shop_id, attention_id, created_at);
CREATE INDEX attention_replies_by_shop ON attention_replies (shop_id, created_at);
CREATE INDEX attention_items_by_first_reply ON attention_items (shop_id, first_reply_at) WHERE first_reply_at IS NOT NULL;

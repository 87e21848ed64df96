-- Invitations after the purchase: orders the shop reports, the invitations they schedule, the hosted
-- feedback page's answers, suppression (unsubscribe, cooldown) and the channel of every answer.

-- Where an answer came from: the widget on the shop's pages, or the hosted page (/f/<token>) from an invitation.
ALTER TABLE responses ADD COLUMN channel TEXT NOT NULL DEFAULT 'onsite';
CREATE INDEX responses_link_by_shop_day ON responses (shop_id, day) WHERE channel = 'link';

-- One row per order the shop reported. The e-mail address is kept only until its invitations are sent
-- (or given up); after that only `contact_hash` (salted SHA-256) remains, for cooldown and unsubscribe.
CREATE TABLE orders (
  shop_id        TEXT NOT NULL,
  order_id       TEXT NOT NULL,
  customer_ref   TEXT,
  email          TEXT,
  contact_hash   TEXT,                       -- salted hash of the e-mail (or of the customer ref without one)
  locale         TEXT,
  products       TEXT NOT NULL DEFAULT '[]', -- JSON [{ productId, name? }]
  link_base      TEXT NOT NULL,              -- origin the hosted-page links point at
  purchased_at   TEXT,
  delivered_at   TEXT,
  returned_at    TEXT,
  support_closed_at TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  PRIMARY KEY (shop_id, order_id)
) WITHOUT ROWID;
CREATE INDEX orders_by_customer ON orders (shop_id, customer_ref) WHERE customer_ref IS NOT NULL;

-- One invitation per order and touchpoint (delivery | return | support | reviews).
CREATE TABLE order_invitations (
  id            TEXT PRIMARY KEY,
  shop_id       TEXT NOT NULL,
  order_id      TEXT NOT NULL,
  touchpoint    TEXT NOT NULL,
  status        TEXT NOT NULL DEFAULT 'scheduled', -- scheduled | sent | skipped | failed
  skip_reason   TEXT,                              -- unsubscribed | cooldown | no_channel
  send_at       TEXT NOT NULL,
  attempts      INTEGER NOT NULL DEFAULT 0,
  last_error    TEXT,
  sent_at       TEXT,
  via           TEXT,                              -- webhook | provider | mailbox
  reminder_at   TEXT,
  reminded_at   TEXT,
  opened_at     TEXT,
  answered_at   TEXT,
  answer_ids    TEXT NOT NULL DEFAULT '[]',        -- JSON: the responses recorded from the hosted page
  created_at    TEXT NOT NULL,
  UNIQUE (shop_id, order_id, touchpoint)
);
CREATE INDEX order_invitations_due ON order_invitations (send_at) WHERE status = 'scheduled';
CREATE INDEX order_invitations_reminders ON order_invitations (reminder_at) WHERE status = 'sent' AND reminder_at IS NOT NULL AND answered_at IS NULL AND reminded_at IS NULL;
CREATE INDEX order_invitations_by_shop_sent ON order_invitations (shop_id, sent_at) WHERE sent_at IS NOT NULL;

-- Per shop and contact (salted hash): when it was last written to, and whether it unsubscribed.
CREATE TABLE invitation_contacts (
  shop_id         TEXT NOT NULL,
  contact_hash    TEXT NOT NULL,
  last_order_id   TEXT,
  last_sent_at    TEXT,
  unsubscribed_at TEXT,
  PRIMARY KEY (shop_id, contact_hash)
) WITHOUT ROWID;

-- Invitation settings per shop; defaults apply without a row.
CREATE TABLE invitation_settings (
  shop_id         TEXT PRIMARY KEY,
  token_secret    TEXT NOT NULL,   -- HMAC key of /f/<token> and unsubscribe links
  hash_salt       TEXT NOT NULL,   -- salt of contact hashes
  settings        TEXT NOT NULL DEFAULT '{}',  -- JSON: delays, reminder, cooldown, quiet hours, webhook URL
  email_provider  TEXT,            -- resend
  email_api_key   TEXT,
  email_from      TEXT
);

-- Development only (`npm start`): every e-mail that would have gone out, for the dashboard's mailbox page.
CREATE TABLE dev_mailbox (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  shop_id     TEXT NOT NULL,
  order_id    TEXT NOT NULL,
  to_address  TEXT,
  subject     TEXT NOT NULL,
  text_body   TEXT NOT NULL,
  html_body   TEXT NOT NULL,
  headers     TEXT NOT NULL,
  created_at  TEXT NOT NULL
);

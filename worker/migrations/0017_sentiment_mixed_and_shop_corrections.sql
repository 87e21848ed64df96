-- Issue #13 items 3 and 4.
-- `sentiment_mixed`: the comment praises in one clause and complains in another (the sentiment result's `mixed`,
-- worker/src/sentiment/engine.ts mixedDecision); kept so that a replayed answer returns the same sentiment. Answers
-- stored before this were scored as a whole: 0.
ALTER TABLE responses ADD COLUMN sentiment_mixed INTEGER NOT NULL DEFAULT 0;

-- Per-shop sentiment correction (worker/src/services/shop-sentiment-cron.ts): class offsets added to the shared model's
-- log-probabilities for that shop's comments without stars, fitted by the scheduled job from the shop's own comments
-- that came with stars. Aggregate weights only: nothing here is about one shopper, so GDPR erase and export have
-- nothing to remove or return; an erased comment simply stops counting at the next fit.
CREATE TABLE shop_sentiment_corrections (
  shop_id    TEXT NOT NULL REFERENCES shops(id),
  lang       TEXT NOT NULL,             -- en, pl or cs: the language of the comments it was fitted on
  offsets    TEXT NOT NULL,             -- JSON [negative, neutral, positive]
  examples   INTEGER NOT NULL,          -- rated comments it was fitted on
  fitted_at  TEXT NOT NULL,             -- ISO 8601, UTC
  PRIMARY KEY (shop_id, lang)
);

-- Closing the loop: the hosted follow-up page /f/<follow-up token> finds its reply by the token alone.
CREATE INDEX IF NOT EXISTS attention_replies_by_token ON attention_replies (follow_up_token);

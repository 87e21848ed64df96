-- Development only (`npm start`): what each e-mail in the dev mailbox is about, for the dashboard's Mailbox screen
-- (which touchpoint, in which language, whether a reminder, and the hosted-page link it carries).
ALTER TABLE dev_mailbox ADD COLUMN touchpoint TEXT;
ALTER TABLE dev_mailbox ADD COLUMN locale TEXT;
ALTER TABLE dev_mailbox ADD COLUMN reminder INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dev_mailbox ADD COLUMN link TEXT;

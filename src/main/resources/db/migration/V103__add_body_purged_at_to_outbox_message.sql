-- Sent messages keep their metadata (recipient address, subject, status, times) but not their bodies,
-- which carry personal links, names and reasons: purged after a few days and when the account goes
-- (issue 10, item 9). NULL while the body is kept.
ALTER TABLE outbox_message ADD COLUMN body_purged_at DATETIME(6) NULL;

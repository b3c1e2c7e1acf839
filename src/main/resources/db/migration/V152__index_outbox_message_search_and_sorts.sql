-- Issue 12: the outbox at 100,000 messages: search by word beginnings (FULLTEXT), sorts by index
-- (created_at and status, next_attempt_at have theirs already).
ALTER TABLE outbox_message
    ADD FULLTEXT INDEX ft_outbox_message_search (recipient_email, subject),
    ADD INDEX ix_outbox_message_recipient (recipient_email),
    ADD INDEX ix_outbox_message_status_created (status, created_at);

-- Issue 12: user administration at 100,000 accounts: search by word beginnings (FULLTEXT), sorts by index.
ALTER TABLE app_user
    ADD FULLTEXT INDEX ft_app_user_search (display_name, email),
    ADD INDEX ix_app_user_display_name (display_name),
    ADD INDEX ix_app_user_created (created_at);

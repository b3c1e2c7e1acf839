-- The personal calendar feed: only the SHA-256 of the token is kept; a new token replaces (revokes) the old one.
ALTER TABLE app_user
    ADD COLUMN calendar_token_hash CHAR(64) NULL,
    ADD COLUMN email_verified_at   DATETIME(6) NULL,
    ADD CONSTRAINT uk_app_user_calendar_token UNIQUE (calendar_token_hash);

-- The period an organiser last looked at in Participation statistics, so that the page opens on it
-- again (issue 11, item 18). Only dates: no personal data beyond whose choice it was.
CREATE TABLE statistics_range (
    user_id    BIGINT      NOT NULL,
    from_date  DATE        NOT NULL,
    to_date    DATE        NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_statistics_range_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_statistics_range_order CHECK (to_date >= from_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE seminar (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    public_id              VARCHAR(32)   NOT NULL,
    title                  VARCHAR(200)  NOT NULL,
    summary                VARCHAR(500)  NOT NULL DEFAULT '',
    description            TEXT          NOT NULL,
    format                 VARCHAR(20)   NOT NULL,
    venue_name             VARCHAR(200)  NOT NULL DEFAULT '',
    venue_address          VARCHAR(300)  NOT NULL DEFAULT '',
    venue_city             VARCHAR(100)  NOT NULL DEFAULT '',
    venue_country          CHAR(2)       NOT NULL DEFAULT '',
    online_link            VARCHAR(500)  NOT NULL DEFAULT '',
    time_zone              VARCHAR(64)   NOT NULL,
    starts_at              DATETIME(6)   NOT NULL,
    ends_at                DATETIME(6)   NOT NULL,
    starts_utc             DATETIME(6)   NOT NULL,
    ends_utc               DATETIME(6)   NOT NULL,
    capacity               INT           NOT NULL,
    registration_opens_at  DATETIME(6)   NOT NULL,
    registration_closes_at DATETIME(6)   NOT NULL,
    approval_required      BOOLEAN       NOT NULL DEFAULT FALSE,
    visibility             VARCHAR(20)   NOT NULL DEFAULT 'PUBLIC',
    status                 VARCHAR(20)   NOT NULL DEFAULT 'DRAFT',
    cancellation_reason    VARCHAR(1000) NULL,
    ical_uid               VARCHAR(64)   NOT NULL,
    ical_sequence          INT           NOT NULL DEFAULT 0,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    published_at           DATETIME(6)   NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_seminar_public_id UNIQUE (public_id),
    CONSTRAINT uk_seminar_ical_uid UNIQUE (ical_uid),
    CONSTRAINT ck_seminar_dates CHECK (ends_at > starts_at),
    CONSTRAINT ck_seminar_window CHECK (registration_closes_at > registration_opens_at AND registration_closes_at <= starts_at),
    CONSTRAINT ck_seminar_capacity CHECK (capacity BETWEEN 1 AND 100000),
    CONSTRAINT ck_seminar_format CHECK (format IN ('IN_PERSON', 'ONLINE', 'HYBRID')),
    CONSTRAINT ck_seminar_visibility CHECK (visibility IN ('PUBLIC', 'UNLISTED')),
    CONSTRAINT ck_seminar_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    KEY ix_seminar_status_start (status, starts_utc),
    KEY ix_seminar_end (ends_utc)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE seminar_theme (
    seminar_id BIGINT      NOT NULL,
    theme      VARCHAR(50) NOT NULL,
    PRIMARY KEY (seminar_id, theme),
    KEY ix_seminar_theme_theme (theme),
    CONSTRAINT fk_seminar_theme_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE seminar_language (
    seminar_id BIGINT     NOT NULL,
    language   VARCHAR(8) NOT NULL,
    PRIMARY KEY (seminar_id, language),
    CONSTRAINT fk_seminar_language_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE seminar_organiser (
    seminar_id BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    PRIMARY KEY (seminar_id, user_id),
    KEY ix_seminar_organiser_user (user_id),
    CONSTRAINT fk_seminar_organiser_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE,
    CONSTRAINT fk_seminar_organiser_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

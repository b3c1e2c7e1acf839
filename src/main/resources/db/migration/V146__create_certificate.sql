-- Certificates of attendance (issue 11, item 20): issued once per registration, on first download,
-- holding what the certificate states so that the public check page shows exactly that. The
-- verification code is a random 128-bit id (Crockford base 32), unique; it is the only way in.
CREATE TABLE certificate (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    code             CHAR(26)      NOT NULL,
    registration_id  BIGINT        NOT NULL,
    seminar_id       BIGINT        NOT NULL,
    user_id          BIGINT        NULL,
    full_name        VARCHAR(120)  NOT NULL,
    seminar_title    VARCHAR(200)  NOT NULL,
    place            VARCHAR(700)  NOT NULL,
    starts_on        DATE          NOT NULL,
    ends_on          DATE          NOT NULL,
    minutes_attended INT           NULL,
    issuer           VARCHAR(200)  NOT NULL,
    issued_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_certificate_code UNIQUE (code),
    CONSTRAINT uk_certificate_registration UNIQUE (registration_id),
    CONSTRAINT fk_certificate_registration FOREIGN KEY (registration_id) REFERENCES registration (id) ON DELETE CASCADE,
    CONSTRAINT fk_certificate_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE,
    CONSTRAINT ck_certificate_dates CHECK (ends_on >= starts_on),
    CONSTRAINT ck_certificate_minutes CHECK (minutes_attended IS NULL OR minutes_attended >= 0),
    KEY ix_certificate_user (user_id),
    KEY ix_certificate_seminar (seminar_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

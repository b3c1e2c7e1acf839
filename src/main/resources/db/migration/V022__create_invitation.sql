-- Personal invitations to a seminar. Only the SHA-256 hash of the link's token is stored (hex); the
-- raw token travels once, in the InvitationCreated event, to the e-mail. One row per seminar and
-- address: inviting a revoked address again gives the same row a new token.
-- "Expired" is not stored: a SENT invitation expires when its seminar starts.
CREATE TABLE invitation (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    seminar_id      BIGINT       NOT NULL,
    email           VARCHAR(254) NOT NULL,
    full_name       VARCHAR(120) NOT NULL,
    organisation    VARCHAR(200) NOT NULL DEFAULT '',
    country         CHAR(2)      NULL,
    token_hash      CHAR(64)     NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    invited_by      BIGINT       NULL,
    registration_id BIGINT       NULL,
    created_at      DATETIME(6)  NOT NULL,
    accepted_at     DATETIME(6)  NULL,
    revoked_at      DATETIME(6)  NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_invitation_token UNIQUE (token_hash),
    CONSTRAINT uk_invitation_seminar_email UNIQUE (seminar_id, email),
    CONSTRAINT fk_invitation_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE,
    CONSTRAINT fk_invitation_invited_by FOREIGN KEY (invited_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_invitation_registration FOREIGN KEY (registration_id) REFERENCES registration (id) ON DELETE SET NULL,
    CONSTRAINT ck_invitation_status CHECK (status IN ('SENT', 'ACCEPTED', 'REVOKED')),
    CONSTRAINT ck_invitation_accepted CHECK ((status = 'ACCEPTED') = (accepted_at IS NOT NULL)),
    CONSTRAINT ck_invitation_token CHECK (CHAR_LENGTH(token_hash) = 64),
    KEY ix_invitation_seminar_status (seminar_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

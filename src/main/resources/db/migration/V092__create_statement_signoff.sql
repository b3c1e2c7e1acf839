-- Sign-off and publication (module statement, REVIEW part).

-- The workflow's history: every status change, who, when, why, the hash frozen and the sign-offs voided.
CREATE TABLE statement_status_change (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    statement_id     BIGINT        NOT NULL,
    from_status      VARCHAR(12)   NOT NULL,
    to_status        VARCHAR(12)   NOT NULL,
    actor_id         BIGINT        NULL,
    at               DATETIME(6)   NOT NULL,
    reason           VARCHAR(2000) NOT NULL DEFAULT '',
    content_hash     CHAR(64)      NULL,
    voided_signatures INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_statement_status_change (statement_id, at),
    CONSTRAINT fk_ssc_statement FOREIGN KEY (statement_id) REFERENCES statement (id) ON DELETE CASCADE,
    CONSTRAINT fk_ssc_actor FOREIGN KEY (actor_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_ssc_status CHECK (from_status IN ('DRAFT', 'IN_REVIEW', 'SIGN_OFF', 'PUBLISHED', 'WITHDRAWN')
                                 AND to_status IN ('DRAFT', 'IN_REVIEW', 'SIGN_OFF', 'PUBLISHED', 'WITHDRAWN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Signatories invited by the lead drafter or an organiser; one invitation per person and statement.
CREATE TABLE statement_signatory (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    statement_id BIGINT       NOT NULL,
    user_id      BIGINT       NOT NULL,
    organisation VARCHAR(200) NOT NULL DEFAULT '',
    invited_by   BIGINT       NULL,
    invited_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_statement_signatory UNIQUE (statement_id, user_id),
    KEY ix_statement_signatory_user (user_id),
    CONSTRAINT fk_ssig_statement FOREIGN KEY (statement_id) REFERENCES statement (id) ON DELETE CASCADE,
    CONSTRAINT fk_ssig_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_ssig_inviter FOREIGN KEY (invited_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One decision per signatory and sign-off round, on the hash frozen for that round. Reopening the draft
-- voids the round's decisions (kept, marked voided) so everyone sees what was given and withdrawn.
CREATE TABLE statement_signature (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    signatory_id BIGINT        NOT NULL,
    round        INT           NOT NULL,
    decision     VARCHAR(30)   NOT NULL,
    reservation  VARCHAR(2000) NOT NULL DEFAULT '',
    content_hash CHAR(64)      NOT NULL,
    signed_at    DATETIME(6)   NOT NULL,
    voided_at    DATETIME(6)   NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_statement_signature_round UNIQUE (signatory_id, round),
    CONSTRAINT fk_ssign_signatory FOREIGN KEY (signatory_id) REFERENCES statement_signatory (id) ON DELETE CASCADE,
    CONSTRAINT ck_ssign_decision CHECK (decision IN ('ENDORSED', 'ENDORSED_WITH_RESERVATION', 'DECLINED')),
    CONSTRAINT ck_ssign_reservation CHECK ((decision = 'ENDORSED_WITH_RESERVATION') = (reservation <> '')),
    CONSTRAINT ck_ssign_round CHECK (round >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Published versions: immutable snapshots (text, signatories) numbered 1..n per statement. A correction
-- is a new number with a change note; earlier numbers stay readable.
CREATE TABLE statement_publication (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    statement_id BIGINT        NOT NULL,
    number       INT           NOT NULL,
    public_id    CHAR(36)      NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    language     VARCHAR(10)   NOT NULL,
    group_id     BIGINT        NULL,
    seminar_id   BIGINT        NULL,
    context      VARCHAR(500)  NOT NULL DEFAULT '',
    visibility   VARCHAR(10)   NOT NULL,
    content_hash CHAR(64)      NOT NULL,
    change_note  VARCHAR(2000) NOT NULL DEFAULT '',
    source_publication_id BIGINT NULL,
    published_at DATETIME(6)   NOT NULL,
    published_by BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_statement_publication_number UNIQUE (statement_id, number),
    KEY ix_statement_publication_public (public_id, number),
    KEY ix_statement_publication_list (visibility, published_at),
    CONSTRAINT fk_spub_statement FOREIGN KEY (statement_id) REFERENCES statement (id),
    CONSTRAINT fk_spub_group FOREIGN KEY (group_id) REFERENCES expert_group (id) ON DELETE SET NULL,
    CONSTRAINT fk_spub_source FOREIGN KEY (source_publication_id) REFERENCES statement_publication (id),
    CONSTRAINT fk_spub_publisher FOREIGN KEY (published_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_spub_number CHECK (number >= 1),
    CONSTRAINT ck_spub_visibility CHECK (visibility IN ('PUBLIC', 'GROUP')),
    CONSTRAINT ck_spub_change_note CHECK (number = 1 OR change_note <> '')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE statement_publication_paragraph (
    publication_id  BIGINT       NOT NULL,
    section_no      INT          NOT NULL,
    paragraph_no    INT          NOT NULL,
    section_heading VARCHAR(300) NOT NULL DEFAULT '',
    text            MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (publication_id, section_no, paragraph_no),
    CONSTRAINT fk_spp_publication FOREIGN KEY (publication_id) REFERENCES statement_publication (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE statement_publication_signer (
    publication_id BIGINT        NOT NULL,
    position       INT           NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    organisation   VARCHAR(200)  NOT NULL DEFAULT '',
    reservation    VARCHAR(2000) NOT NULL DEFAULT '',
    PRIMARY KEY (publication_id, position),
    CONSTRAINT fk_sps_publication FOREIGN KEY (publication_id) REFERENCES statement_publication (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Translations: a statement in another language linked to its source; each translated paragraph names
-- the source paragraph and the source version it was translated from (out of date when the source moves on).
CREATE TABLE statement_translation (
    translation_id BIGINT      NOT NULL,
    source_id      BIGINT      NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (translation_id),
    KEY ix_statement_translation_source (source_id),
    CONSTRAINT fk_st_translation FOREIGN KEY (translation_id) REFERENCES statement (id) ON DELETE CASCADE,
    CONSTRAINT fk_st_source FOREIGN KEY (source_id) REFERENCES statement (id) ON DELETE CASCADE,
    CONSTRAINT ck_st_not_self CHECK (translation_id <> source_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE statement_paragraph_source (
    paragraph_id        BIGINT NOT NULL,
    source_paragraph_id BIGINT NOT NULL,
    source_version      BIGINT NOT NULL,
    PRIMARY KEY (paragraph_id),
    KEY ix_sps_source (source_paragraph_id),
    CONSTRAINT fk_sps_paragraph FOREIGN KEY (paragraph_id) REFERENCES statement_paragraph (id) ON DELETE CASCADE,
    CONSTRAINT fk_sps_source FOREIGN KEY (source_paragraph_id) REFERENCES statement_paragraph (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

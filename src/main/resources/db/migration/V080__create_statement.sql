-- Statements co-drafted by a team, paragraph by paragraph (statement module, drafting part).
-- Deleted sections and paragraphs stay (history and proposals refer to them) with no position;
-- live ones hold positions 1..n, unique per parent. The service renumbers under the statement
-- row's write lock, through positions above every live one so the unique keys hold after each row.
CREATE TABLE statement (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    public_id   CHAR(36)     NOT NULL,
    title       VARCHAR(200) NOT NULL,
    seminar_id  BIGINT       NULL,
    group_id    BIGINT       NULL,
    language    VARCHAR(8)   NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    created_by  BIGINT       NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_statement_public_id UNIQUE (public_id),
    KEY ix_statement_seminar (seminar_id),
    KEY ix_statement_group (group_id),
    CONSTRAINT fk_statement_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE SET NULL,
    CONSTRAINT fk_statement_group FOREIGN KEY (group_id) REFERENCES expert_group (id) ON DELETE SET NULL,
    CONSTRAINT fk_statement_created_by FOREIGN KEY (created_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_statement_status CHECK (status IN ('DRAFT', 'IN_REVIEW', 'SIGN_OFF', 'PUBLISHED', 'WITHDRAWN')),
    CONSTRAINT ck_statement_title CHECK (CHAR_LENGTH(title) > 0),
    CONSTRAINT ck_statement_language CHECK (language REGEXP '^[a-z]{2,3}$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The drafting team. One lead at most (the generated column is 1 only for the lead, NULL otherwise).
CREATE TABLE statement_member (
    statement_id BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    role         VARCHAR(20) NOT NULL,
    lead_marker  TINYINT AS (IF(role = 'LEAD', 1, NULL)) PERSISTENT,
    PRIMARY KEY (statement_id, user_id),
    CONSTRAINT uk_statement_member_lead UNIQUE (statement_id, lead_marker),
    KEY ix_statement_member_user (user_id),
    CONSTRAINT fk_statement_member_statement FOREIGN KEY (statement_id) REFERENCES statement (id) ON DELETE CASCADE,
    CONSTRAINT fk_statement_member_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_statement_member_role CHECK (role IN ('LEAD', 'CO_AUTHOR', 'REVIEWER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE statement_section (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    statement_id BIGINT       NOT NULL,
    position     INT          NULL,
    title        VARCHAR(200) NOT NULL DEFAULT '',
    deleted      BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_statement_section_position UNIQUE (statement_id, position),
    CONSTRAINT fk_statement_section_statement FOREIGN KEY (statement_id) REFERENCES statement (id) ON DELETE CASCADE,
    CONSTRAINT ck_statement_section_position CHECK ((deleted = 0 AND position >= 1) OR (deleted = 1 AND position IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- version: the paragraph's text version, 1 at creation, +1 at each accepted save.
CREATE TABLE statement_paragraph (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    statement_id BIGINT      NOT NULL,
    section_id   BIGINT      NOT NULL,
    position     INT         NULL,
    text         TEXT        NOT NULL,
    version      BIGINT      NOT NULL,
    deleted      BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_by   BIGINT      NULL,
    created_at   DATETIME(6) NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_statement_paragraph_position UNIQUE (section_id, position),
    KEY ix_statement_paragraph_statement (statement_id),
    CONSTRAINT fk_statement_paragraph_statement FOREIGN KEY (statement_id) REFERENCES statement (id) ON DELETE CASCADE,
    CONSTRAINT fk_statement_paragraph_section FOREIGN KEY (section_id) REFERENCES statement_section (id) ON DELETE CASCADE,
    CONSTRAINT fk_statement_paragraph_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_statement_paragraph_position CHECK ((deleted = 0 AND position >= 1) OR (deleted = 1 AND position IS NULL)),
    CONSTRAINT ck_statement_paragraph_version CHECK (version >= 1),
    CONSTRAINT ck_statement_paragraph_text CHECK (CHAR_LENGTH(text) <= 10000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every saved change of a paragraph's text, never rewritten. kind: CREATED, EDITED, RESTORED, DELETED
-- (and what the review part adds, e.g. PROPOSAL_ACCEPTED). credited_to: whose words they are when
-- not the author's (an accepted proposal).
CREATE TABLE statement_paragraph_revision (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    statement_id BIGINT      NOT NULL,
    paragraph_id BIGINT      NOT NULL,
    version      BIGINT      NOT NULL,
    kind         VARCHAR(30) NOT NULL,
    text_before  TEXT        NOT NULL,
    text_after   TEXT        NOT NULL,
    author_id    BIGINT      NULL,
    credited_to  BIGINT      NULL,
    at           DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_statement_paragraph_revision UNIQUE (paragraph_id, version),
    KEY ix_statement_paragraph_revision_statement (statement_id, id),
    CONSTRAINT fk_spr_statement FOREIGN KEY (statement_id) REFERENCES statement (id) ON DELETE CASCADE,
    CONSTRAINT fk_spr_paragraph FOREIGN KEY (paragraph_id) REFERENCES statement_paragraph (id) ON DELETE CASCADE,
    CONSTRAINT fk_spr_author FOREIGN KEY (author_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_spr_credited FOREIGN KEY (credited_to) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The change feed: each instance polls rows above the last id it has seen (while someone listens)
-- and pushes them to open editors. Old rows are pruned. No foreign keys: a change may outlive what
-- it talks about (a deleted account), and inserts stay cheap.
CREATE TABLE statement_change (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    statement_id BIGINT      NOT NULL,
    kind         VARCHAR(40) NOT NULL,
    paragraph_id BIGINT      NULL,
    actor_id     BIGINT      NULL,
    at           DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_statement_change_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who has the statement open, on any instance, and which paragraph they are editing (a soft lock
-- that never blocks a save). A row not refreshed for a while is ignored, then deleted.
CREATE TABLE statement_presence (
    session_key  CHAR(36)    NOT NULL,
    statement_id BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    paragraph_id BIGINT      NULL,
    editing_at   DATETIME(6) NULL,
    seen_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (session_key),
    KEY ix_statement_presence_statement (statement_id, seen_at),
    CONSTRAINT fk_statement_presence_statement FOREIGN KEY (statement_id) REFERENCES statement (id) ON DELETE CASCADE,
    CONSTRAINT fk_statement_presence_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

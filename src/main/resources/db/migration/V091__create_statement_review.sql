-- Review of a statement (module statement, REVIEW part): settings, checklist answers, comments,
-- proposals, in-app notices. Statements and paragraphs themselves come from V080.

-- One row per statement once review starts: the attached checklist, the quorum rule, who may read the
-- publication, the sign-off round (+1 at each freeze) and the frozen version's hash.
CREATE TABLE statement_review (
    statement_id     BIGINT        NOT NULL,
    checklist_id     BIGINT        NULL,
    quorum           VARCHAR(10)   NOT NULL DEFAULT 'ALL',
    visibility       VARCHAR(10)   NOT NULL DEFAULT 'PUBLIC',
    round            INT           NOT NULL DEFAULT 0,
    frozen_hash      CHAR(64)      NULL,
    frozen_at        DATETIME(6)   NULL,
    frozen_by        BIGINT        NULL,
    withdrawn_reason VARCHAR(2000) NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (statement_id),
    CONSTRAINT fk_statement_review_statement FOREIGN KEY (statement_id) REFERENCES statement (id) ON DELETE CASCADE,
    CONSTRAINT fk_statement_review_checklist FOREIGN KEY (checklist_id) REFERENCES review_checklist (id),
    CONSTRAINT fk_statement_review_frozen_by FOREIGN KEY (frozen_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_statement_review_quorum CHECK (quorum IN ('ALL', 'MAJORITY')),
    CONSTRAINT ck_statement_review_visibility CHECK (visibility IN ('PUBLIC', 'GROUP')),
    CONSTRAINT ck_statement_review_round CHECK (round >= 0),
    CONSTRAINT ck_statement_review_frozen CHECK ((frozen_hash IS NULL) = (frozen_at IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE statement_checklist_answer (
    statement_id BIGINT        NOT NULL,
    item_id      BIGINT        NOT NULL,
    answer       VARCHAR(14)   NOT NULL,
    note         VARCHAR(2000) NOT NULL DEFAULT '',
    answered_by  BIGINT        NULL,
    answered_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (statement_id, item_id),
    KEY ix_statement_checklist_answer_item (item_id),
    CONSTRAINT fk_sca_statement FOREIGN KEY (statement_id) REFERENCES statement (id) ON DELETE CASCADE,
    CONSTRAINT fk_sca_item FOREIGN KEY (item_id) REFERENCES review_checklist_item (id),
    CONSTRAINT fk_sca_user FOREIGN KEY (answered_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_sca_answer CHECK (answer IN ('YES', 'NO', 'NOT_APPLICABLE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Comments anchored to a paragraph; a reply names its thread's first comment. Resolving is per thread.
CREATE TABLE statement_comment (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    statement_id BIGINT        NOT NULL,
    paragraph_id BIGINT        NOT NULL,
    parent_id    BIGINT        NULL,
    author_id    BIGINT        NULL,
    body         VARCHAR(4000) NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    resolved_at  DATETIME(6)   NULL,
    resolved_by  BIGINT        NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_statement_comment_paragraph (statement_id, paragraph_id, resolved_at),
    CONSTRAINT fk_statement_comment_statement FOREIGN KEY (statement_id) REFERENCES statement (id) ON DELETE CASCADE,
    CONSTRAINT fk_statement_comment_paragraph FOREIGN KEY (paragraph_id) REFERENCES statement_paragraph (id) ON DELETE CASCADE,
    CONSTRAINT fk_statement_comment_parent FOREIGN KEY (parent_id) REFERENCES statement_comment (id) ON DELETE CASCADE,
    CONSTRAINT fk_statement_comment_author FOREIGN KEY (author_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_statement_comment_resolver FOREIGN KEY (resolved_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_statement_comment_reply CHECK (parent_id IS NULL OR resolved_at IS NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Proposed changes: new text for a paragraph, based on the version the proposer saw.
CREATE TABLE statement_proposal (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    statement_id     BIGINT        NOT NULL,
    paragraph_id     BIGINT        NOT NULL,
    base_version     BIGINT        NOT NULL,
    base_text        MEDIUMTEXT    NOT NULL,
    proposed_text    MEDIUMTEXT    NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    proposer_id      BIGINT        NULL,
    created_at       DATETIME(6)   NOT NULL,
    status           VARCHAR(10)   NOT NULL DEFAULT 'OPEN',
    decided_by       BIGINT        NULL,
    decided_at       DATETIME(6)   NULL,
    decision_reason  VARCHAR(2000) NOT NULL DEFAULT '',
    accepted_version BIGINT        NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_statement_proposal_statement (statement_id, status),
    KEY ix_statement_proposal_paragraph (paragraph_id),
    CONSTRAINT fk_statement_proposal_statement FOREIGN KEY (statement_id) REFERENCES statement (id) ON DELETE CASCADE,
    CONSTRAINT fk_statement_proposal_paragraph FOREIGN KEY (paragraph_id) REFERENCES statement_paragraph (id) ON DELETE CASCADE,
    CONSTRAINT fk_statement_proposal_proposer FOREIGN KEY (proposer_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_statement_proposal_decider FOREIGN KEY (decided_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_statement_proposal_status CHECK (status IN ('OPEN', 'ACCEPTED', 'DECLINED')),
    CONSTRAINT ck_statement_proposal_decided CHECK ((status = 'OPEN') = (decided_at IS NULL)),
    CONSTRAINT ck_statement_proposal_declined CHECK (status <> 'DECLINED' OR decision_reason <> ''),
    CONSTRAINT ck_statement_proposal_accepted CHECK ((status = 'ACCEPTED') = (accepted_version IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a person is told in the app (a proposal decided, a mention, a request to sign); read or not.
CREATE TABLE statement_notice (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    user_id      BIGINT        NOT NULL,
    statement_id BIGINT        NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    detail       VARCHAR(2000) NOT NULL DEFAULT '',
    created_at   DATETIME(6)   NOT NULL,
    read_at      DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY ix_statement_notice_user (user_id, read_at, created_at),
    CONSTRAINT fk_statement_notice_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_statement_notice_statement FOREIGN KEY (statement_id) REFERENCES statement (id) ON DELETE CASCADE,
    CONSTRAINT ck_statement_notice_kind CHECK (kind IN ('PROPOSAL_ACCEPTED', 'PROPOSAL_DECLINED', 'MENTIONED',
                                                        'SIGNATURE_REQUESTED', 'SIGNATURES_VOIDED', 'PUBLISHED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Additional questions an organiser asks in one seminar's registration form, their options (for the
-- choice kinds) and the answers of each registration. A question that has answers is kept as it is
-- (the service refuses to change or remove it), so answers always match their question.
CREATE TABLE registration_question (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    seminar_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    label       VARCHAR(300) NOT NULL,
    required    BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_registration_question_position UNIQUE (seminar_id, position),
    CONSTRAINT fk_registration_question_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE,
    CONSTRAINT ck_registration_question_kind CHECK (kind IN ('SHORT_TEXT', 'LONG_TEXT', 'SINGLE_CHOICE',
        'MULTIPLE_CHOICE', 'YES_NO')),
    CONSTRAINT ck_registration_question_position CHECK (position >= 1),
    CONSTRAINT ck_registration_question_label CHECK (CHAR_LENGTH(label) > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE registration_question_option (
    question_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    label       VARCHAR(200) NOT NULL,
    PRIMARY KEY (question_id, position),
    CONSTRAINT fk_registration_question_option_question FOREIGN KEY (question_id)
        REFERENCES registration_question (id) ON DELETE CASCADE,
    CONSTRAINT ck_registration_question_option_label CHECK (CHAR_LENGTH(label) > 0),
    CONSTRAINT ck_registration_question_option_position CHECK (position >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One answer per registration and question. A multiple choice keeps its chosen options one per line
-- (options are single-line text); yes/no answers are 'yes' or 'no'.
CREATE TABLE registration_answer (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    registration_id BIGINT      NOT NULL,
    question_id     BIGINT      NOT NULL,
    answer          TEXT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_registration_answer UNIQUE (registration_id, question_id),
    CONSTRAINT fk_registration_answer_registration FOREIGN KEY (registration_id)
        REFERENCES registration (id) ON DELETE CASCADE,
    CONSTRAINT fk_registration_answer_question FOREIGN KEY (question_id)
        REFERENCES registration_question (id) ON DELETE RESTRICT,
    KEY ix_registration_answer_question (question_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Review checklists defined by organisers (e.g. a human-rights self-assessment for drug-policy texts):
-- ordered items, each a question with guidance. A statement's team answers them (V091).
CREATE TABLE review_checklist (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    title       VARCHAR(200)  NOT NULL,
    description VARCHAR(2000) NOT NULL DEFAULT '',
    created_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_review_checklist_title UNIQUE (title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_checklist_item (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    checklist_id BIGINT        NOT NULL,
    position     INT           NOT NULL,
    question     VARCHAR(500)  NOT NULL,
    guidance     VARCHAR(4000) NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    CONSTRAINT uk_review_checklist_item_position UNIQUE (checklist_id, position),
    CONSTRAINT fk_review_checklist_item_checklist FOREIGN KEY (checklist_id) REFERENCES review_checklist (id) ON DELETE CASCADE,
    CONSTRAINT ck_review_checklist_item_position CHECK (position >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

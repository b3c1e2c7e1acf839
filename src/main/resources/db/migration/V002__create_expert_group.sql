CREATE TABLE expert_group (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    name           VARCHAR(150)  NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    description    VARCHAR(4000) NOT NULL DEFAULT '',
    coordinator_id BIGINT        NULL,
    created_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_expert_group_name UNIQUE (name),
    CONSTRAINT fk_expert_group_coordinator FOREIGN KEY (coordinator_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_expert_group_kind CHECK (kind IN ('EXPERT_GROUP', 'NETWORK'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE expert_group_member (
    group_id  BIGINT      NOT NULL,
    user_id   BIGINT      NOT NULL,
    joined_at DATETIME(6) NOT NULL,
    PRIMARY KEY (group_id, user_id),
    KEY ix_expert_group_member_user (user_id),
    CONSTRAINT fk_egm_group FOREIGN KEY (group_id) REFERENCES expert_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_egm_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

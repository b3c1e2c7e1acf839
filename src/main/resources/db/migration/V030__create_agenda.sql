-- The agenda of a seminar: a draft that organisers edit (agenda_item, agenda_room, agenda_person)
-- and the published snapshot that participants and the public read (agenda_published_item).

CREATE TABLE agenda (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    seminar_id   BIGINT      NOT NULL,
    version      INT         NOT NULL DEFAULT 0,
    published_at DATETIME(6) NULL,
    created_at   DATETIME(6) NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    lock_version BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_agenda_seminar UNIQUE (seminar_id),
    CONSTRAINT fk_agenda_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE,
    CONSTRAINT ck_agenda_version CHECK (version >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_room (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    seminar_id BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    position   INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_agenda_room_name UNIQUE (seminar_id, name),
    CONSTRAINT fk_agenda_room_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_person (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    seminar_id  BIGINT        NOT NULL,
    name        VARCHAR(120)  NOT NULL,
    affiliation VARCHAR(200)  NOT NULL DEFAULT '',
    bio         VARCHAR(1000) NOT NULL DEFAULT '',
    user_id     BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_agenda_person_name UNIQUE (seminar_id, name),
    CONSTRAINT fk_agenda_person_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE,
    CONSTRAINT fk_agenda_person_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_item (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    seminar_id  BIGINT        NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    description VARCHAR(4000) NOT NULL DEFAULT '',
    type        VARCHAR(20)   NOT NULL,
    starts_at   DATETIME(6)   NOT NULL,
    ends_at     DATETIME(6)   NOT NULL,
    room_id     BIGINT        NULL,
    language    VARCHAR(8)    NOT NULL DEFAULT '',
    online_link VARCHAR(500)  NOT NULL DEFAULT '',
    ical_uid    VARCHAR(64)   NOT NULL,
    removed     BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_agenda_item_ical_uid UNIQUE (ical_uid),
    CONSTRAINT fk_agenda_item_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE,
    CONSTRAINT fk_agenda_item_room FOREIGN KEY (room_id) REFERENCES agenda_room (id),
    CONSTRAINT ck_agenda_item_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_agenda_item_type CHECK (type IN ('PLENARY', 'PANEL', 'WORKSHOP', 'WORKING_GROUP', 'BREAK', 'MEAL',
                                                   'NETWORKING', 'FIELD_VISIT')),
    KEY ix_agenda_item_seminar_start (seminar_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_item_person (
    item_id   BIGINT      NOT NULL,
    position  INT         NOT NULL,
    person_id BIGINT      NOT NULL,
    role      VARCHAR(20) NOT NULL,
    PRIMARY KEY (item_id, position),
    CONSTRAINT fk_agenda_item_person_item FOREIGN KEY (item_id) REFERENCES agenda_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_agenda_item_person_person FOREIGN KEY (person_id) REFERENCES agenda_person (id),
    CONSTRAINT ck_agenda_item_person_role CHECK (role IN ('SPEAKER', 'CHAIR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What participants see: one row per item ever published, kept in step at each publication.
CREATE TABLE agenda_published_item (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    item_id         BIGINT        NOT NULL,
    seminar_id      BIGINT        NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    description     VARCHAR(4000) NOT NULL DEFAULT '',
    type            VARCHAR(20)   NOT NULL,
    starts_at       DATETIME(6)   NOT NULL,
    ends_at         DATETIME(6)   NOT NULL,
    room_name       VARCHAR(100)  NOT NULL DEFAULT '',
    language        VARCHAR(8)    NOT NULL DEFAULT '',
    online_link     VARCHAR(500)  NOT NULL DEFAULT '',
    status          VARCHAR(20)   NOT NULL,
    ical_uid        VARCHAR(64)   NOT NULL,
    ical_sequence   INT           NOT NULL DEFAULT 0,
    first_version   INT           NOT NULL,
    changed_version INT           NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    last_modified   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_agenda_published_item UNIQUE (item_id),
    CONSTRAINT uk_agenda_published_ical_uid UNIQUE (ical_uid),
    CONSTRAINT fk_agenda_published_item FOREIGN KEY (item_id) REFERENCES agenda_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_agenda_published_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE,
    CONSTRAINT ck_agenda_published_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_agenda_published_status CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    CONSTRAINT ck_agenda_published_sequence CHECK (ical_sequence >= 0),
    KEY ix_agenda_published_seminar_start (seminar_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_published_person (
    published_item_id BIGINT        NOT NULL,
    position          INT           NOT NULL,
    role              VARCHAR(20)   NOT NULL,
    name              VARCHAR(120)  NOT NULL,
    affiliation       VARCHAR(200)  NOT NULL DEFAULT '',
    bio               VARCHAR(1000) NOT NULL DEFAULT '',
    user_id           BIGINT        NULL,
    PRIMARY KEY (published_item_id, position),
    CONSTRAINT fk_agenda_published_person_item FOREIGN KEY (published_item_id)
        REFERENCES agenda_published_item (id) ON DELETE CASCADE,
    CONSTRAINT ck_agenda_published_person_role CHECK (role IN ('SPEAKER', 'CHAIR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Items a participant starred, to build their own programme.
CREATE TABLE agenda_star (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    user_id    BIGINT      NOT NULL,
    item_id    BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_agenda_star UNIQUE (user_id, item_id),
    CONSTRAINT fk_agenda_star_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_agenda_star_item FOREIGN KEY (item_id) REFERENCES agenda_item (id) ON DELETE CASCADE,
    KEY ix_agenda_star_item (item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

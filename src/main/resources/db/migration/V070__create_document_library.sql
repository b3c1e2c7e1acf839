-- Shared documents (document module): one library per seminar or expert group, folders, items
-- (uploaded files or links), versions of a file, and the content of files in the database:
-- content-addressed 1 MiB chunks (SHA-256), so one backup holds everything and equal bytes are stored once.

CREATE TABLE document_library (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    seminar_id  BIGINT      NULL,
    group_id    BIGINT      NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_document_library_seminar UNIQUE (seminar_id),
    CONSTRAINT uk_document_library_group UNIQUE (group_id),
    CONSTRAINT ck_document_library_owner CHECK ((seminar_id IS NULL) <> (group_id IS NULL)),
    CONSTRAINT fk_document_library_seminar FOREIGN KEY (seminar_id) REFERENCES seminar (id) ON DELETE CASCADE,
    CONSTRAINT fk_document_library_group FOREIGN KEY (group_id) REFERENCES expert_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE document_folder (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    library_id      BIGINT       NOT NULL,
    name            VARCHAR(100) NOT NULL,
    visibility      VARCHAR(20)  NOT NULL,
    speakers_add    BOOLEAN      NOT NULL DEFAULT FALSE,
    position        INT          NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL,
    trashed_at      DATETIME(6)  NULL,
    trashed_by      BIGINT       NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_document_folder_library (library_id, position),
    CONSTRAINT ck_document_folder_visibility CHECK (visibility IN ('PUBLIC', 'PARTICIPANTS', 'ORGANISERS')),
    CONSTRAINT ck_document_folder_name CHECK (CHAR_LENGTH(TRIM(name)) > 0),
    CONSTRAINT fk_document_folder_library FOREIGN KEY (library_id) REFERENCES document_library (id) ON DELETE CASCADE,
    CONSTRAINT fk_document_folder_trashed_by FOREIGN KEY (trashed_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each chunk once, named by the SHA-256 of its bytes. touched_at: last time an upload wrote or
-- re-used it; the sweep removes chunks no content refers to, only once the grace period has passed.
CREATE TABLE document_chunk (
    sha256      CHAR(64)    NOT NULL,
    size        INT         NOT NULL,
    data        LONGBLOB    NOT NULL,
    touched_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (sha256),
    KEY ix_document_chunk_touched (touched_at),
    CONSTRAINT ck_document_chunk_size CHECK (size >= 0 AND size = LENGTH(data))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A whole file's bytes, named by their SHA-256: the ordered chunks it is made of.
CREATE TABLE document_content (
    sha256      CHAR(64)    NOT NULL,
    size        BIGINT      NOT NULL,
    chunk_size  INT         NOT NULL,
    chunk_count INT         NOT NULL,
    touched_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (sha256),
    KEY ix_document_content_touched (touched_at),
    CONSTRAINT ck_document_content_size CHECK (size >= 0 AND chunk_size > 0 AND chunk_count >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE document_content_chunk (
    content_sha256 CHAR(64) NOT NULL,
    seq            INT      NOT NULL,
    chunk_sha256   CHAR(64) NOT NULL,
    PRIMARY KEY (content_sha256, seq),
    KEY ix_document_content_chunk_chunk (chunk_sha256),
    CONSTRAINT fk_document_content_chunk_content FOREIGN KEY (content_sha256) REFERENCES document_content (sha256) ON DELETE CASCADE,
    CONSTRAINT fk_document_content_chunk_chunk FOREIGN KEY (chunk_sha256) REFERENCES document_chunk (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE document_item (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    folder_id       BIGINT        NOT NULL,
    kind            VARCHAR(10)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    description     VARCHAR(2000) NOT NULL DEFAULT '',
    language        VARCHAR(8)    NOT NULL DEFAULT '',
    url             VARCHAR(2000) NULL,
    visibility      VARCHAR(20)   NULL,
    added_by        BIGINT        NULL,
    added_at        DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    current_version INT           NOT NULL DEFAULT 0,
    size            BIGINT        NOT NULL DEFAULT 0,
    trashed_at      DATETIME(6)   NULL,
    trashed_by      BIGINT        NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_document_item_folder (folder_id, trashed_at),
    CONSTRAINT ck_document_item_kind CHECK (kind IN ('FILE', 'LINK')),
    CONSTRAINT ck_document_item_link CHECK ((kind = 'LINK') = (url IS NOT NULL)),
    CONSTRAINT ck_document_item_url CHECK (url IS NULL OR url LIKE 'http://%' OR url LIKE 'https://%'),
    CONSTRAINT ck_document_item_visibility CHECK (visibility IS NULL OR visibility IN ('PUBLIC', 'PARTICIPANTS', 'ORGANISERS')),
    CONSTRAINT ck_document_item_title CHECK (CHAR_LENGTH(TRIM(title)) > 0),
    CONSTRAINT fk_document_item_folder FOREIGN KEY (folder_id) REFERENCES document_folder (id) ON DELETE CASCADE,
    CONSTRAINT fk_document_item_added_by FOREIGN KEY (added_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_document_item_trashed_by FOREIGN KEY (trashed_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every version of a file stays downloadable; the item shows the highest number.
CREATE TABLE document_version (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    item_id        BIGINT       NOT NULL,
    number         INT          NOT NULL,
    file_name      VARCHAR(200) NOT NULL,
    media_type     VARCHAR(120) NOT NULL,
    size           BIGINT       NOT NULL,
    content_sha256 CHAR(64)     NOT NULL,
    added_by       BIGINT       NULL,
    added_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_document_version_number UNIQUE (item_id, number),
    KEY ix_document_version_content (content_sha256),
    CONSTRAINT ck_document_version_number CHECK (number > 0),
    CONSTRAINT fk_document_version_item FOREIGN KEY (item_id) REFERENCES document_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_document_version_content FOREIGN KEY (content_sha256) REFERENCES document_content (sha256),
    CONSTRAINT fk_document_version_added_by FOREIGN KEY (added_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Named rows that transactions update to take turns on a rule spanning many rows (issue 10, item 6:
-- "at least one organiser"). An UPDATE, not a SELECT ... FOR UPDATE, so that Galera certification
-- also orders writers on different nodes.
CREATE TABLE app_lock (
    name    VARCHAR(50) NOT NULL,
    version BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO app_lock (name) VALUES ('organisers');

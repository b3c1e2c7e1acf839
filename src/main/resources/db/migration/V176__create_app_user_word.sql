-- Issue 12: the user administration's search as the participants' (V175): each account's words (name and
-- e-mail split at everything that is not a letter or a digit) are rows indexed (word, user_id), kept in step
-- by triggers. The FULLTEXT index of V151 intersected every match of a common word: "person 4242" took
-- 121 ms and "searchbench" 536 ms with 100,000 accounts (load 12-18).
CREATE TABLE app_user_word (
    user_id BIGINT       NOT NULL,
    word       VARCHAR(100) NOT NULL,
    PRIMARY KEY (user_id, word),
    KEY ix_app_user_word_word (word, user_id),
    CONSTRAINT fk_app_user_word_app_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DELIMITER $$

CREATE PROCEDURE app_user_words(IN p_id BIGINT, IN p_text VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci)
    MODIFIES SQL DATA
BEGIN
    DECLARE rest VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci
        DEFAULT TRIM(REGEXP_REPLACE(LOWER(p_text), '[^\\p{L}\\p{N}]+', ' '));
    DECLARE w VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    DELETE FROM app_user_word WHERE user_id = p_id;
    WHILE rest <> '' DO
        SET w = SUBSTRING_INDEX(rest, ' ', 1);
        INSERT IGNORE INTO app_user_word (user_id, word) VALUES (p_id, LEFT(w, 100));
        SET rest = SUBSTRING(rest, CHAR_LENGTH(w) + 2);
    END WHILE;
END$$

CREATE TRIGGER tr_app_user_words_insert AFTER INSERT ON app_user FOR EACH ROW
BEGIN
    CALL app_user_words(NEW.id, CONCAT_WS(' ', NEW.display_name, NEW.email));
END$$

CREATE TRIGGER tr_app_user_words_update AFTER UPDATE ON app_user FOR EACH ROW
BEGIN
    IF NOT (BINARY OLD.display_name <=> BINARY NEW.display_name
            AND BINARY OLD.email <=> BINARY NEW.email) THEN
        CALL app_user_words(NEW.id, CONCAT_WS(' ', NEW.display_name, NEW.email));
    END IF;
END$$

DELIMITER ;

-- The rows already there, split the same way in one statement.
INSERT IGNORE INTO app_user_word (user_id, word)
WITH RECURSIVE split (id, word, rest) AS (
    SELECT id, CAST('' AS CHAR(1000) CHARACTER SET utf8mb4),
           TRIM(REGEXP_REPLACE(LOWER(CONCAT_WS(' ', display_name, email)), '[^\\p{L}\\p{N}]+', ' '))
    FROM app_user
    UNION ALL
    SELECT id, SUBSTRING_INDEX(rest, ' ', 1), SUBSTRING(rest, CHAR_LENGTH(SUBSTRING_INDEX(rest, ' ', 1)) + 2)
    FROM split WHERE rest <> ''
)
SELECT id, LEFT(word, 100) FROM split WHERE word <> '';

-- Nothing searches through it any more; every write paid for it.
ALTER TABLE app_user DROP INDEX ft_app_user_search;

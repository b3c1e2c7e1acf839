-- Issue 12: participant search inside one seminar. The FULLTEXT index of V150 matched a word across every
-- seminar before the seminar filter (0.9-4.4 s for a common word with 100,000 registrations in the table).
-- Each registration's words (name, e-mail and organisation split at everything that is not a letter or a
-- digit, so "marie-t.dupont@example.org" gives marie, t, dupont, example, org) are rows keyed by seminar:
-- "mart" is the index range (seminar_id, 'mart%') of one seminar. The collation (utf8mb4_unicode_ci)
-- ignores case and accents ('sante' finds 'Santé'). Triggers keep the words in step with every write of
-- the three columns, whatever path it takes (registration, bulk anonymisation, imports, benchmarks).
CREATE TABLE registration_word (
    registration_id BIGINT       NOT NULL,
    word            VARCHAR(100) NOT NULL,
    seminar_id      BIGINT       NOT NULL,
    PRIMARY KEY (registration_id, word),
    KEY ix_registration_word_seminar_word (seminar_id, word, registration_id),
    CONSTRAINT fk_registration_word_registration FOREIGN KEY (registration_id) REFERENCES registration (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DELIMITER $$

CREATE PROCEDURE registration_words(IN p_id BIGINT, IN p_seminar BIGINT,
                                    IN p_text VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci)
    MODIFIES SQL DATA
BEGIN
    DECLARE rest VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci
        DEFAULT TRIM(REGEXP_REPLACE(LOWER(p_text), '[^\\p{L}\\p{N}]+', ' '));
    DECLARE w VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    DELETE FROM registration_word WHERE registration_id = p_id;
    WHILE rest <> '' DO
        SET w = SUBSTRING_INDEX(rest, ' ', 1);
        -- IGNORE: a word twice in one registration ("dupont" in the name and the address) is one row.
        INSERT IGNORE INTO registration_word (registration_id, word, seminar_id) VALUES (p_id, LEFT(w, 100), p_seminar);
        SET rest = SUBSTRING(rest, CHAR_LENGTH(w) + 2);
    END WHILE;
END$$

CREATE TRIGGER tr_registration_words_insert AFTER INSERT ON registration FOR EACH ROW
BEGIN
    CALL registration_words(NEW.id, NEW.seminar_id, CONCAT_WS(' ', NEW.full_name, NEW.email, NEW.organisation));
END$$

CREATE TRIGGER tr_registration_words_update AFTER UPDATE ON registration FOR EACH ROW
BEGIN
    IF NOT (BINARY OLD.full_name <=> BINARY NEW.full_name AND BINARY OLD.email <=> BINARY NEW.email
            AND BINARY OLD.organisation <=> BINARY NEW.organisation) THEN
        CALL registration_words(NEW.id, NEW.seminar_id, CONCAT_WS(' ', NEW.full_name, NEW.email, NEW.organisation));
    END IF;
END$$

DELIMITER ;

-- The registrations already there, split the same way in one statement.
INSERT IGNORE INTO registration_word (registration_id, word, seminar_id)
WITH RECURSIVE split (id, seminar_id, word, rest) AS (
    SELECT id, seminar_id, CAST('' AS CHAR(1000) CHARACTER SET utf8mb4),
           TRIM(REGEXP_REPLACE(LOWER(CONCAT_WS(' ', full_name, email, organisation)), '[^\\p{L}\\p{N}]+', ' '))
    FROM registration
    UNION ALL
    SELECT id, seminar_id, SUBSTRING_INDEX(rest, ' ', 1), SUBSTRING(rest, CHAR_LENGTH(SUBSTRING_INDEX(rest, ' ', 1)) + 2)
    FROM split WHERE rest <> ''
)
SELECT id, LEFT(word, 100), seminar_id FROM split WHERE word <> '';

-- Nothing searches through it any more; every registration paid for it.
ALTER TABLE registration DROP INDEX ft_registration_search;

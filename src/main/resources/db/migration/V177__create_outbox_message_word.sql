-- Issue 12: the outbox's search as the participants' (V175): each message's words (recipient address and
-- subject split at everything that is not a letter or a digit) are rows indexed (word, message_id), kept
-- in step by triggers. The FULLTEXT index of V152 took 765 ms for "reminder seminar" with 100,000 messages
-- (load 12-18).
CREATE TABLE outbox_message_word (
    message_id BIGINT       NOT NULL,
    word       VARCHAR(100) NOT NULL,
    PRIMARY KEY (message_id, word),
    KEY ix_outbox_message_word_word (word, message_id),
    CONSTRAINT fk_outbox_message_word_outbox_message FOREIGN KEY (message_id) REFERENCES outbox_message (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DELIMITER $$

CREATE PROCEDURE outbox_message_words(IN p_id BIGINT, IN p_text VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci)
    MODIFIES SQL DATA
BEGIN
    DECLARE rest VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci
        DEFAULT TRIM(REGEXP_REPLACE(LOWER(p_text), '[^\\p{L}\\p{N}]+', ' '));
    DECLARE w VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    DELETE FROM outbox_message_word WHERE message_id = p_id;
    WHILE rest <> '' DO
        SET w = SUBSTRING_INDEX(rest, ' ', 1);
        INSERT IGNORE INTO outbox_message_word (message_id, word) VALUES (p_id, LEFT(w, 100));
        SET rest = SUBSTRING(rest, CHAR_LENGTH(w) + 2);
    END WHILE;
END$$

CREATE TRIGGER tr_outbox_message_words_insert AFTER INSERT ON outbox_message FOR EACH ROW
BEGIN
    CALL outbox_message_words(NEW.id, CONCAT_WS(' ', NEW.recipient_email, NEW.subject));
END$$

CREATE TRIGGER tr_outbox_message_words_update AFTER UPDATE ON outbox_message FOR EACH ROW
BEGIN
    IF NOT (BINARY OLD.recipient_email <=> BINARY NEW.recipient_email
            AND BINARY OLD.subject <=> BINARY NEW.subject) THEN
        CALL outbox_message_words(NEW.id, CONCAT_WS(' ', NEW.recipient_email, NEW.subject));
    END IF;
END$$

DELIMITER ;

-- The rows already there, split the same way in one statement.
INSERT IGNORE INTO outbox_message_word (message_id, word)
WITH RECURSIVE split (id, word, rest) AS (
    SELECT id, CAST('' AS CHAR(1000) CHARACTER SET utf8mb4),
           TRIM(REGEXP_REPLACE(LOWER(CONCAT_WS(' ', recipient_email, subject)), '[^\\p{L}\\p{N}]+', ' '))
    FROM outbox_message
    UNION ALL
    SELECT id, SUBSTRING_INDEX(rest, ' ', 1), SUBSTRING(rest, CHAR_LENGTH(SUBSTRING_INDEX(rest, ' ', 1)) + 2)
    FROM split WHERE rest <> ''
)
SELECT id, LEFT(word, 100) FROM split WHERE word <> '';

-- Nothing searches through it any more; every write paid for it.
ALTER TABLE outbox_message DROP INDEX ft_outbox_message_search;

-- The word triggers of V175-V177 deadlocked when rows were inserted at once (2,179 deadlocks in one
-- registration benchmark, 5 of them failing a mail listener after its retries, so those mails waited for a
-- restart). Two causes, both in the procedures: (1) a word twice in one row (an e-mail address that repeats
-- the name, "words" in a subject and an address) made INSERT IGNORE meet its own duplicate, which takes a
-- next-key lock on it and the gap before it; (2) the DELETE of the row's old words ran on an insert too,
-- locking the gap at the end of the index where a new id's words go. Two transactions each holding such a
-- gap then waited to insert into the other's: a deadlock. Now a row's words are deduplicated before they are
-- inserted (IGNORE stays only as a safety net for words the collation alone makes equal), and the old words
-- are deleted only on an update (the insert triggers pass p_replace = FALSE).
DELIMITER $$

DROP TRIGGER tr_registration_words_insert$$
DROP TRIGGER tr_registration_words_update$$
DROP PROCEDURE registration_words$$
CREATE PROCEDURE registration_words(IN p_id BIGINT, IN p_seminar BIGINT, IN p_text VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
                        IN p_replace BOOLEAN)
    MODIFIES SQL DATA
BEGIN
    DECLARE rest VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci
        DEFAULT TRIM(REGEXP_REPLACE(LOWER(p_text), '[^\\p{L}\\p{N}]+', ' '));
    DECLARE seen VARCHAR(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT '';
    DECLARE w VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    IF p_replace THEN
        DELETE FROM registration_word WHERE registration_id = p_id;
    END IF;
    WHILE rest <> '' DO
        SET w = LEFT(SUBSTRING_INDEX(rest, ' ', 1), 100);
        IF FIND_IN_SET(w, seen) = 0 THEN
            INSERT IGNORE INTO registration_word (registration_id, word, seminar_id) VALUES (p_id, w, p_seminar);
            SET seen = LEFT(CONCAT(seen, ',', w), 2000);
        END IF;
        SET rest = SUBSTRING(rest, CHAR_LENGTH(SUBSTRING_INDEX(rest, ' ', 1)) + 2);
    END WHILE;
END$$

CREATE TRIGGER tr_registration_words_insert AFTER INSERT ON registration FOR EACH ROW
BEGIN
    CALL registration_words(NEW.id, NEW.seminar_id, CONCAT_WS(' ', NEW.full_name, NEW.email, NEW.organisation), FALSE);
END$$

CREATE TRIGGER tr_registration_words_update AFTER UPDATE ON registration FOR EACH ROW
BEGIN
    IF NOT (BINARY OLD.full_name <=> BINARY NEW.full_name
            AND BINARY OLD.email <=> BINARY NEW.email
            AND BINARY OLD.organisation <=> BINARY NEW.organisation) THEN
        CALL registration_words(NEW.id, NEW.seminar_id, CONCAT_WS(' ', NEW.full_name, NEW.email, NEW.organisation), TRUE);
    END IF;
END$$

DROP TRIGGER tr_app_user_words_insert$$
DROP TRIGGER tr_app_user_words_update$$
DROP PROCEDURE app_user_words$$
CREATE PROCEDURE app_user_words(IN p_id BIGINT, IN p_text VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
                        IN p_replace BOOLEAN)
    MODIFIES SQL DATA
BEGIN
    DECLARE rest VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci
        DEFAULT TRIM(REGEXP_REPLACE(LOWER(p_text), '[^\\p{L}\\p{N}]+', ' '));
    DECLARE seen VARCHAR(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT '';
    DECLARE w VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    IF p_replace THEN
        DELETE FROM app_user_word WHERE user_id = p_id;
    END IF;
    WHILE rest <> '' DO
        SET w = LEFT(SUBSTRING_INDEX(rest, ' ', 1), 100);
        IF FIND_IN_SET(w, seen) = 0 THEN
            INSERT IGNORE INTO app_user_word (user_id, word) VALUES (p_id, w);
            SET seen = LEFT(CONCAT(seen, ',', w), 2000);
        END IF;
        SET rest = SUBSTRING(rest, CHAR_LENGTH(SUBSTRING_INDEX(rest, ' ', 1)) + 2);
    END WHILE;
END$$

CREATE TRIGGER tr_app_user_words_insert AFTER INSERT ON app_user FOR EACH ROW
BEGIN
    CALL app_user_words(NEW.id, CONCAT_WS(' ', NEW.display_name, NEW.email), FALSE);
END$$

CREATE TRIGGER tr_app_user_words_update AFTER UPDATE ON app_user FOR EACH ROW
BEGIN
    IF NOT (BINARY OLD.display_name <=> BINARY NEW.display_name
            AND BINARY OLD.email <=> BINARY NEW.email) THEN
        CALL app_user_words(NEW.id, CONCAT_WS(' ', NEW.display_name, NEW.email), TRUE);
    END IF;
END$$

DROP TRIGGER tr_outbox_message_words_insert$$
DROP TRIGGER tr_outbox_message_words_update$$
DROP PROCEDURE outbox_message_words$$
CREATE PROCEDURE outbox_message_words(IN p_id BIGINT, IN p_text VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
                        IN p_replace BOOLEAN)
    MODIFIES SQL DATA
BEGIN
    DECLARE rest VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci
        DEFAULT TRIM(REGEXP_REPLACE(LOWER(p_text), '[^\\p{L}\\p{N}]+', ' '));
    DECLARE seen VARCHAR(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT '';
    DECLARE w VARCHAR(1000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    IF p_replace THEN
        DELETE FROM outbox_message_word WHERE message_id = p_id;
    END IF;
    WHILE rest <> '' DO
        SET w = LEFT(SUBSTRING_INDEX(rest, ' ', 1), 100);
        IF FIND_IN_SET(w, seen) = 0 THEN
            INSERT IGNORE INTO outbox_message_word (message_id, word) VALUES (p_id, w);
            SET seen = LEFT(CONCAT(seen, ',', w), 2000);
        END IF;
        SET rest = SUBSTRING(rest, CHAR_LENGTH(SUBSTRING_INDEX(rest, ' ', 1)) + 2);
    END WHILE;
END$$

CREATE TRIGGER tr_outbox_message_words_insert AFTER INSERT ON outbox_message FOR EACH ROW
BEGIN
    CALL outbox_message_words(NEW.id, CONCAT_WS(' ', NEW.recipient_email, NEW.subject), FALSE);
END$$

CREATE TRIGGER tr_outbox_message_words_update AFTER UPDATE ON outbox_message FOR EACH ROW
BEGIN
    IF NOT (BINARY OLD.recipient_email <=> BINARY NEW.recipient_email
            AND BINARY OLD.subject <=> BINARY NEW.subject) THEN
        CALL outbox_message_words(NEW.id, CONCAT_WS(' ', NEW.recipient_email, NEW.subject), TRUE);
    END IF;
END$$

DELIMITER ;

-- Argon2id hashes with their parameters and the {argon2} prefix are about 110 characters; leave room
-- for stronger parameters later (issue 10, item 2).
ALTER TABLE app_user MODIFY password_hash VARCHAR(255) NOT NULL;

-- Raised when what a session may do changes (roles withdrawn or granted): sessions signed in with an
-- older value are ended at their next request (issue 10, item 1). A deleted row ends them too.
ALTER TABLE app_user ADD COLUMN security_version BIGINT NOT NULL DEFAULT 0;

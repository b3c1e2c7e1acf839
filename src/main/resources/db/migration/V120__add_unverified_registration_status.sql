-- Issue 10, item 5: a registration made by someone whose e-mail address is not confirmed yet waits as
-- UNVERIFIED (no seat, no place in line) until the address is confirmed; then the seat rules decide.
ALTER TABLE registration DROP CONSTRAINT ck_registration_status;
ALTER TABLE registration ADD CONSTRAINT ck_registration_status
    CHECK (status IN ('UNVERIFIED', 'PENDING', 'CONFIRMED', 'WAITLISTED', 'CANCELLED', 'REJECTED'));

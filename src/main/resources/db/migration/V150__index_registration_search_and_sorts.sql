-- Issue 12: the participant grid at 100,000 registrations. Text search by word beginnings through a
-- FULLTEXT index (was a leading-wildcard LIKE reading every row: 409 ms), and one index per sortable
-- column so that the first page of every sort reads 50 index entries, not the seminar's rows.
ALTER TABLE registration
    ADD FULLTEXT INDEX ft_registration_search (full_name, email, organisation),
    ADD INDEX ix_registration_seminar_email (seminar_id, email),
    ADD INDEX ix_registration_seminar_organisation (seminar_id, organisation),
    ADD INDEX ix_registration_seminar_country (seminar_id, country),
    ADD INDEX ix_registration_seminar_sector (seminar_id, sector),
    ADD INDEX ix_registration_seminar_status_position (seminar_id, status, waitlist_position),
    DROP INDEX ix_registration_seminar_status;

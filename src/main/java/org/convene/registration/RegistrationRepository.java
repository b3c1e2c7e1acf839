package org.convene.registration;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    /**
     * Takes the seminar row's write lock for the rest of the transaction: every decision about seats
     * and the waiting list of one seminar happens one at a time, and a capacity change by the
     * seminar module waits for it too. Returns the capacity and status read under the lock (fresher
     * than a seminar entity loaded earlier in the transaction); empty when the seminar does not exist.
     */
    @Query(value = "SELECT capacity AS capacity, status AS status FROM seminar WHERE id = :id FOR UPDATE", nativeQuery = true)
    List<LockedSeminar> lockSeminar(@Param("id") long seminarId);

    /** A seminar as its lock found it. */
    interface LockedSeminar {
        int getCapacity();

        String getStatus();
    }

    /**
     * The seat decision's two figures in one round trip, both from indexes: seats taken, and the last
     * place on the waiting list (0 when nobody waits).
     */
    @Query(value = """
            SELECT (SELECT COUNT(*) FROM registration WHERE seminar_id = :s AND status = 'CONFIRMED') AS confirmed,
                   (SELECT COALESCE(MAX(waitlist_position), 0) FROM registration WHERE seminar_id = :s) AS lastInLine""",
            nativeQuery = true)
    SeatCount seatCount(@Param("s") long seminarId);

    interface SeatCount {
        long getConfirmed();

        int getLastInLine();
    }

    /** A person's registration status for a seminar, without loading the registration. */
    @Query("select r.status from Registration r where r.seminarId = :s and r.userId = :u")
    Optional<RegistrationStatus> statusOf(@Param("s") long seminarId, @Param("u") long userId);

    Optional<Registration> findBySeminarIdAndUserId(long seminarId, Long userId);

    long countBySeminarIdAndStatus(long seminarId, RegistrationStatus status);

    /** How many registrations of each of these seminars are in each of these statuses (absent: none). */
    @Query("""
            select new org.convene.registration.RegistrationRepository$StatusCount(r.seminarId, r.status, count(r))
            from Registration r where r.seminarId in :seminarIds and r.status in :statuses
            group by r.seminarId, r.status""")
    List<StatusCount> countBySeminarIdInAndStatusIn(@Param("seminarIds") Collection<Long> seminarIds,
                                                   @Param("statuses") Collection<RegistrationStatus> statuses);

    record StatusCount(long seminarId, RegistrationStatus status, long count) {
    }

    @Query("select coalesce(max(r.waitlistPosition), 0) from Registration r where r.seminarId = :s")
    int lastWaitlistPosition(@Param("s") long seminarId);

    Optional<Registration> findFirstBySeminarIdAndStatusOrderByWaitlistPositionAsc(long seminarId, RegistrationStatus status);

    /** Closes the gap a person left at {@code position}; ascending order keeps the unique key happy row by row. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            UPDATE registration SET waitlist_position = waitlist_position - 1, version = version + 1
            WHERE seminar_id = :s AND waitlist_position > :p ORDER BY waitlist_position""", nativeQuery = true)
    int closeWaitlistGap(@Param("s") long seminarId, @Param("p") int position);

    String SEARCH = """
            select r from Registration r
            where r.seminarId = :s
              and (:status is null or r.status = :status)
              and (:country is null or r.country = :country)
              and (:sector is null or r.sector = :sector)
            """;

    /** Without text; a text search goes through {@link ParticipantSearch}. */
    @Query(SEARCH)
    Page<Registration> search(@Param("s") long seminarId, @Param("status") RegistrationStatus status,
                              @Param("country") String country, @Param("sector") Sector sector,
                              Pageable pageable);

    /** The same rows without the count (the grid scrolls on while rows come). */
    @Query(SEARCH)
    Slice<Registration> searchSlice(@Param("s") long seminarId, @Param("status") RegistrationStatus status,
                                    @Param("country") String country, @Param("sector") Sector sector,
                                    Pageable pageable);

    Page<Registration> findByUserId(Long userId, Pageable pageable);

    List<Registration> findByUserIdOrderByCreatedAtAsc(Long userId);

    Slice<Registration> findBySeminarIdOrderByFullNameAscIdAsc(long seminarId, Pageable pageable);

    @Query("select r.userId from Registration r where r.seminarId = :s and r.status = :status and r.userId is not null")
    List<Long> userIds(@Param("s") long seminarId, @Param("status") RegistrationStatus status);

    @Query("""
            select distinct r.userId from Registration r
            where r.seminarId = :s and r.status in :statuses and r.userId is not null""")
    List<Long> userIds(@Param("s") long seminarId, @Param("statuses") Collection<RegistrationStatus> statuses);

    @Query("select r.seminarId from Registration r where r.userId = :u and r.status = :status")
    List<Long> seminarIds(@Param("u") long userId, @Param("status") RegistrationStatus status);

    @Query("""
            select r from Registration r
            where r.seminarId = :s and r.status = org.convene.registration.RegistrationStatus.CONFIRMED
              and r.listedConsent = true
            order by r.fullName""")
    List<Registration> listed(@Param("s") long seminarId);

    // ---- statistics: [category, status, attended count, count]

    @Query("""
            select r.status, count(r), count(r.attendedAt) from Registration r
            where r.seminarId in :ids group by r.status""")
    List<Object[]> countByStatus(@Param("ids") Collection<Long> seminarIds);

    @Query("""
            select r.gender, count(r), count(r.attendedAt) from Registration r
            where r.seminarId in :ids and r.status = org.convene.registration.RegistrationStatus.CONFIRMED
            group by r.gender""")
    List<Object[]> confirmedByGender(@Param("ids") Collection<Long> seminarIds);

    @Query("""
            select r.country, count(r), count(r.attendedAt) from Registration r
            where r.seminarId in :ids and r.status = org.convene.registration.RegistrationStatus.CONFIRMED
            group by r.country""")
    List<Object[]> confirmedByCountry(@Param("ids") Collection<Long> seminarIds);

    @Query("""
            select r.sector, count(r), count(r.attendedAt) from Registration r
            where r.seminarId in :ids and r.status = org.convene.registration.RegistrationStatus.CONFIRMED
            group by r.sector""")
    List<Object[]> confirmedBySector(@Param("ids") Collection<Long> seminarIds);

    // ---- retention

    @Query("select distinct r.seminarId from Registration r where r.anonymisedAt is null")
    List<Long> seminarsWithPersonalData();

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Registration r set r.userId = null, r.fullName = '', r.email = '', r.organisation = '',
                   r.accessibilityNeeds = '', r.dietaryNeeds = '', r.interpretationLanguage = '',
                   r.listedConsent = false, r.rejectionReason = null, r.anonymisedAt = :now, r.updatedAt = :now
            where r.seminarId = :s and r.anonymisedAt is null""")
    int anonymise(@Param("s") long seminarId, @Param("now") Instant now);

    /** Addresses of the seminar's active registrations (unverified, pending, confirmed, waiting list), lower case. */
    @Query("""
            select lower(r.email) from Registration r where r.seminarId = :s
              and r.status in (org.convene.registration.RegistrationStatus.UNVERIFIED,
                               org.convene.registration.RegistrationStatus.PENDING,
                               org.convene.registration.RegistrationStatus.CONFIRMED,
                               org.convene.registration.RegistrationStatus.WAITLISTED)""")
    List<String> activeEmails(@Param("s") long seminarId);
}

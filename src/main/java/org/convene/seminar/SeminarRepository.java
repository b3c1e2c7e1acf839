package org.convene.seminar;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SeminarRepository extends JpaRepository<Seminar, Long> {

    /**
     * The seminar with the themes and languages its public page shows, in one query. Fetch joins rather than an
     * {@code @EntityGraph}: Hibernate keeps their plan, and translated a graph's query again on every page view.
     */
    @Query("select s from Seminar s left join fetch s.themes left join fetch s.languages where s.publicId = :publicId")
    Optional<Seminar> findByPublicId(@Param("publicId") String publicId);

    /** The seminar with its themes, languages and organisers in one query: what its editor and duplicate read. */
    @Query("""
            select s from Seminar s left join fetch s.themes left join fetch s.languages left join fetch s.organiserIds
            where s.id = :id""")
    Optional<Seminar> findWithSetsById(@Param("id") long id);

    @Query("select o from Seminar s join s.organiserIds o where s.id = :id")
    java.util.List<Long> organiserIds(@Param("id") long id);

    @Query("select l from Seminar s join s.languages l where s.id = :id")
    java.util.List<String> languages(@Param("id") long id);

    /** Locks the seminar's row: registration takes the same lock before giving a seat. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Seminar s where s.id = :id")
    Optional<Seminar> findByIdForUpdate(@Param("id") long id);

    @Query("""
            select s from Seminar s
            where (:text is null or lower(s.title) like :text or lower(s.summary) like :text or lower(s.venueCity) like :text)
              and (:status is null or s.status = :status)
              and (:publicOnly = false or (s.status = org.convene.seminar.SeminarStatus.PUBLISHED
                                           and s.visibility = org.convene.seminar.Visibility.PUBLIC))
              and (:theme is null or :theme member of s.themes)
              and (:format is null or s.format = :format)
              and (:country is null or s.venueCountry = :country)
              and (:language is null or :language member of s.languages)
              and (:fromUtc is null or s.endsUtc >= :fromUtc)
              and (:toUtc is null or s.startsUtc < :toUtc)
              and (:endedAfter is null or s.endsUtc >= :endedAfter)
            """)
    Page<Seminar> search(@Param("text") String text, @Param("status") SeminarStatus status,
                         @Param("publicOnly") boolean publicOnly, @Param("theme") Theme theme,
                         @Param("format") SeminarFormat format, @Param("country") String country,
                         @Param("language") String language, @Param("fromUtc") Instant fromUtc,
                         @Param("toUtc") Instant toUtc, @Param("endedAfter") Instant endedAfter, Pageable pageable);

    /**
     * The public catalogue: published, listed seminars; those not yet ended first by start, then
     * (when {@code includePast}) the ended ones, latest first.
     */
    @Query(value = """
            select s from Seminar s
            where s.status = org.convene.seminar.SeminarStatus.PUBLISHED
              and s.visibility = org.convene.seminar.Visibility.PUBLIC
              and (:text is null or lower(s.title) like :text or lower(s.summary) like :text or lower(s.venueCity) like :text)
              and (:theme is null or :theme member of s.themes)
              and (:format is null or s.format = :format)
              and (:country is null or s.venueCountry = :country)
              and (:language is null or :language member of s.languages)
              and (:fromUtc is null or s.endsUtc >= :fromUtc)
              and (:toUtc is null or s.startsUtc < :toUtc)
              and (:includePast = true or s.endsUtc >= :now)
            order by case when s.endsUtc >= :now then 0 else 1 end,
                     case when s.endsUtc >= :now then s.startsUtc else null end asc,
                     s.startsUtc desc, s.id asc
            """, countQuery = """
            select count(s) from Seminar s
            where s.status = org.convene.seminar.SeminarStatus.PUBLISHED
              and s.visibility = org.convene.seminar.Visibility.PUBLIC
              and (:text is null or lower(s.title) like :text or lower(s.summary) like :text or lower(s.venueCity) like :text)
              and (:theme is null or :theme member of s.themes)
              and (:format is null or s.format = :format)
              and (:country is null or s.venueCountry = :country)
              and (:language is null or :language member of s.languages)
              and (:fromUtc is null or s.endsUtc >= :fromUtc)
              and (:toUtc is null or s.startsUtc < :toUtc)
              and (:includePast = true or s.endsUtc >= :now)
            """)
    Page<Seminar> catalogue(@Param("text") String text, @Param("theme") Theme theme,
                            @Param("format") SeminarFormat format, @Param("country") String country,
                            @Param("language") String language, @Param("fromUtc") Instant fromUtc,
                            @Param("toUtc") Instant toUtc, @Param("includePast") boolean includePast,
                            @Param("now") Instant now, Pageable pageable);
}

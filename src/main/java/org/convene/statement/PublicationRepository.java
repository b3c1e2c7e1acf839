package org.convene.statement;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PublicationRepository extends JpaRepository<Publication, Long> {
    @Query("select max(p.number) from Publication p where p.statementId = :s")
    Integer maxNumber(@Param("s") long statementId);

    @Query("select p from Publication p where p.statementId = :s order by p.number desc")
    List<Publication> findByStatement(@Param("s") long statementId);

    @Query("select p from Publication p where p.publicId = :id and p.number = :n")
    Optional<Publication> findByPublicId(@Param("id") String publicId, @Param("n") int number);

    @Query("select max(p.number) from Publication p where p.publicId = :id")
    Integer latestNumber(@Param("id") String publicId);

    /** The latest public publication of each statement, for the list's filter choices. */
    @Query("""
            select p from Publication p where p.visibility = 'PUBLIC'
              and p.number = (select max(q.number) from Publication q where q.statementId = p.statementId)
              and not exists (select r from StatementReview r where r.statementId = p.statementId and r.withdrawnReason is not null)""")
    List<Publication> publicFacets();

    /** The latest publication of each statement that matches, public ones only (the public list). */
    @Query("""
            select p from Publication p where p.visibility = 'PUBLIC'
              and p.number = (select max(q.number) from Publication q where q.statementId = p.statementId)
              and not exists (select r from StatementReview r where r.statementId = p.statementId and r.withdrawnReason is not null)
              and (:groupId is null or p.groupId = :groupId)
              and (:seminarId is null or p.seminarId = :seminarId)
              and (:language = '' or p.language = :language)
              and (:from is null or p.publishedAt >= :from) and (:to is null or p.publishedAt < :to)
            order by p.publishedAt desc, p.id desc""")
    Page<Publication> searchPublic(@Param("groupId") Long groupId,
                                   @Param("seminarId") Long seminarId, @Param("language") String language,
                                   @Param("from") Instant from, @Param("to") Instant to, Pageable pageable);
}

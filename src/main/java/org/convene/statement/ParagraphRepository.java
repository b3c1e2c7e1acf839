package org.convene.statement;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ParagraphRepository extends JpaRepository<StatementParagraph, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from StatementParagraph p where p.id = :id")
    Optional<StatementParagraph> lockById(@Param("id") long id);

    @Query("select p from StatementParagraph p where p.statementId = :statementId and p.deleted = false order by p.position")
    List<StatementParagraph> findLive(@Param("statementId") long statementId);

    @Query("select p from StatementParagraph p where p.sectionId = :sectionId and p.deleted = false order by p.position")
    List<StatementParagraph> findLiveInSection(@Param("sectionId") long sectionId);

    List<StatementParagraph> findByStatementId(long statementId);

    /** Only the statement id (loads no entity, so a later locked read is not served from the session's cache). */
    @Query("select p.statementId from StatementParagraph p where p.id = :id")
    Optional<Long> statementIdOf(@Param("id") long id);

    /** Takes a paragraph out of the order for good: no position, deleted, a new version. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update statement_paragraph set position = null, deleted = true, version = version + 1, "
            + "updated_by = :by, updated_at = :at where id = :id and deleted = false", nativeQuery = true)
    int retire(@Param("id") long id, @Param("by") long by, @Param("at") java.time.Instant at);

    /** Step one of renumbering a section: every live paragraph above every position in use, highest first. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update statement_paragraph set position = position + 1000000 where section_id = :sectionId "
            + "and position is not null order by position desc", nativeQuery = true)
    int liftPositions(@Param("sectionId") long sectionId);

    /** Step two: a paragraph to its final section and place (free, since all are lifted). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update statement_paragraph set section_id = :sectionId, position = :position where id = :id", nativeQuery = true)
    int place(@Param("id") long id, @Param("sectionId") long sectionId, @Param("position") Integer position);
}

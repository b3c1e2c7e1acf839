package org.convene.statement;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RevisionRepository extends JpaRepository<ParagraphRevision, Long> {

    List<ParagraphRevision> findByParagraphIdOrderByVersionAsc(long paragraphId);

    Page<ParagraphRevision> findByStatementIdOrderByIdDesc(long statementId, Pageable pageable);

    long countByParagraphId(long paragraphId);

    /** Each paragraph's last revision at or before a revision id: the statement's text as it was then. */
    @Query("select r from ParagraphRevision r where r.statementId = :statementId and r.id = (select max(r2.id) "
            + "from ParagraphRevision r2 where r2.paragraphId = r.paragraphId and r2.id <= :upTo)")
    List<ParagraphRevision> stateAt(@Param("statementId") long statementId, @Param("upTo") long upTo);
}

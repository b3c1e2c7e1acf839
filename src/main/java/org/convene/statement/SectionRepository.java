package org.convene.statement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SectionRepository extends JpaRepository<StatementSection, Long> {

    List<StatementSection> findByStatementIdAndDeletedFalseOrderByPositionAsc(long statementId);

    @Query("select s.statementId from StatementSection s where s.id = :id")
    java.util.Optional<Long> statementIdOf(@Param("id") long id);

    /** Step one of renumbering: every live section above every position in use, highest first (no collision). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update statement_section set position = position + 1000000 where statement_id = :statementId "
            + "and position is not null order by position desc", nativeQuery = true)
    int liftPositions(@Param("statementId") long statementId);

    /** Step two: each section to its final place (free, since all are lifted). A null position with deleted = true removes it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update statement_section set position = :position, deleted = :deleted where id = :id", nativeQuery = true)
    int place(@Param("id") long id, @Param("position") Integer position, @Param("deleted") boolean deleted);
}

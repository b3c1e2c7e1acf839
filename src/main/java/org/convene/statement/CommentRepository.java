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

interface CommentRepository extends JpaRepository<Comment, Long> {
    @Query("select c from Comment c where c.statementId = :s and c.paragraphId = :p order by c.createdAt, c.id")
    List<Comment> findByParagraph(@Param("s") long statementId, @Param("p") long paragraphId);

    @Query("select c from Comment c where c.statementId = :s order by c.createdAt, c.id")
    List<Comment> findByStatement(@Param("s") long statementId);

    @Query("select c.paragraphId, count(c) from Comment c where c.statementId = :s and c.parentId is null "
            + "and c.resolvedAt is null group by c.paragraphId")
    List<Object[]> unresolvedByParagraph(@Param("s") long statementId);
}

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

interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {
    @Query("select c from StatusChange c where c.statementId = :s order by c.at desc, c.id desc")
    List<StatusChange> findByStatement(@Param("s") long statementId);
}

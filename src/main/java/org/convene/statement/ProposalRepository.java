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

interface ProposalRepository extends JpaRepository<Proposal, Long> {
    @Query("select p from Proposal p where p.statementId = :s order by case when p.status = 'OPEN' then 0 else 1 end, p.createdAt desc")
    List<Proposal> findByStatement(@Param("s") long statementId);

    @Query("select p from Proposal p where p.statementId = :s and p.paragraphId = :par and p.status = 'OPEN'")
    List<Proposal> findOpen(@Param("s") long statementId, @Param("par") long paragraphId);
}

package org.convene.statement;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StatementReviewRepository extends JpaRepository<StatementReview, Long> {

    /** The review row locked for the transaction: status changes and signatures queue behind each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from StatementReview r where r.statementId = :id")
    Optional<StatementReview> lock(@Param("id") long statementId);
}

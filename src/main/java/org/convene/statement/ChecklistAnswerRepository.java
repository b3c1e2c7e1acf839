package org.convene.statement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ChecklistAnswerRepository extends JpaRepository<ChecklistAnswer, ChecklistAnswer.Key>, ChecklistAnswerLookup {

    @Query("select a from ChecklistAnswer a where a.key.statementId = :statementId")
    List<ChecklistAnswer> findByStatement(@Param("statementId") long statementId);

    @Query("select count(a) > 0 from ChecklistAnswer a where a.key.itemId in :itemIds")
    boolean existsForItems(@Param("itemIds") Collection<Long> itemIds);

    @Override
    default boolean anyAnswered(Collection<Long> itemIds) {
        return !itemIds.isEmpty() && existsForItems(itemIds);
    }
}

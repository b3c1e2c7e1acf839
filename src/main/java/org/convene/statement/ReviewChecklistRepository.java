package org.convene.statement;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReviewChecklistRepository extends JpaRepository<ReviewChecklist, Long> {

    boolean existsByTitleIgnoreCase(String title);

    boolean existsByTitleIgnoreCaseAndIdNot(String title, Long id);

    @Query("select c from ReviewChecklist c where :text = '' or lower(c.title) like concat('%', :text, '%')")
    Page<ReviewChecklist> search(@Param("text") String text, Pageable pageable);
}

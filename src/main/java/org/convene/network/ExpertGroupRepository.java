package org.convene.network;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExpertGroupRepository extends JpaRepository<ExpertGroup, Long> {

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    @Query("select g from ExpertGroup g where :text = '' or lower(g.name) like concat('%', :text, '%')")
    Page<ExpertGroup> search(@Param("text") String text, Pageable pageable);

    @Query("select g from ExpertGroup g join g.members m where m.userId = :userId")
    Page<ExpertGroup> findByMember(@Param("userId") long userId, Pageable pageable);

    @Query("select distinct g from ExpertGroup g left join g.members m where m.userId = :userId or g.coordinatorId = :userId order by g.name")
    java.util.List<ExpertGroup> findInvolving(@Param("userId") long userId);
}

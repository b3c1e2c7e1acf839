package org.convene.network;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExpertGroupRepository extends JpaRepository<ExpertGroup, Long> {

    /**
     * A group with its members, in one query: access checks and the group's page read them. A fetch join,
     * whose plan Hibernate keeps (an {@code @EntityGraph}'s query is translated again at every call).
     */
    @Query("select g from ExpertGroup g left join fetch g.members where g.id = :id")
    @Override
    Optional<ExpertGroup> findById(@Param("id") Long id);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    @Query("select g from ExpertGroup g where :text = '' or lower(g.name) like concat('%', :text, '%')")
    Page<ExpertGroup> search(@Param("text") String text, Pageable pageable);

    @Query("select g from ExpertGroup g join g.members m where m.userId = :userId")
    Page<ExpertGroup> findByMember(@Param("userId") long userId, Pageable pageable);

    @Query("select distinct g from ExpertGroup g left join g.members m where m.userId = :userId or g.coordinatorId = :userId order by g.name")
    java.util.List<ExpertGroup> findInvolving(@Param("userId") long userId);

    /** Members per group (group id, count) for a page of groups in one query; groups without members are absent. */
    @Query("select g.id, count(m) from ExpertGroup g join g.members m where g.id in :ids group by g.id")
    List<Object[]> memberCounts(@Param("ids") Collection<Long> ids);
}

package org.convene.agenda;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findBySeminarIdAndRemovedFalseOrderByStartsAtAscIdAsc(long seminarId);

    List<AgendaItem> findBySeminarId(long seminarId);

    boolean existsByRoomIdAndRemovedFalse(long roomId);

    @Query("select count(i) > 0 from AgendaItem i join i.people p where p.personId = :personId")
    boolean usesPerson(@Param("personId") long personId);
}

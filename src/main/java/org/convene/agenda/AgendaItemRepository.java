package org.convene.agenda;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    // The lists fetch each item's people with it (one query, whatever the number of items): the draft
    // (as DraftItem records), conflict checks and publishing read them. Fetch joins, whose plans Hibernate
    // keeps (an @EntityGraph's query is translated again at every call).
    @Query("select i from AgendaItem i left join fetch i.people where i.seminarId = :seminarId and i.removed = false order by i.startsAt, i.id")
    List<AgendaItem> findBySeminarIdAndRemovedFalseOrderByStartsAtAscIdAsc(@Param("seminarId") long seminarId);

    @Query("select i from AgendaItem i left join fetch i.people where i.seminarId = :seminarId")
    List<AgendaItem> findBySeminarId(@Param("seminarId") long seminarId);

    /** Items that overlap [start, end): the only ones a new or edited item can clash with. */
    @Query("""
            select i from AgendaItem i left join fetch i.people
            where i.seminarId = :seminarId and i.removed = false and i.startsAt < :end and i.endsAt > :start
            order by i.startsAt, i.id
            """)
    List<AgendaItem> findOverlapping(@Param("seminarId") long seminarId, @Param("start") java.time.LocalDateTime start,
                                     @Param("end") java.time.LocalDateTime end);

    boolean existsByRoomIdAndRemovedFalse(long roomId);

    @Query("select count(i) > 0 from AgendaItem i join i.people p where p.personId = :personId")
    boolean usesPerson(@Param("personId") long personId);
}

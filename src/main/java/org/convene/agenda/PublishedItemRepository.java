package org.convene.agenda;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PublishedItemRepository extends JpaRepository<PublishedItem, Long> {

    /**
     * The published items with their people, in one query (the agenda page, its PDF and .ics, publishing).
     * A fetch join, whose plan Hibernate keeps (an {@code @EntityGraph}'s query is translated at every call).
     */
    @Query("""
            select i from PublishedItem i left join fetch i.people
            where i.seminarId = :seminarId order by i.startsAt, i.roomName, i.id""")
    List<PublishedItem> findBySeminarIdOrderByStartsAtAscRoomNameAscIdAsc(@Param("seminarId") long seminarId);

    Optional<PublishedItem> findByItemId(long itemId);
}

package org.convene.agenda;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublishedItemRepository extends JpaRepository<PublishedItem, Long> {

    /** The published items with their people, in one query (the agenda page, its PDF and .ics, publishing). */
    @EntityGraph(attributePaths = "people")
    List<PublishedItem> findBySeminarIdOrderByStartsAtAscRoomNameAscIdAsc(long seminarId);

    Optional<PublishedItem> findByItemId(long itemId);
}

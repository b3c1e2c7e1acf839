package org.convene.agenda;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublishedItemRepository extends JpaRepository<PublishedItem, Long> {

    List<PublishedItem> findBySeminarIdOrderByStartsAtAscRoomNameAscIdAsc(long seminarId);

    Optional<PublishedItem> findByItemId(long itemId);
}

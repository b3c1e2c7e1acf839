package org.convene.agenda;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoomRepository extends JpaRepository<Room, Long> {

    List<Room> findBySeminarIdOrderByPositionAscIdAsc(long seminarId);

    long countBySeminarId(long seminarId);
}

package org.convene.agenda;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgendaRepository extends JpaRepository<Agenda, Long> {

    Optional<Agenda> findBySeminarId(long seminarId);

    boolean existsBySeminarId(long seminarId);

    /** The agenda row locked until the transaction ends: edits of one agenda run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Agenda a where a.seminarId = :seminarId")
    Optional<Agenda> lock(@Param("seminarId") long seminarId);

    @Modifying
    @Query(value = "INSERT IGNORE INTO agenda (seminar_id, version, created_at, updated_at) VALUES (:seminarId, 0, :now, :now)",
            nativeQuery = true)
    void createIfAbsent(@Param("seminarId") long seminarId, @Param("now") Instant now);
}

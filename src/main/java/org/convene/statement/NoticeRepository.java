package org.convene.statement;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NoticeRepository extends JpaRepository<Notice, Long> {
    @Query("select n from Notice n where n.userId = :u order by n.createdAt desc, n.id desc")
    Page<Notice> findByUser(@Param("u") long userId, Pageable pageable);

    @Query("select count(n) from Notice n where n.userId = :u and n.readAt is null")
    long countUnread(@Param("u") long userId);

    @Modifying
    @Query("update Notice n set n.readAt = :at where n.userId = :u and n.readAt is null")
    int markAllRead(@Param("u") long userId, @Param("at") Instant at);
}

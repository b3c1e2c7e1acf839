package org.convene.agenda;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StarRepository extends JpaRepository<Star, Long> {

    @Query("select s.itemId from Star s, PublishedItem p where s.itemId = p.itemId and s.userId = :userId and p.seminarId = :seminarId")
    List<Long> starredItemIds(@Param("userId") long userId, @Param("seminarId") long seminarId);

    /** [seminar id, item id] of every published item this person starred, in any seminar; newest stars first. */
    @Query("""
            select p.seminarId, p.itemId from Star s, PublishedItem p
            where s.itemId = p.itemId and s.userId = :userId order by s.createdAt desc, s.id desc""")
    List<Object[]> starredPublishedItems(@Param("userId") long userId, org.springframework.data.domain.Pageable page);

    @Modifying
    @Query(value = "INSERT IGNORE INTO agenda_star (user_id, item_id, created_at) VALUES (:userId, :itemId, :now)",
            nativeQuery = true)
    void add(@Param("userId") long userId, @Param("itemId") long itemId, @Param("now") Instant now);

    @Modifying
    @Query("delete from Star s where s.userId = :userId and s.itemId = :itemId")
    void remove(@Param("userId") long userId, @Param("itemId") long itemId);
}

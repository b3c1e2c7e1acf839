package org.convene.statement;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StatementRepository extends JpaRepository<Statement, Long> {

    /**
     * One statement with its team in the same query: the team is LAZY (pages of statements load it in one
     * batch inside their transaction), and a statement fetched by id or link carries it, as callers such
     * as {@link DraftsAdapter#header} read it without a transaction of their own. Fetch joins, not
     * {@code @EntityGraph}s: Hibernate keeps the plan of the former and translates a graph's query again at
     * every call.
     */
    @Query("select s from Statement s left join fetch s.team where s.id = :id")
    @Override
    Optional<Statement> findById(@Param("id") Long id);

    @Query("select s from Statement s left join fetch s.team where s.publicId = :publicId")
    Optional<Statement> findByPublicId(@Param("publicId") String publicId);

    /** The statement row's write lock: structure changes of its body run one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Statement s where s.id = :id")
    Optional<Statement> lockForStructure(@Param("id") long id);

    /** The status, read under a shared lock: a save waits for a status change in progress, and the other way round. */
    @Query(value = "select status from statement where id = :id lock in share mode", nativeQuery = true)
    Optional<String> statusForSave(@Param("id") long id);

    @Query("select m.role from Statement s join s.team m where s.id = :statementId and m.userId = :userId")
    Optional<TeamRole> roleOf(@Param("statementId") long statementId, @Param("userId") long userId);

    @Query(value = "select distinct s from Statement s join s.team m where m.userId = :userId and lower(s.title) like concat('%', :text, '%')",
            countQuery = "select count(distinct s) from Statement s join s.team m where m.userId = :userId and lower(s.title) like concat('%', :text, '%')")
    Page<Statement> findByMember(@Param("userId") long userId, @Param("text") String text, Pageable pageable);

    @Query("select s from Statement s where lower(s.title) like concat('%', :text, '%')")
    Page<Statement> search(@Param("text") String text, Pageable pageable);
}

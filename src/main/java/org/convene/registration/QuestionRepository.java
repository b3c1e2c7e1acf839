package org.convene.registration;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuestionRepository extends JpaRepository<RegistrationQuestion, Long> {

    /**
     * A seminar's questions with their options, in one query (the registration form, answers, exports).
     * A fetch join rather than an {@code @EntityGraph}: Hibernate does not cache the plan of a query with an
     * applied graph and translated it again on every registration (12% of the registering threads' CPU).
     */
    @Query("select q from RegistrationQuestion q left join fetch q.options where q.seminarId = :s order by q.position")
    List<RegistrationQuestion> findBySeminarIdOrderByPositionAsc(@Param("s") long seminarId);

    /** The questions of several seminars, with their options, in one query (a person's registrations across seminars). */
    @EntityGraph(attributePaths = "options")
    List<RegistrationQuestion> findBySeminarIdIn(Collection<Long> seminarIds);

    @Query("select coalesce(max(q.position), 0) from RegistrationQuestion q where q.seminarId = :s")
    int lastPosition(@Param("s") long seminarId);

    /** Closes the gap a removed question left; ascending order keeps the unique key happy row by row. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            UPDATE registration_question SET position = position - 1, version = version + 1
            WHERE seminar_id = :s AND position > :p ORDER BY position""", nativeQuery = true)
    int closeGap(@Param("s") long seminarId, @Param("p") int position);
}

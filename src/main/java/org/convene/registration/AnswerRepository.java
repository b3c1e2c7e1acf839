package org.convene.registration;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AnswerRepository extends JpaRepository<RegistrationAnswer, Long> {

    List<RegistrationAnswer> findByRegistrationId(long registrationId);

    List<RegistrationAnswer> findByRegistrationIdIn(Collection<Long> registrationIds);

    boolean existsByQuestionId(long questionId);

    /** The seminar's questions that have at least one answer. */
    @org.springframework.data.jpa.repository.Query("""
            SELECT DISTINCT a.questionId FROM RegistrationAnswer a
            WHERE a.questionId IN (SELECT q.id FROM RegistrationQuestion q WHERE q.seminarId = :seminarId)""")
    java.util.Set<Long> answeredQuestionIds(@org.springframework.data.repository.query.Param("seminarId") long seminarId);

    @Modifying(flushAutomatically = true)
    @Query("delete from RegistrationAnswer a where a.registrationId = :r")
    int deleteByRegistration(@Param("r") long registrationId);

    /** Retention: answers are personal data and go with the rest. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            DELETE a FROM registration_answer a JOIN registration r ON r.id = a.registration_id
            WHERE r.seminar_id = :s AND r.anonymised_at IS NULL""", nativeQuery = true)
    int deleteForSeminar(@Param("s") long seminarId);
}

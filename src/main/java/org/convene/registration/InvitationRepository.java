package org.convene.registration;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    Optional<Invitation> findBySeminarIdAndEmail(long seminarId, String email);

    Page<Invitation> findBySeminarId(long seminarId, Pageable pageable);

    boolean existsByRegistrationId(Long registrationId);

    /** Addresses with a live (sent or accepted) invitation to the seminar. */
    @Query("""
            select i.email from Invitation i where i.seminarId = :s
              and i.status <> org.convene.registration.InvitationStatus.REVOKED""")
    List<String> invitedEmails(@Param("s") long seminarId);

    /** Account deletion: the invitations that led to the person's registrations or were sent to their address. */
    @Modifying(flushAutomatically = true)
    @Query("delete from Invitation i where i.registrationId in :registrations or lower(i.email) = :email")
    int deleteForPerson(@Param("registrations") Collection<Long> registrationIds, @Param("email") String email);

    /** Retention: invitations hold names and addresses too. */
    @Modifying(flushAutomatically = true)
    @Query("delete from Invitation i where i.seminarId = :s")
    int deleteBySeminar(@Param("s") long seminarId);
}

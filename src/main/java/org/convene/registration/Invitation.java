package org.convene.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import org.convene.base.AbstractEntity;
import org.convene.seminar.SeminarDetails;

/** A personal invitation to one seminar. The link's token is known only by its hash. */
@Entity
@Table(name = "invitation")
public class Invitation extends AbstractEntity {

    @Column(name = "seminar_id", nullable = false, updatable = false)
    private long seminarId;

    @Column(name = "email", nullable = false, length = 254, updatable = false)
    private String email;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(name = "organisation", nullable = false, length = Registration.ORGANISATION_MAX)
    private String organisation = "";

    @Column(name = "country", length = 2)
    private String country;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    /** SENT, ACCEPTED or REVOKED (see {@link #statusAt}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private InvitationStatus status;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(name = "registration_id")
    private Long registrationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Invitation() {
    }

    Invitation(long seminarId, String email, Long invitedBy, Instant now) {
        this.seminarId = seminarId;
        this.email = email;
        this.invitedBy = invitedBy;
        this.createdAt = now;
    }

    /** (Re-)sends: new details, a new token, status SENT. */
    void send(InvitationForm clean, String tokenHash, Long invitedBy, Instant now) {
        fullName = clean.name();
        organisation = clean.organisation();
        country = clean.country().isEmpty() ? null : clean.country();
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        status = InvitationStatus.SENT;
        registrationId = null;
        acceptedAt = null;
        revokedAt = null;
        createdAt = now;
        updatedAt = now;
    }

    void accept(long registrationId, Instant now) {
        status = InvitationStatus.ACCEPTED;
        this.registrationId = registrationId;
        acceptedAt = now;
        updatedAt = now;
    }

    void revoke(Instant now) {
        status = InvitationStatus.REVOKED;
        revokedAt = now;
        updatedAt = now;
    }

    /** The status as people see it: a SENT invitation has EXPIRED once its seminar has started. */
    public InvitationStatus statusAt(SeminarDetails seminar, Clock clock) {
        return status == InvitationStatus.SENT && seminar.hasStarted(clock) ? InvitationStatus.EXPIRED : status;
    }

    public long getSeminarId() {
        return seminarId;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public String getOrganisation() {
        return organisation;
    }

    /** ISO code or empty. */
    public String getCountry() {
        return country == null ? "" : country;
    }

    String getTokenHash() {
        return tokenHash;
    }

    /** The stored status (never EXPIRED); see {@link #statusAt}. */
    public InvitationStatus getStatus() {
        return status;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}

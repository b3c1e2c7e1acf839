package org.convene.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.convene.base.AbstractEntity;

/**
 * One person's registration for one seminar. State changes go through the registration services,
 * which hold the seminar's lock while {@link Seats} decides about seats and the waiting list.
 */
@Entity
@Table(name = "registration")
public class Registration extends AbstractEntity {

    public static final int ORGANISATION_MAX = 200;
    public static final int ACCESSIBILITY_MAX = 1000;
    public static final int DIETARY_MAX = 500;
    public static final int REASON_MAX = 1000;

    @Column(name = "seminar_id", nullable = false, updatable = false)
    private long seminarId;

    /** Null once anonymised. */
    @Column(name = "user_id")
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RegistrationStatus status;

    @Column(name = "waitlist_position")
    private Integer waitlistPosition;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName = "";

    @Column(name = "email", nullable = false, length = 254)
    private String email = "";

    @Column(name = "organisation", nullable = false, length = ORGANISATION_MAX)
    private String organisation = "";

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "sector", nullable = false, length = 40)
    private Sector sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 20)
    private Gender gender;

    @Column(name = "accessibility_needs", nullable = false, length = ACCESSIBILITY_MAX)
    private String accessibilityNeeds = "";

    @Column(name = "dietary_needs", nullable = false, length = DIETARY_MAX)
    private String dietaryNeeds = "";

    @Column(name = "interpretation_language", nullable = false, length = 8)
    private String interpretationLanguage = "";

    @Column(name = "listed_consent", nullable = false)
    private boolean listedConsent;

    @Column(name = "privacy_consent", nullable = false)
    private boolean privacyConsent;

    @Column(name = "rejection_reason", length = REASON_MAX)
    private String rejectionReason;

    @Column(name = "attended_at")
    private Instant attendedAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Registration() {
    }

    /** The row's version: with the id, it names one change of this registration. */
    public long getVersion() {
        return version;
    }

    Registration(long seminarId, long userId, Instant now) {
        this.seminarId = seminarId;
        this.userId = userId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void fill(RegistrationForm f, String fullName, String email, Instant now) {
        this.fullName = fullName;
        this.email = email;
        organisation = f.organisation();
        country = f.country();
        sector = f.sector();
        gender = f.gender();
        accessibilityNeeds = f.accessibilityNeeds();
        dietaryNeeds = f.dietaryNeeds();
        interpretationLanguage = f.interpretationLanguage();
        listedConsent = f.listedConsent();
        privacyConsent = f.privacyConsent();
        rejectionReason = null;
        attendedAt = null;
        updatedAt = now;
    }

    void confirm(Instant now) {
        status = RegistrationStatus.CONFIRMED;
        waitlistPosition = null;
        updatedAt = now;
    }

    void waitlist(int position, Instant now) {
        status = RegistrationStatus.WAITLISTED;
        waitlistPosition = position;
        updatedAt = now;
    }

    void pend(Instant now) {
        status = RegistrationStatus.PENDING;
        waitlistPosition = null;
        updatedAt = now;
    }

    void cancel(Instant now) {
        status = RegistrationStatus.CANCELLED;
        waitlistPosition = null;
        attendedAt = null;
        updatedAt = now;
    }

    void reject(String reason, Instant now) {
        status = RegistrationStatus.REJECTED;
        waitlistPosition = null;
        rejectionReason = reason;
        updatedAt = now;
    }

    void attended(Instant at, Instant now) {
        attendedAt = at;
        updatedAt = now;
    }

    /** Keeps what the statistics count (status, country, sector, gender, attendance); blanks the rest. */
    void anonymise(Instant now) {
        userId = null;
        fullName = "";
        email = "";
        organisation = "";
        accessibilityNeeds = "";
        dietaryNeeds = "";
        interpretationLanguage = "";
        listedConsent = false;
        rejectionReason = rejectionReason == null ? null : "";
        anonymisedAt = now;
        updatedAt = now;
    }

    public long getSeminarId() {
        return seminarId;
    }

    public Long getUserId() {
        return userId;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Integer getWaitlistPosition() {
        return waitlistPosition;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getCountry() {
        return country;
    }

    public Sector getSector() {
        return sector;
    }

    public Gender getGender() {
        return gender;
    }

    public String getAccessibilityNeeds() {
        return accessibilityNeeds;
    }

    public String getDietaryNeeds() {
        return dietaryNeeds;
    }

    public String getInterpretationLanguage() {
        return interpretationLanguage;
    }

    public boolean isListedConsent() {
        return listedConsent;
    }

    public boolean isPrivacyConsent() {
        return privacyConsent;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getAttendedAt() {
        return attendedAt;
    }

    public boolean isAttended() {
        return attendedAt != null;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}

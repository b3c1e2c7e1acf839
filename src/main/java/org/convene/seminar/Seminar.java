package org.convene.seminar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.convene.base.AbstractEntity;
import org.convene.base.ConveneException;

/**
 * A seminar, workshop or expert meeting. Start, end and registration window are wall-clock times
 * in the seminar's own time zone; instants are derived through {@link #zoned(LocalDateTime)}.
 * Themes, languages and organisers load lazily: {@code SeminarRepository} fetches them with the seminar
 * where a reader needs them (its page, its editor), and a page of cards gets its themes in one query.
 * Only the seminar module sees it: views and other modules read {@link SeminarDetails} and its kin.
 */
@Entity
@Table(name = "seminar")
class Seminar extends AbstractEntity {

    @Column(name = "public_id", nullable = false, length = 32, updatable = false)
    private String publicId;

    @Column(name = "title", nullable = false, length = SeminarForm.TITLE_MAX)
    private String title;

    @Column(name = "summary", nullable = false, length = SeminarForm.SUMMARY_MAX)
    private String summary = "";

    @Column(name = "description", nullable = false, columnDefinition = "TEXT")
    private String description = "";

    @ElementCollection
    @CollectionTable(name = "seminar_theme", joinColumns = @JoinColumn(name = "seminar_id"))
    @Column(name = "theme", length = 50)
    @Enumerated(EnumType.STRING)
    private Set<Theme> themes = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 20)
    private SeminarFormat format;

    @Column(name = "venue_name", nullable = false, length = SeminarForm.VENUE_NAME_MAX)
    private String venueName = "";

    @Column(name = "venue_address", nullable = false, length = SeminarForm.VENUE_ADDRESS_MAX)
    private String venueAddress = "";

    @Column(name = "venue_city", nullable = false, length = SeminarForm.CITY_MAX)
    private String venueCity = "";

    @Column(name = "venue_country", nullable = false, length = 2)
    private String venueCountry = "";

    @Column(name = "online_link", nullable = false, length = SeminarForm.LINK_MAX)
    private String onlineLink = "";

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    /** Start and end as instants, kept in step with the local times, so queries can compare across zones. */
    @Column(name = "starts_utc", nullable = false)
    private Instant startsUtc;

    @Column(name = "ends_utc", nullable = false)
    private Instant endsUtc;

    @ElementCollection
    @CollectionTable(name = "seminar_language", joinColumns = @JoinColumn(name = "seminar_id"))
    @Column(name = "language", length = 8)
    private Set<String> languages = new HashSet<>();

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "registration_opens_at", nullable = false)
    private LocalDateTime registrationOpensAt;

    @Column(name = "registration_closes_at", nullable = false)
    private LocalDateTime registrationClosesAt;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 20)
    private Visibility visibility = Visibility.PUBLIC;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SeminarStatus status = SeminarStatus.DRAFT;

    @Column(name = "cancellation_reason", length = SeminarForm.REASON_MAX)
    private String cancellationReason;

    @ElementCollection
    @CollectionTable(name = "seminar_organiser", joinColumns = @JoinColumn(name = "seminar_id"))
    @Column(name = "user_id")
    private Set<Long> organiserIds = new HashSet<>();

    @Column(name = "ical_uid", nullable = false, length = 64, updatable = false)
    private String icalUid;

    @Column(name = "ical_sequence", nullable = false)
    private int icalSequence;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Seminar() {
    }

    Seminar(String publicId, Instant now) {
        this.publicId = publicId;
        this.icalUid = UUID.randomUUID() + "@convene";
        this.createdAt = now;
        this.updatedAt = now;
    }

    // --- derived (the rules live on SeminarDetails, in one place) ---

    /** This seminar's plain values, for views and other modules. */
    public SeminarDetails details() {
        return SeminarDetails.of(this);
    }

    public ZonedDateTime zoned(LocalDateTime local) {
        return local.atZone(getTimeZone());
    }

    public Instant startInstant() {
        return zoned(startsAt).toInstant();
    }

    public Instant endInstant() {
        return zoned(endsAt).toInstant();
    }

    public boolean isPast(Clock clock) {
        return details().isPast(clock);
    }

    public boolean hasStarted(Clock clock) {
        return details().hasStarted(clock);
    }

    /** See {@link SeminarDetails#acceptsRegistrations}. */
    public boolean acceptsRegistrations(Clock clock) {
        return details().acceptsRegistrations(clock);
    }

    // --- state changes (called by SeminarService) ---

    void apply(SeminarForm f, ZoneId zone) {
        title = f.title();
        summary = f.summary();
        description = f.description();
        themes.clear();
        themes.addAll(f.themes());
        format = f.format();
        venueName = f.venueName();
        venueAddress = f.venueAddress();
        venueCity = f.venueCity();
        venueCountry = f.venueCountry();
        onlineLink = f.onlineLink();
        timeZone = zone.getId();
        startsAt = f.startsAt();
        endsAt = f.endsAt();
        startsUtc = zoned(startsAt).toInstant();
        endsUtc = zoned(endsAt).toInstant();
        languages.clear();
        languages.addAll(f.languages());
        capacity = f.capacity();
        registrationOpensAt = f.registrationOpensAt();
        registrationClosesAt = f.registrationClosesAt();
        approvalRequired = f.approvalRequired();
        visibility = f.visibility();
    }

    void publish(Instant now) {
        if (status != SeminarStatus.DRAFT) {
            throw new ConveneException("seminar.publish.not-draft");
        }
        status = SeminarStatus.PUBLISHED;
        publishedAt = now;
        touch(now);
    }

    void cancel(String reason, Instant now) {
        if (status == SeminarStatus.CANCELLED) {
            throw new ConveneException("seminar.cancel.already");
        }
        status = SeminarStatus.CANCELLED;
        cancellationReason = reason;
        raiseSequence();
        touch(now);
    }

    void raiseSequence() {
        icalSequence++;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    void addOrganiser(long userId) {
        organiserIds.add(userId);
    }

    void setOrganisers(Set<Long> ids) {
        organiserIds.clear();
        organiserIds.addAll(ids);
    }

    // --- getters ---

    public String getPublicId() {
        return publicId;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public Set<Theme> getThemes() {
        return themes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(themes));
    }

    public SeminarFormat getFormat() {
        return format;
    }

    public String getVenueName() {
        return venueName;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public String getVenueCity() {
        return venueCity;
    }

    /** ISO 3166-1 alpha-2 code, empty for online seminars. */
    public String getVenueCountry() {
        return venueCountry;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    /** ISO 639-1 codes of the working languages, sorted. */
    public Set<String> getLanguages() {
        return Collections.unmodifiableSet(new TreeSet<>(languages));
    }

    public int getCapacity() {
        return capacity;
    }

    public LocalDateTime getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public LocalDateTime getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public SeminarStatus getStatus() {
        return status;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public Set<Long> getOrganiserIds() {
        return Collections.unmodifiableSet(organiserIds);
    }

    public String getIcalUid() {
        return icalUid;
    }

    public int getIcalSequence() {
        return icalSequence;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String venueLine() {
        return details().venueLine();
    }
}

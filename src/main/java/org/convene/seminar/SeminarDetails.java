package org.convene.seminar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;

/**
 * What views and other modules read of a seminar: its plain values, copied from the entity inside the
 * seminar service's transaction, and the rules derived from them (times as instants, whether it takes
 * registrations). Start, end and registration window are wall-clock times in {@code timeZone}. Themes,
 * languages and organisers are not here: they load separately, and only the pages that show them read them.
 */
public record SeminarDetails(long id, String publicId, String title, String summary, String description,
                             SeminarFormat format, String venueName, String venueAddress, String venueCity,
                             String venueCountry, String onlineLink, ZoneId timeZone, LocalDateTime startsAt,
                             LocalDateTime endsAt, int capacity, LocalDateTime registrationOpensAt,
                             LocalDateTime registrationClosesAt, boolean approvalRequired, Visibility visibility,
                             SeminarStatus status, String cancellationReason, String icalUid, int icalSequence,
                             Instant createdAt, Instant updatedAt) {

    static SeminarDetails of(Seminar s) {
        return new SeminarDetails(s.getId(), s.getPublicId(), s.getTitle(), s.getSummary(), s.getDescription(),
                s.getFormat(), s.getVenueName(), s.getVenueAddress(), s.getVenueCity(), s.getVenueCountry(),
                s.getOnlineLink(), s.getTimeZone(), s.getStartsAt(), s.getEndsAt(), s.getCapacity(),
                s.getRegistrationOpensAt(), s.getRegistrationClosesAt(), s.isApprovalRequired(), s.getVisibility(),
                s.getStatus(), s.getCancellationReason(), s.getIcalUid(), s.getIcalSequence(), s.getCreatedAt(),
                s.getUpdatedAt());
    }

    public ZonedDateTime zoned(LocalDateTime local) {
        return local.atZone(timeZone);
    }

    public Instant startInstant() {
        return zoned(startsAt).toInstant();
    }

    public Instant endInstant() {
        return zoned(endsAt).toInstant();
    }

    public Instant registrationOpensInstant() {
        return zoned(registrationOpensAt).toInstant();
    }

    public boolean isPast(Clock clock) {
        return !endInstant().isAfter(clock.instant());
    }

    public boolean hasStarted(Clock clock) {
        return !startInstant().isAfter(clock.instant());
    }

    /** Within the registration window, published and not started: the seminar's own rule, before seats. */
    public boolean acceptsRegistrations(Clock clock) {
        var now = clock.instant();
        return status == SeminarStatus.PUBLISHED
                && !now.isBefore(registrationOpensInstant())
                && now.isBefore(zoned(registrationClosesAt).toInstant())
                && now.isBefore(startInstant());
    }

    /**
     * Where registration stands from the seminar's own status and dates, before seats: unavailable unless
     * published, then past, open, not yet open or closed. The one rule; the registration module turns an open
     * seminar without a free seat (or with people already waiting) into a waiting list.
     */
    public SeminarAvailability.State registrationState(Clock clock) {
        if (status != SeminarStatus.PUBLISHED) {
            return SeminarAvailability.State.UNAVAILABLE;
        }
        if (isPast(clock)) {
            return SeminarAvailability.State.PAST;
        }
        if (acceptsRegistrations(clock)) {
            return SeminarAvailability.State.OPEN;
        }
        return clock.instant().isBefore(registrationOpensInstant())
                ? SeminarAvailability.State.NOT_YET_OPEN : SeminarAvailability.State.CLOSED;
    }

    /** Venue name, address and city, those given, joined by commas. */
    public String venueLine() {
        var parts = new ArrayList<String>();
        for (var p : new String[] {venueName, venueAddress, venueCity}) {
            if (p != null && !p.isBlank()) {
                parts.add(p);
            }
        }
        return String.join(", ", parts);
    }
}

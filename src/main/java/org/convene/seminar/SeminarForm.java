package org.convene.seminar;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * What an organiser edits. Times are local to {@code timeZone} (an IANA id such as Europe/Rome).
 * Venue fields apply to in-person and hybrid seminars, the online link to online and hybrid ones.
 */
public record SeminarForm(
        String title, String summary, String description, Set<Theme> themes, SeminarFormat format,
        String venueName, String venueAddress, String venueCity, String venueCountry, String onlineLink,
        String timeZone, LocalDateTime startsAt, LocalDateTime endsAt, Set<String> languages,
        Integer capacity, LocalDateTime registrationOpensAt, LocalDateTime registrationClosesAt,
        boolean approvalRequired, Visibility visibility) {

    /** An editable copy of a stored seminar. */
    public static SeminarForm of(Seminar s) {
        return new SeminarForm(s.getTitle(), s.getSummary(), s.getDescription(), s.getThemes(), s.getFormat(),
                s.getVenueName(), s.getVenueAddress(), s.getVenueCity(), s.getVenueCountry(), s.getOnlineLink(),
                s.getTimeZone().getId(), s.getStartsAt(), s.getEndsAt(), s.getLanguages(), s.getCapacity(),
                s.getRegistrationOpensAt(), s.getRegistrationClosesAt(), s.isApprovalRequired(), s.getVisibility());
    }
}

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

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 500;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int VENUE_NAME_MAX = 200;
    public static final int VENUE_ADDRESS_MAX = 300;
    public static final int CITY_MAX = 100;
    public static final int LINK_MAX = 500;
    /** The reason an organiser gives when cancelling. */
    public static final int REASON_MAX = 1000;
    public static final int CAPACITY_MAX = 100_000;

    /** An editable copy of a stored seminar, as its page reads it. */
    public static SeminarForm of(SeminarPage page) {
        var s = page.seminar();
        return new SeminarForm(s.title(), s.summary(), s.description(), page.themes(), s.format(),
                s.venueName(), s.venueAddress(), s.venueCity(), s.venueCountry(), s.onlineLink(),
                s.timeZone().getId(), s.startsAt(), s.endsAt(), page.languages(), s.capacity(),
                s.registrationOpensAt(), s.registrationClosesAt(), s.approvalRequired(), s.visibility());
    }

    /** An editable copy of a stored seminar. */
    static SeminarForm of(Seminar s) {
        return new SeminarForm(s.getTitle(), s.getSummary(), s.getDescription(), s.getThemes(), s.getFormat(),
                s.getVenueName(), s.getVenueAddress(), s.getVenueCity(), s.getVenueCountry(), s.getOnlineLink(),
                s.getTimeZone().getId(), s.getStartsAt(), s.getEndsAt(), s.getLanguages(), s.getCapacity(),
                s.getRegistrationOpensAt(), s.getRegistrationClosesAt(), s.isApprovalRequired(), s.getVisibility());
    }
}

package org.convene.seminar;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/** Small factories for seminar test data. */
public final class SeminarFixtures {

    private SeminarFixtures() {
    }

    private static final ZoneId PALERMO = ZoneId.of("Europe/Rome");

    /** Now in Palermo, on the tests' clock (the application's clock in the tests). */
    public static LocalDateTime now() {
        return LocalDateTime.now(org.convene.TestClock.INSTANCE.withZone(PALERMO));
    }

    /**
     * An in-person seminar in Palermo, starting {@code daysAhead} days from now (the tests' clock) at
     * 9:00 there, registration open since yesterday.
     */
    public static SeminarForm aSeminarForm(String title, int daysAhead, int capacity) {
        var now = now();
        var start = now.plusDays(daysAhead).withHour(9).withMinute(0).withSecond(0).withNano(0);
        return new SeminarForm(title, "Capacity-building seminar", "Two days of exchange between professionals.",
                EnumSet.of(Theme.MIGRANTS_REFUGEES_IDPS), SeminarFormat.IN_PERSON, "Palazzo delle Aquile",
                "Piazza Pretoria 1", "Palermo", "IT", "", "Europe/Rome", start, start.plusDays(1).withHour(17),
                Set.of("en", "fr"), capacity, now.minusDays(1), start.minusDays(1), false,
                Visibility.PUBLIC);
    }

    public static SeminarForm withCapacity(SeminarForm f, int capacity) {
        return new SeminarForm(f.title(), f.summary(), f.description(), f.themes(), f.format(), f.venueName(),
                f.venueAddress(), f.venueCity(), f.venueCountry(), f.onlineLink(), f.timeZone(), f.startsAt(),
                f.endsAt(), f.languages(), capacity, f.registrationOpensAt(), f.registrationClosesAt(),
                f.approvalRequired(), f.visibility());
    }

    public static SeminarForm withApproval(SeminarForm f) {
        return new SeminarForm(f.title(), f.summary(), f.description(), f.themes(), f.format(), f.venueName(),
                f.venueAddress(), f.venueCity(), f.venueCountry(), f.onlineLink(), f.timeZone(), f.startsAt(),
                f.endsAt(), f.languages(), f.capacity(), f.registrationOpensAt(), f.registrationClosesAt(),
                true, f.visibility());
    }

    public static SeminarForm withTimes(SeminarForm f, LocalDateTime start, LocalDateTime end) {
        return new SeminarForm(f.title(), f.summary(), f.description(), f.themes(), f.format(), f.venueName(),
                f.venueAddress(), f.venueCity(), f.venueCountry(), f.onlineLink(), f.timeZone(), start, end,
                f.languages(), f.capacity(), f.registrationOpensAt(), f.registrationClosesAt(),
                f.approvalRequired(), f.visibility());
    }

    public static SeminarForm withWindow(SeminarForm f, LocalDateTime opens, LocalDateTime closes) {
        return new SeminarForm(f.title(), f.summary(), f.description(), f.themes(), f.format(), f.venueName(),
                f.venueAddress(), f.venueCity(), f.venueCountry(), f.onlineLink(), f.timeZone(), f.startsAt(),
                f.endsAt(), f.languages(), f.capacity(), opens, closes, f.approvalRequired(), f.visibility());
    }

    public static SeminarForm withTitle(SeminarForm f, String title) {
        return new SeminarForm(title, f.summary(), f.description(), f.themes(), f.format(), f.venueName(),
                f.venueAddress(), f.venueCity(), f.venueCountry(), f.onlineLink(), f.timeZone(), f.startsAt(),
                f.endsAt(), f.languages(), f.capacity(), f.registrationOpensAt(), f.registrationClosesAt(),
                f.approvalRequired(), f.visibility());
    }

    /** The same seminar elsewhere: a theme, a city and its country, keeping the time zone. */
    public static SeminarForm inCity(SeminarForm f, Theme theme, String city, String country) {
        return new SeminarForm(f.title(), f.summary(), f.description(), EnumSet.of(theme), f.format(), f.venueName(),
                f.venueAddress(), city, country, f.onlineLink(), f.timeZone(), f.startsAt(), f.endsAt(),
                f.languages(), f.capacity(), f.registrationOpensAt(), f.registrationClosesAt(),
                f.approvalRequired(), f.visibility());
    }

    public static SeminarForm unlisted(SeminarForm f) {
        return new SeminarForm(f.title(), f.summary(), f.description(), f.themes(), f.format(), f.venueName(),
                f.venueAddress(), f.venueCity(), f.venueCountry(), f.onlineLink(), f.timeZone(), f.startsAt(),
                f.endsAt(), f.languages(), f.capacity(), f.registrationOpensAt(), f.registrationClosesAt(),
                f.approvalRequired(), Visibility.UNLISTED);
    }
}

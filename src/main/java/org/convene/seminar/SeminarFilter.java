package org.convene.seminar;

import java.time.LocalDate;

/**
 * Filters of the organisers' seminar grid and of the public catalogue; null means "any".
 * {@code from}/{@code to} select seminars overlapping those days; {@code includePast} adds
 * seminars that have ended (the catalogue shows upcoming ones by default).
 */
public record SeminarFilter(String text, SeminarStatus status, Theme theme, SeminarFormat format,
                            String country, String language, LocalDate from, LocalDate to, boolean includePast) {

    public static SeminarFilter none() {
        return new SeminarFilter(null, null, null, null, null, null, null, null, true);
    }

    public static SeminarFilter upcoming() {
        return new SeminarFilter(null, null, null, null, null, null, null, null, false);
    }
}

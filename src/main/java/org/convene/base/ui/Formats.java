package org.convene.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates and times for people, in their language; the one place where instants become local. */
public final class Formats {

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public static String longDate(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
    }

    public static String dateTime(LocalDateTime dateTime, Locale locale) {
        return dateTime == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(dateTime);
    }

    public static String time(LocalDateTime dateTime, Locale locale) {
        return dateTime == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(dateTime);
    }

    /** An instant in the given zone, e.g. "27 Nov 2026, 14:05 CET". */
    public static String instant(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        var zoned = instant.atZone(zone);
        return dateTime(zoned.toLocalDateTime(), locale) + " " + zoneAbbreviation(zone, zoned.toLocalDateTime(), locale);
    }

    /** The zone's short name at that moment ("CET", "CEST"), falling back to the offset. */
    public static String zoneAbbreviation(ZoneId zone, LocalDateTime at, Locale locale) {
        var zoned = at.atZone(zone);
        var name = DateTimeFormatter.ofPattern("zzz", locale).format(zoned);
        return name.startsWith("GMT") || name.startsWith("UTC") && !"UTC".equals(zone.getId())
                ? "UTC" + zoned.getOffset().getId().replace("Z", "") : name;
    }

    /** A language in its own words, capitalised: "English", "Français". */
    public static String languageName(Locale language) {
        var name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.getLanguage() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    public static String zoneName(ZoneId zone, Locale locale) {
        return zone.getDisplayName(TextStyle.FULL, locale) + " (" + zone.getId() + ")";
    }
}

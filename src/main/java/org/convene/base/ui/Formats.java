package org.convene.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/** Dates and times for people, in their language; the one place where instants become local. */
public final class Formats {

    /**
     * Formats built from ICU's and the JDK's locale data, kept per skeleton and language (bounded: languages come
     * from browsers). Building one costs far more than a copy; the ICU ones are copied before use (not thread-safe).
     */
    private static final Cache<String, DateFormat> DATE_FORMATS = Caffeine.newBuilder().maximumSize(500).build();
    private static final Cache<String, DateIntervalFormat> INTERVAL_FORMATS = Caffeine.newBuilder().maximumSize(500).build();
    private static final Cache<Locale, DateTimeFormatter> ZONE_NAMES = Caffeine.newBuilder().maximumSize(200).build();

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public static String longDate(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
    }

    /** "Jan 11, 2027, 2:05 PM", "11 janv. 2027, 14:05": the same shapes as {@link #range}. */
    public static String dateTime(LocalDateTime dateTime, Locale locale) {
        return dateTime == null ? "" : skeleton("yMMMdjm", dateTime, locale);
    }

    /** "2:05 PM", "14:05". */
    public static String time(LocalDateTime dateTime, Locale locale) {
        return dateTime == null ? "" : skeleton("jm", dateTime, locale);
    }

    private static String skeleton(String skeleton, LocalDateTime dateTime, Locale locale) {
        var format = (DateFormat) DATE_FORMATS.get(skeleton + " " + locale.toLanguageTag(),
                key -> DateFormat.getInstanceForSkeleton(skeleton, ULocale.forLocale(locale))).clone();
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(java.util.Date.from(dateTime.toInstant(java.time.ZoneOffset.UTC)));
    }

    /** An instant in the given zone, e.g. "27 Nov 2026, 14:05 CET". */
    public static String instant(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        var zoned = instant.atZone(zone);
        return dateTime(zoned.toLocalDateTime(), locale) + " " + zoneAbbreviation(zone, zoned.toLocalDateTime(), locale);
    }

    /**
     * A range of local times in a zone, the date once when both ends fall on the same day
     * ("Jan 11, 2027, 2:00 – 4:00 PM CET", "11 janv. 2027, 14:00 – 16:00 CET"), with the zone's
     * abbreviation (both when it changes in between, as across a daylight-saving switch).
     */
    public static String range(LocalDateTime start, LocalDateTime end, ZoneId zone, Locale locale) {
        if (start == null || end == null) {
            return start == null ? dateTime(end, locale) : dateTime(start, locale);
        }
        var startZone = zoneAbbreviation(zone, start, locale);
        var endZone = zoneAbbreviation(zone, end, locale);
        if (!startZone.equals(endZone)) {
            return dateTime(start, locale) + " " + startZone + " – " + dateTime(end, locale) + " " + endZone;
        }
        var format = intervalFormat("yMMMdjm", locale);
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        var interval = new DateInterval(start.atZone(zone).toInstant().toEpochMilli(), end.atZone(zone).toInstant().toEpochMilli());
        return format.format(interval) + " " + startZone;
    }

    /** Times of one day: "2:00 – 4:00 PM", "14:00 – 16:00". */
    public static String timeRange(LocalDateTime start, LocalDateTime end, Locale locale) {
        var format = intervalFormat("jm", locale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(new DateInterval(start.toInstant(java.time.ZoneOffset.UTC).toEpochMilli(),
                end.toInstant(java.time.ZoneOffset.UTC).toEpochMilli()));
    }

    /** Two instants in a zone, as {@link #range(LocalDateTime, LocalDateTime, ZoneId, Locale)}. */
    public static String range(Instant start, Instant end, ZoneId zone, Locale locale) {
        return range(start == null ? null : LocalDateTime.ofInstant(start, zone),
                end == null ? null : LocalDateTime.ofInstant(end, zone), zone, locale);
    }

    /** A country's name in the reader's language from its ISO code ("AF" → "Afghanistan"); the code when unknown. */
    public static String countryName(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        try {
            var name = new Locale.Builder().setRegion(code.strip()).build().getDisplayCountry(locale);
            return name.isBlank() ? code : name;
        } catch (java.util.IllformedLocaleException e) {
            return code;
        }
    }

    /** A language's name in the reader's language from its code ("en" → "anglais" in French). */
    public static String languageName(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        var language = Locale.forLanguageTag(code.strip());
        var name = language.getDisplayLanguage(locale);
        return name.isBlank() || name.equals(code) ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /**
     * A fresh copy of the interval format for this skeleton and language: building one from ICU's data takes
     * about a millisecond of CPU (every confirmation mail and page showed a few), a copy a few microseconds;
     * formats are not thread-safe, so the kept ones are only ever copied.
     */
    private static DateIntervalFormat intervalFormat(String skeleton, Locale locale) {
        return (DateIntervalFormat) INTERVAL_FORMATS.get(skeleton + " " + locale.toLanguageTag(),
                key -> DateIntervalFormat.getInstance(skeleton, ULocale.forLocale(locale))).clone();
    }

    /** The zone's short name at that moment ("CET", "CEST"), falling back to the offset. */
    public static String zoneAbbreviation(ZoneId zone, LocalDateTime at, Locale locale) {
        var zoned = at.atZone(zone);
        var name = ZONE_NAMES.get(locale, l -> DateTimeFormatter.ofPattern("zzz", l)).format(zoned);
        return name.startsWith("GMT") || name.startsWith("UTC") && !"UTC".equals(zone.getId())
                ? "UTC" + zoned.getOffset().getId().replace("Z", "") : name;
    }

    /** A label before its value: "Chairs: ", "Présidence : " (French spacing in French). */
    public static String label(String label, Locale locale) {
        return org.convene.base.i18n.FrenchTypography.apply(label + ":", locale) + " ";
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

package org.convene.seminar.ui;

import com.vaadin.flow.component.Component;
import java.text.Collator;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.base.ui.Formats;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarFormat;
import org.convene.seminar.SeminarStatus;
import org.convene.seminar.Theme;
import org.convene.seminar.Visibility;

/** How seminars read to people: enum labels, countries, languages, times with their zone. */
final class SeminarLabels {

    private SeminarLabels() {
    }

    /** The reader's language (the current UI's), as {@code Component.getLocale()} gives it. */
    static Locale locale() {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    static String theme(Component c, Theme theme) {
        return theme == null ? "" : c.getTranslation("seminar.theme." + theme.name());
    }

    static String themes(Component c, Set<Theme> themes) {
        return themes.stream().map(t -> theme(c, t)).collect(Collectors.joining(", "));
    }

    static String format(Component c, SeminarFormat format) {
        return format == null ? "" : c.getTranslation("seminar.format." + format.name());
    }

    static String status(Component c, SeminarStatus status) {
        return status == null ? "" : c.getTranslation("seminar.status." + status.name());
    }

    static String visibility(Component c, Visibility visibility) {
        return visibility == null ? "" : c.getTranslation("seminar.visibility." + visibility.name());
    }

    /** "Italy" for "IT", in the reader's language; empty for no country. */
    static String country(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        var name = Locale.of("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    /** "French" for "fr" ("français" → "Français" in French: a list entry starts with a capital). */
    static String language(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        var name = Locale.of(code).getDisplayLanguage(locale);
        if (name.isBlank() || name.equals(code)) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    static String languages(Set<String> languages, Locale locale) {
        return languages.stream().map(l -> language(l, locale)).collect(Collectors.joining(", "));
    }

    /** ISO 3166-1 alpha-2 codes, sorted by their name in the reader's language. */
    static List<String> countryCodes(Locale locale) {
        var collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing((String code) -> country(code, locale), collator)).toList();
    }

    /** ISO 639-1 codes, sorted by their name in the reader's language. */
    static List<String> languageCodes(Locale locale) {
        var collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOLanguages()).filter(code -> code.length() == 2)
                .sorted(Comparator.comparing((String code) -> language(code, locale), collator)).toList();
    }

    /** IANA region ids ("Europe/Rome"), no bare abbreviations or offsets. */
    static List<String> zoneIds() {
        return ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
                && !z.startsWith("SystemV/")).sorted().toList();
    }

    /** "Palermo, Italy", "Online", or "Strasbourg, France and online". */
    static String place(Component c, SeminarDetails s) {
        var locale = locale();
        if (!s.format().hasVenue()) {
            return c.getTranslation("seminar.place.online");
        }
        var where = s.venueCity() + (s.venueCountry().isBlank() ? "" : ", " + country(s.venueCountry(), locale));
        return s.format() == SeminarFormat.HYBRID ? c.getTranslation("seminar.place.hybrid", where) : where;
    }

    /** The seminar's dates and times in its own zone, with the zone's abbreviation. */
    static String when(SeminarDetails s, Locale locale) {
        return range(s.startsAt(), s.endsAt(), s.timeZone(), locale);
    }

    /** A period as people read it: the date once on one day (see {@link Formats#range}). */
    static String range(LocalDateTime start, LocalDateTime end, ZoneId zone, Locale locale) {
        return Formats.range(start, end, zone, locale);
    }

    /** A local time of the seminar with its zone: "1 Mar 2027, 09:00 CET". */
    static String at(LocalDateTime time, ZoneId zone, Locale locale) {
        return Formats.dateTime(time, locale) + " " + Formats.zoneAbbreviation(zone, time, locale);
    }
}

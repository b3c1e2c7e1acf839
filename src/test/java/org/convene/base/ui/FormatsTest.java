package org.convene.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** ICU and the JDK put thin and narrow no-break spaces around dashes and before AM/PM: compare on plain spaces. */
    private static String plain(String s) {
        return s.replace('\u202F', ' ').replace('\u2009', ' ').replace('\u00A0', ' ');
    }

    @Test
    void a_same_day_range_shows_the_date_once_in_english() {
        var range = Formats.range(LocalDateTime.of(2027, 1, 11, 14, 0), LocalDateTime.of(2027, 1, 11, 16, 0), PARIS, Locale.ENGLISH);
        assertThat(plain(range)).isEqualTo("Jan 11, 2027, 2:00 – 4:00 PM CET");
    }

    @Test
    void a_same_day_range_shows_the_date_once_in_french() {
        var range = Formats.range(LocalDateTime.of(2027, 1, 11, 14, 0), LocalDateTime.of(2027, 1, 11, 16, 0), PARIS, Locale.FRENCH);
        assertThat(plain(range)).isEqualTo("11 janv. 2027, 14:00 – 16:00 CET");
    }

    @Test
    void a_range_over_several_days_shows_both_dates() {
        var en = Formats.range(LocalDateTime.of(2027, 1, 11, 9, 0), LocalDateTime.of(2027, 1, 13, 17, 0), PARIS, Locale.ENGLISH);
        var fr = Formats.range(LocalDateTime.of(2027, 1, 11, 9, 0), LocalDateTime.of(2027, 1, 13, 17, 0), PARIS, Locale.FRENCH);
        assertThat(plain(en)).isEqualTo("Jan 11, 2027, 9:00 AM – Jan 13, 2027, 5:00 PM CET");
        assertThat(plain(fr)).isEqualTo("11 janv. 2027, 09:00 – 13 janv. 2027, 17:00 CET");
    }

    @Test
    void a_range_across_a_daylight_saving_switch_names_both_zones() {
        var range = Formats.range(LocalDateTime.of(2027, 3, 27, 9, 0), LocalDateTime.of(2027, 3, 29, 17, 0), PARIS, Locale.ENGLISH);
        assertThat(plain(range)).startsWith("Mar 27, 2027").contains("CET – ").endsWith("CEST");
    }

    @Test
    void an_instant_is_shown_in_the_given_zone_with_its_abbreviation() {
        var at = Instant.parse("2027-01-11T13:05:00Z");
        assertThat(plain(Formats.instant(at, PARIS, Locale.ENGLISH))).isEqualTo("Jan 11, 2027, 2:05 PM CET");
        assertThat(plain(Formats.instant(at, ZoneId.of("America/New_York"), Locale.ENGLISH))).isEqualTo("Jan 11, 2027, 8:05 AM EST");
        assertThat(plain(Formats.instant(at, PARIS, Locale.FRENCH))).isEqualTo("11 janv. 2027, 14:05 CET");
    }

    @Test
    void countries_and_languages_are_named_in_the_readers_language() {
        assertThat(Formats.countryName("AF", Locale.ENGLISH)).isEqualTo("Afghanistan");
        assertThat(Formats.countryName("DE", Locale.FRENCH)).isEqualTo("Allemagne");
        assertThat(Formats.languageName("en", Locale.FRENCH)).isEqualTo("Anglais");
        assertThat(Formats.languageName("fr", Locale.ENGLISH)).isEqualTo("French");
        assertThat(Formats.countryName("", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void times_of_one_day_share_their_am_pm_in_english_and_use_24_hours_in_french() {
        var start = LocalDateTime.of(2027, 1, 11, 14, 0);
        assertThat(plain(Formats.timeRange(start, start.plusHours(2), Locale.ENGLISH))).isEqualTo("2:00 – 4:00 PM");
        assertThat(plain(Formats.timeRange(start, start.plusHours(2), Locale.FRENCH))).isEqualTo("14:00 – 16:00");
        assertThat(plain(Formats.timeRange(start.minusHours(3), start.plusHours(2), Locale.ENGLISH))).isEqualTo("11:00 AM – 4:00 PM");
    }

    @Test
    void a_label_takes_french_spacing_in_french_only() {
        assertThat(Formats.label("Chairs", Locale.ENGLISH)).isEqualTo("Chairs: ");
        assertThat(Formats.label("Présidence", Locale.FRENCH)).isEqualTo("Présidence\u00A0: ");
    }
}

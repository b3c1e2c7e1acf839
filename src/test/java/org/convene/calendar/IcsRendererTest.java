package org.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.calendar.Icals.events;
import static org.convene.calendar.Icals.onlyEvent;
import static org.convene.calendar.Icals.param;
import static org.convene.calendar.Icals.parseValid;
import static org.convene.calendar.Icals.value;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.convene.base.ConveneSettings;
import org.junit.jupiter.api.Test;

/** Rendering and format rules that need no database (entries as other modules hand them over). */
class IcsRendererTest {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    final IcsRenderer calendar = new IcsRenderer(
            Clock.fixed(Instant.parse("2026-11-20T10:15:30.123Z"), ZoneOffset.UTC),
            ConveneSettings.of("https://convene.example.org/", "secretariat@convene.example.org"));

    static CalendarEntry entry(String title, LocalDateTime start, LocalDateTime end) {
        return new CalendarEntry("item-1@convene", 0, title, "Panel on harm reduction", "Room A", "",
                ROME, start, end, Instant.parse("2026-10-01T08:00:00Z"), Instant.parse("2026-10-02T09:30:00Z"), false);
    }

    @Test
    void daylight_saving_boundaries_keep_the_wall_clock_times_with_their_tzid() {
        var march = entry("Spring session", LocalDateTime.of(2027, 3, 28, 1, 30), LocalDateTime.of(2027, 3, 28, 4, 30));
        var october = entry("Autumn session", LocalDateTime.of(2027, 10, 31, 1, 30), LocalDateTime.of(2027, 10, 31, 4, 0));
        var ics = calendar.publish(List.of(), List.of(march,
                new CalendarEntry("item-2@convene", 0, october.title(), "", "", "", ROME, october.start(), october.end(),
                        null, null, false)));

        assertThat(ics).contains("DTSTART;TZID=Europe/Rome:20270328T013000\r\n")
                .contains("DTEND;TZID=Europe/Rome:20270328T043000\r\n")
                .contains("DTSTART;TZID=Europe/Rome:20271031T013000\r\n")
                .contains("DTEND;TZID=Europe/Rome:20271031T040000\r\n")
                .doesNotContainPattern("TZID=[^:]+:\\d{8}T\\d{6}Z");
        assertThat(ics.split("BEGIN:VTIMEZONE", -1)).hasSize(2);
        assertThat(ics).contains("TZID:Europe/Rome");

        var parsed = parseValid(ics);
        var spring = events(parsed).get(0);
        // 01:30 is before the clocks go forward (CET, +01:00); 04:30 after (CEST, +02:00): 2 real hours.
        var start = (java.time.ZonedDateTime) spring.getDateTimeStart().getDate();
        var end = (java.time.ZonedDateTime) spring.getDateTimeEnd().getDate();
        assertThat(start.toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 3, 28, 1, 30));
        assertThat(start.toInstant()).isEqualTo(Instant.parse("2027-03-28T00:30:00Z"));
        assertThat(end.toInstant()).isEqualTo(Instant.parse("2027-03-28T02:30:00Z"));
        var autumn = events(parsed).get(1);
        var aStart = (java.time.ZonedDateTime) autumn.getDateTimeStart().getDate();
        var aEnd = (java.time.ZonedDateTime) autumn.getDateTimeEnd().getDate();
        // 01:30 CEST (+02:00) to 04:00 CET (+01:00): 3.5 real hours.
        assertThat(aStart.toInstant()).isEqualTo(Instant.parse("2027-10-30T23:30:00Z"));
        assertThat(aEnd.toInstant()).isEqualTo(Instant.parse("2027-10-31T03:00:00Z"));
    }

    @Test
    void commas_semicolons_backslashes_and_newlines_are_escaped_and_read_back_unchanged() {
        var title = "Drugs, migrants; and \\ rights\nsecond line";
        var ics = calendar.publish(List.of(), List.of(entry(title, LocalDateTime.of(2027, 5, 3, 9, 0),
                LocalDateTime.of(2027, 5, 3, 10, 0))));

        assertThat(ics).contains("SUMMARY:Drugs\\, migrants\\; and \\\\ rights\\nsecond line\r\n");
        assertThat(value(onlyEvent(parseValid(ics)), "SUMMARY")).isEqualTo(title);
    }

    @Test
    void lines_end_with_crlf_and_fold_at_75_octets_without_splitting_utf8() {
        var title = ("Séminaire international sur les réponses aux défis liés aux drogues pour les réfugiés, "
                + "migrants et personnes déplacées — Palermo 🇮🇹 ").repeat(3).strip();
        var ics = calendar.publish(List.of(), List.of(entry(title, LocalDateTime.of(2027, 5, 3, 9, 0),
                LocalDateTime.of(2027, 5, 3, 10, 0))));
        var bytes = ics.getBytes(StandardCharsets.UTF_8);

        // Every line break is CRLF, no bare LF or CR.
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertThat(bytes[i - 1]).as("CR before LF at %d", i).isEqualTo((byte) '\r');
            }
            if (bytes[i] == '\r') {
                assertThat(bytes[i + 1]).as("LF after CR at %d", i).isEqualTo((byte) '\n');
            }
        }
        var folded = 0;
        int lineStart = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r') {
                var line = Arrays.copyOfRange(bytes, lineStart, i);
                assertThat(line.length).as("octets of a line").isLessThanOrEqualTo(75);
                // A line never starts inside a UTF-8 sequence (continuation bytes are 10xxxxxx).
                var first = line[line[0] == ' ' && line.length > 1 ? 1 : 0];
                assertThat(first & 0xC0).as("line starts on a character boundary").isNotEqualTo(0x80);
                // ...and never ends with an incomplete one: the line decodes on its own.
                var decoder = StandardCharsets.UTF_8.newDecoder();
                assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> decoder.decode(java.nio.ByteBuffer.wrap(line)))).isNull();
                if (line[0] == ' ') {
                    folded++;
                }
                lineStart = i + 2;
            }
        }
        assertThat(folded).as(ics).isGreaterThan(3);
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(value(onlyEvent(parseValid(ics)), "SUMMARY")).isEqualTo(title);
    }

    @Test
    void feeds_have_a_stable_prodid_method_publish_dtstamp_in_utc_and_no_attendee() {
        var ics = calendar.publish(List.of(), List.of(entry("Opening", LocalDateTime.of(2027, 5, 3, 9, 0),
                LocalDateTime.of(2027, 5, 3, 10, 0))));
        var parsed = parseValid(ics);

        assertThat(Icals.method(parsed)).isEqualTo("PUBLISH");
        assertThat(ics).contains("PRODID:" + IcsRenderer.PRODID + "\r\n").doesNotContain("ATTENDEE");
        var event = onlyEvent(parsed);
        assertThat(value(event, "DTSTAMP")).isEqualTo("20261120T101530Z");
        assertThat(value(event, "CREATED")).isEqualTo("20261001T080000Z");
        assertThat(value(event, "LAST-MODIFIED")).isEqualTo("20261002T093000Z");
        assertThat(value(event, "ORGANIZER")).isEqualTo("mailto:secretariat@convene.example.org");
        assertThat(param(event, "DTSTART", "TZID")).isEqualTo("Europe/Rome");
        assertThat(ics).doesNotContain("SEQUENCE");
    }

    @Test
    void the_etag_ignores_the_rendering_time_but_not_the_content() {
        var later = new IcsRenderer(Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC),
                ConveneSettings.of("https://convene.example.org", "secretariat@convene.example.org"));
        var e = entry("Opening", LocalDateTime.of(2027, 5, 3, 9, 0), LocalDateTime.of(2027, 5, 3, 10, 0));
        var first = calendar.publish(List.of(), List.of(e));
        var second = later.publish(List.of(), List.of(e));
        var changed = later.publish(List.of(), List.of(entry("Opening moved", e.start(), e.end())));

        assertThat(first).isNotEqualTo(second);
        assertThat(Ics.etag(first)).isEqualTo(Ics.etag(second)).isNotEqualTo(Ics.etag(changed));
    }

    @Test
    void an_empty_feed_is_still_a_valid_calendar() {
        var parsed = parseValid(calendar.publish(java.util.List.of(), java.util.List.of()));
        assertThat(events(parsed)).isEmpty();
    }
}

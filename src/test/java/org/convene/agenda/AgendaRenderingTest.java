package org.convene.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convene.base.ConveneSettings;
import org.convene.base.i18n.TranslationProvider;
import org.convene.calendar.Ics;
import org.convene.calendar.IcsRenderer;
import org.junit.jupiter.api.Test;

/** The renderers on their own, from an agenda built in memory: no database, no Spring. */
class AgendaRenderingTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    /** A published agenda of {@code days} days with {@code perDay} items in two rooms, names in many scripts. */
    static PublishedAgenda anAgenda(int days, int perDay) {
        var names = List.of("Ελένη Παπαδοπούλου", "Олена Коваленко", "أمينة حداد", "Inès Lefèvre", "Jonas Becker");
        var start = LocalDateTime.of(2027, 3, 15, 8, 0);
        var entries = new ArrayList<AgendaEntry>();
        long id = 1;
        for (var d = 0; d < days; d++) {
            for (var i = 0; i < perDay; i++) {
                var room = i % 2 == 0 ? "Sala Mattarella" : "Sala Martorana";
                var begin = start.plusDays(d).plusMinutes((i / 2) * 20L);
                var speaker = names.get((int) (id % names.size()));
                entries.add(new AgendaEntry(id, "uid-" + id + "@convene", (int) (id % 3), "Session " + id + ": responses for migrants",
                        "Exchange of practice between services, NGOs and ministries; questions from the floor.",
                        ItemType.values()[(int) (id % ItemType.values().length)], begin, begin.plusMinutes(20), room, "en",
                        id % 10 == 0 ? "https://meet.example.org/s" + id : "",
                        List.of(new Speaker(PersonRole.SPEAKER, speaker, "Pompidou Group", "", null),
                                new Speaker(PersonRole.CHAIR, "Claire Dubois", "Secretariat", "", null)),
                        id % 50 == 0 ? ItemStatus.CANCELLED : ItemStatus.SCHEDULED, id % 7 == 0, 1, NOW, NOW));
                id++;
            }
        }
        return new PublishedAgenda(1, "abc123", "2nd international capacity-building seminar", "Palazzo delle Aquile, Palermo",
                "", ZoneId.of("Europe/Rome"), start, start.plusDays(days - 1).withHour(18), false, 2, NOW, entries);
    }

    static AgendaCalendar calendar() {
        return new AgendaCalendar(new IcsRenderer(Clock.fixed(NOW, ZoneOffset.UTC),
                ConveneSettings.of("https://convene.example.org/", "secretariat@example.org")));
    }

    static AgendaPdf pdf() {
        return new AgendaPdf(new TranslationProvider());
    }

    @Test
    void folding_counts_octets_and_never_splits_a_character() {
        var line = "DESCRIPTION:" + "Ελένη Παπαδοπούλου 😀 ".repeat(12);
        var folded = Ics.fold(line + "\r\nEND:VEVENT\r\n");

        for (var l : folded.split("\r\n")) {
            assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(new String(l.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(l);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\nEND:VEVENT\r\n");
    }

    @Test
    void a_carriage_return_in_agenda_text_cannot_start_a_new_property() throws Exception {
        var start = LocalDateTime.of(2027, 3, 15, 9, 0);
        var entry = new AgendaEntry(1, "uid-cr@convene", 0, "Opening\rX-INJECTED-TITLE:1",
                "Welcome\rATTENDEE;RSVP=TRUE:mailto:evil@example.org\u0007\u001b", ItemType.values()[0], start,
                start.plusMinutes(30), "Sala\rLOCATION:elsewhere", "en", "",
                List.of(new Speaker(PersonRole.SPEAKER, "Eve\rORGANIZER:mailto:evil@example.org", "NGO", "", null)),
                ItemStatus.SCHEDULED, false, 1, NOW, NOW);
        var agenda = new PublishedAgenda(1, "cr123", "Seminar", "Palermo", "", ZoneId.of("Europe/Rome"), start,
                start.withHour(18), false, 1, NOW, List.of(entry));

        var text = calendar().render(agenda);

        assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\u0007").doesNotContain("\u001b");
        assertThat(text.split("\r\n")).noneMatch(l -> l.startsWith("ATTENDEE") || l.startsWith("X-INJECTED")
                || l.startsWith("LOCATION:elsewhere") || l.startsWith("ORGANIZER:mailto:evil"));
        var parsed = AgendaDownloadsTest.parse(text);
        assertThat(parsed.validate().hasErrors()).as(parsed.validate().toString()).isFalse();
        var event = parsed.getComponents("VEVENT").getFirst();
        assertThat(event.getProperties("ATTENDEE")).isEmpty();
        assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue()).contains("Welcome\nATTENDEE;RSVP=TRUE");
        var entryFeed = calendar().entry(agenda, entry);
        assertThat(entryFeed.description()).doesNotContain("\r");
    }

    @Test
    void the_ics_of_an_agenda_has_one_event_per_item_and_is_stable() throws Exception {
        var agenda = anAgenda(2, 6);
        var text = calendar().render(agenda);

        assertThat(text).isEqualTo(calendar().render(agenda));
        var parsed = AgendaDownloadsTest.parse(text);
        assertThat(parsed.validate().hasErrors()).as(parsed.validate().toString()).isFalse();
        assertThat(parsed.getComponents("VEVENT")).hasSize(12);
        assertThat(text).contains("STATUS:CONFIRMED").contains("URL:https://convene.example.org/seminars/abc123")
                .contains("DTSTAMP:20261120T100000Z").doesNotContain("ATTENDEE");
    }

    @Test
    void arabic_names_are_shaped_and_the_text_of_the_pdf_reads_back() throws Exception {
        var bytes = pdf().render(anAgenda(1, 6), Locale.ENGLISH);

        try (var doc = Loader.loadPDF(bytes)) {
            var text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Ελένη Παπαδοπούλου", "Олена Коваленко", "Inès Lefèvre", "Sala Martorana");
            // OpenPDF writes Arabic shaped and in visual order; PDFBox gives it back in logical order.
            assertThat(text).contains("أمينة حداد");
        }
    }
}

package org.convene.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.agenda.AgendaFixtures.anItem;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.convene.seminar.SeminarFixtures.withTimes;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convene.IntegrationTest;
import org.convene.TestClock;
import org.convene.calendar.CalendarRecipient;
import org.convene.calendar.IcsRenderer;
import org.convene.account.Role;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The PDF and .ics downloads of a seminar in Palermo across the night the clocks go back (last
 * Sunday of October, Europe/Rome): both keep the wall-clock times, both agree, both parse back.
 */
class AgendaDownloadsTest extends IntegrationTest {

    @Autowired
    AgendaService agendas;

    @Autowired
    RoomsAndPeopleService roomsAndPeople;

    @Autowired
    AgendaPublishingService publishing;
    @Autowired
    SeminarService seminars;
    @Autowired
    AgendaDownloads downloads;
    @Autowired
    IcsRenderer renderer;

    MockMvc http;
    String organiser;
    long seminarId;
    String publicId;
    LocalDate sunday;
    long before;
    long after;

    @BeforeEach
    void aPublishedAgendaAcrossTheAutumnClockChange() {
        http = MockMvcBuilders.standaloneSetup(downloads).build();
        organiser = aUser("Download Organiser", Role.ORGANISER);
        signIn(organiser);
        sunday = AgendaFixtures.nextLastSunday(Month.OCTOBER);
        seminarId = seminars.create(withTimes(aSeminarForm("Palermo seminar " + UUID.randomUUID(), 1, 40),
                sunday.minusDays(1).atTime(9, 0), sunday.plusDays(1).atTime(17, 0)));
        publicId = seminars.get(seminarId).publicId();
        var room = roomsAndPeople.saveRoom(seminarId, null, "Sala delle Lapidi");
        var eleni = roomsAndPeople.savePerson(seminarId, null, new PersonForm("Ελένη Παπαδοπούλου", "Υπουργείο Υγείας", "", null));
        var olena = roomsAndPeople.savePerson(seminarId, null, new PersonForm("Олена Коваленко", "Київ", "", null));
        var ines = roomsAndPeople.savePerson(seminarId, null, new PersonForm("Inès Lefèvre", "Médecins du Monde", "", null));
        var amina = roomsAndPeople.savePerson(seminarId, null, new PersonForm("أمينة حداد", "Beirut", "", null));
        before = agendas.saveItem(seminarId, null, anItem("Before the clock change", sunday.minusDays(1).atTime(10, 0), 60, room,
                List.of(eleni, ines)), false);
        agendas.saveItem(seminarId, null, anItem("The night after", sunday.atTime(10, 0), 60, room, List.of(amina)), false);
        after = agendas.saveItem(seminarId, null, anItem("After the clock change", sunday.plusDays(1).atTime(10, 0), 60, room,
                List.of(olena)), false);
        seminars.publish(seminarId);
        publishing.publish(seminarId);
        signOut();
    }

    @Test
    void the_ics_keeps_wall_clock_times_across_the_autumn_clock_change_and_validates() throws Exception {
        var response = http.perform(get("/calendar/seminars/{id}/agenda.ics", publicId)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualToIgnoringCase("text/calendar;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains("agenda-palermo-seminar-").contains(".ics");
        var text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);

        assertThat(text).contains("\r\n").doesNotContain("ATTENDEE").contains("METHOD:PUBLISH");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        for (var line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        var calendar = parse(text);
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(3);
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);

        var first = event(events, "Before the clock change");
        var last = event(events, "After the clock change");
        assertThat(first.getProperty(Property.DTSTART).orElseThrow().toString()).contains("TZID=Europe/Rome:")
                .contains("T100000").doesNotContain("Z\r\n");
        assertThat(last.getProperty(Property.DTSTART).orElseThrow().toString()).contains("TZID=Europe/Rome:").contains("T100000");
        ZonedDateTime start1 = ZonedDateTime.from(first.getStartDate().orElseThrow().getDate());
        ZonedDateTime start2 = ZonedDateTime.from(last.getStartDate().orElseThrow().getDate());
        assertThat(start1.toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(start2.toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(Duration.between(start1.toInstant(), start2.toInstant())).as("one hour more in the night it goes back")
                .isEqualTo(Duration.ofHours(49));
        assertThat(first.getDateStamp().orElseThrow().getValue()).endsWith("Z");
        assertThat(first.getProperty(Property.CREATED)).isPresent();
        assertThat(first.getProperty(Property.LAST_MODIFIED)).isPresent();
        assertThat(first.getProperty(Property.SEQUENCE)).as("absent while 0").isEmpty();
        assertThat(first.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .contains("/seminars/" + publicId).contains("Ελένη Παπαδοπούλου");
    }

    @Test
    void the_same_agenda_renders_the_same_uids_and_a_time_change_raises_the_sequence() throws Exception {
        var firstRender = parse(icsText());
        var secondRender = parse(icsText());
        assertThat(uids(secondRender)).isEqualTo(uids(firstRender)).doesNotHaveDuplicates().hasSize(3);

        signIn(organiser);
        var item = agendas.draft(seminarId).items().stream().filter(i -> i.id() == after).findFirst().orElseThrow();
        agendas.saveItem(seminarId, after, item.toForm().withTimes(item.startsAt().plusHours(2), item.endsAt().plusHours(2)), false);
        publishing.publish(seminarId);
        signOut();

        var thirdRender = parse(icsText());
        assertThat(uids(thirdRender)).isEqualTo(uids(firstRender));
        var moved = event(thirdRender.getComponents("VEVENT"), "After the clock change");
        assertThat(moved.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        assertThat(event(thirdRender.getComponents("VEVENT"), "Before the clock change").getProperty(Property.SEQUENCE)).isEmpty();
        assertThat(thirdRender.validate().hasErrors()).isFalse();
    }

    @Test
    void the_pdf_shows_the_days_the_names_in_greek_cyrillic_and_french_and_the_same_times_as_the_ics() throws Exception {
        var result = http.perform(get("/api/public/seminars/{id}/agenda.pdf", publicId).param("lang", "en")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains(".pdf");

        try (var pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Palermo seminar", "Sala delle Lapidi", "Before the clock change", "After the clock change")
                    .contains("Ελένη Παπαδοπούλου", "Олена Коваленко", "Inès Lefèvre", "Médecins du Monde");
            assertThat(text).contains("10:00–11:00 CEST").contains("10:00–11:00 CET");
            assertThat(text.indexOf("Before the clock change")).isLessThan(text.indexOf("After the clock change"));
            var page = pdf.getPage(0);
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            }
        }
        var ics = parse(icsText());
        var start = ZonedDateTime.from(event(ics.getComponents("VEVENT"), "After the clock change").getStartDate().orElseThrow().getDate());
        assertThat(start.getZone().getRules().isDaylightSavings(start.toInstant())).as("CET in both").isFalse();
    }

    @Test
    void unknown_hidden_and_unpublished_agendas_all_answer_not_found() throws Exception {
        signIn(organiser);
        var draftSeminar = seminars.create(aSeminarForm("Hidden " + UUID.randomUUID(), 20, 10));
        var draftPublicId = seminars.get(draftSeminar).publicId();
        var day = seminars.get(draftSeminar).startsAt();
        agendas.saveItem(draftSeminar, null, anItem("Secret", day, 60, null), false);
        publishing.publish(draftSeminar);
        var noAgenda = seminars.create(aSeminarForm("No agenda " + UUID.randomUUID(), 20, 10));
        seminars.publish(noAgenda);
        var noAgendaPublicId = seminars.get(noAgenda).publicId();
        signOut();

        for (var id : List.of("unknown-seminar", draftPublicId, noAgendaPublicId, "../../etc")) {
            assertThat(status("/calendar/seminars/{id}/agenda.ics", id)).as(id).isEqualTo(404);
            assertThat(status("/api/public/seminars/{id}/agenda.pdf", id)).as(id).isEqualTo(404);
        }
        signIn(aUser("Nosy Participant"));
        assertThat(status("/calendar/seminars/{id}/agenda.ics", draftPublicId)).isEqualTo(404);
    }

    @Test
    void downloads_carry_validators_answer_304_when_unchanged_and_answer_head() throws Exception {
        for (var url : List.of("/calendar/seminars/{id}/agenda.ics", "/api/public/seminars/{id}/agenda.pdf?lang=en")) {
            var first = http.perform(get(url, publicId)).andReturn().getResponse();
            var etag = first.getHeader("ETag");
            var modified = first.getHeader("Last-Modified");
            assertThat(first.getStatus()).as(url).isEqualTo(200);
            assertThat(etag).as(url).startsWith("W/\"").endsWith("\"");
            assertThat(modified).as(url).isNotBlank();
            assertThat(first.getContentAsByteArray()).isNotEmpty();

            var byTag = http.perform(get(url, publicId).header("If-None-Match", etag)).andReturn().getResponse();
            assertThat(byTag.getStatus()).as(url).isEqualTo(304);
            assertThat(byTag.getContentAsByteArray()).isEmpty();
            assertThat(byTag.getHeader("ETag")).isEqualTo(etag);
            var byDate = http.perform(get(url, publicId).header("If-Modified-Since", modified)).andReturn().getResponse();
            assertThat(byDate.getStatus()).as(url).isEqualTo(304);
            var otherTag = http.perform(get(url, publicId).header("If-None-Match", "W/\"something-else\""))
                    .andReturn().getResponse();
            assertThat(otherTag.getStatus()).as(url).isEqualTo(200);

            var head = http.perform(head(url, publicId)).andReturn().getResponse();
            assertThat(head.getStatus()).as(url).isEqualTo(200);
            assertThat(head.getHeader("ETag")).isEqualTo(etag);
            assertThat(head.getContentType()).isEqualTo(first.getContentType());
            assertThat(head.getContentAsByteArray()).as(url).isEmpty();
            // A PDF's bytes (creation date) may differ from one rendering to the next: its length is all we compare.
            assertThat(Integer.parseInt(head.getHeader("Content-Length"))).as(url)
                    .isCloseTo(first.getContentAsByteArray().length, org.assertj.core.data.Offset.offset(64));
        }
        var english = http.perform(get("/api/public/seminars/{id}/agenda.pdf?lang=en", publicId)).andReturn().getResponse();
        var french = http.perform(get("/api/public/seminars/{id}/agenda.pdf?lang=fr", publicId)).andReturn().getResponse();
        assertThat(french.getHeader("ETag")).isNotEqualTo(english.getHeader("ETag"));
    }

    @Test
    void a_new_publication_or_a_new_seminar_title_changes_the_etag() throws Exception {
        var url = "/calendar/seminars/{id}/agenda.ics";
        var etag = http.perform(get(url, publicId)).andReturn().getResponse().getHeader("ETag");

        signIn(organiser);
        var item = agendas.draft(seminarId).items().stream().filter(i -> i.id() == after).findFirst().orElseThrow();
        agendas.saveItem(seminarId, after, item.toForm().withTimes(item.startsAt().plusHours(1), item.endsAt().plusHours(1)), false);
        signOut();
        assertThat(http.perform(get(url, publicId).header("If-None-Match", etag)).andReturn().getResponse().getStatus())
                .as("draft changes are not published").isEqualTo(304);

        signIn(organiser);
        publishing.publish(seminarId);
        signOut();
        var republished = http.perform(get(url, publicId).header("If-None-Match", etag)).andReturn().getResponse();
        assertThat(republished.getStatus()).isEqualTo(200);
        var newTag = republished.getHeader("ETag");
        assertThat(newTag).isNotEqualTo(etag);

        signIn(organiser);
        var page = seminars.editable(seminarId);
        seminars.update(seminarId, org.convene.seminar.SeminarFixtures.withTitle(org.convene.seminar.SeminarForm.of(page),
                "Renamed " + UUID.randomUUID()));
        signOut();
        var renamed = http.perform(get(url, publicId).header("If-None-Match", newTag)).andReturn().getResponse();
        assertThat(renamed.getStatus()).isEqualTo(200);
    }

    /** Issue 13, item 8: one renderer, so one PRODID and one DTSTAMP (the rendering time, after each UID) for both. */
    @Test
    void the_agenda_ics_and_the_seminar_invitation_share_their_prodid_and_their_stamping() throws Exception {
        var at = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusMillis(750);
        TestClock.INSTANCE.stopAt(at);
        var stamp = "DTSTAMP:" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(at);
        var agendaIcs = icsText();
        signIn(organiser);
        var invitation = renderer.request(seminars.get(seminarId), new CalendarRecipient("anna@example.org", "Anna Rossi"));
        var seminarIcs = renderer.publish(seminars.get(seminarId));
        signOut();

        for (var ics : List.of(agendaIcs, invitation, seminarIcs)) {
            assertThat(parse(ics).validate().hasErrors()).isFalse();
            var lines = List.of(ics.split("\r\n"));
            assertThat(lines).filteredOn(l -> l.startsWith("PRODID:")).containsExactly("PRODID:" + IcsRenderer.PRODID);
            var events = lines.stream().filter("BEGIN:VEVENT"::equals).count();
            assertThat(events).isPositive();
            assertThat(lines).filteredOn(l -> l.startsWith("DTSTAMP:")).hasSize((int) events).containsOnly(stamp);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("UID:")) {
                    assertThat(lines.get(i + 1)).as("the line after %s", lines.get(i)).isEqualTo(stamp);
                }
            }
        }
        assertThat(agendaIcs).contains("METHOD:PUBLISH").doesNotContain("ATTENDEE");
        assertThat(invitation).contains("METHOD:REQUEST").contains("ATTENDEE");
    }

    @Test
    void file_names_are_short_ascii() {
        assertThat(AgendaDownloads.fileName("2nd international seminar: “Réfugiés” & IDPs", "pdf"))
                .isEqualTo("agenda-2nd-international-seminar-refugies-idps.pdf");
        assertThat(AgendaDownloads.fileName("Ελληνικά", "ics")).isEqualTo("agenda.ics");
    }

    private int status(String url, String id) throws Exception {
        return http.perform(get(url, id)).andReturn().getResponse().getStatus();
    }

    private String icsText() throws Exception {
        MvcResult r = http.perform(get("/calendar/seminars/{id}/agenda.ics", publicId)).andReturn();
        return new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    static VEvent event(List<VEvent> events, String summary) {
        return events.stream().filter(e -> e.getSummary().getValue().equals(summary)).findFirst().orElseThrow();
    }

    static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream().map(e -> e.getUid().orElseThrow().getValue()).sorted().toList();
    }
}

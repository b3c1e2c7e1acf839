package org.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.calendar.Icals.method;
import static org.convene.calendar.Icals.onlyEvent;
import static org.convene.calendar.Icals.param;
import static org.convene.calendar.Icals.parseValid;
import static org.convene.calendar.Icals.value;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.convene.seminar.SeminarFixtures.withTimes;
import static org.convene.seminar.SeminarFixtures.withTitle;

import java.time.LocalDateTime;
import java.util.UUID;
import net.fortuna.ical4j.model.Property;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.seminar.SeminarForm;
import org.convene.seminar.SeminarFormat;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Seminars as stored and changed through SeminarService, rendered as iCalendar. */
class IcsRendererSeminarTest extends IntegrationTest {

    @Autowired
    SeminarService seminars;
    @Autowired
    IcsRenderer calendar;
    @Value("${convene.public-url}")
    String publicUrl;

    final CalendarRecipient anna = new CalendarRecipient("anna@example.org", "Anna Rossi, MD");

    @BeforeEach
    void signInAsOrganiser() {
        signIn(aUser("Calendar Organiser", Role.ORGANISER));
    }

    private long publishedSeminar(SeminarForm form) {
        var id = seminars.create(form);
        seminars.publish(id);
        return id;
    }

    @Test
    void a_seminar_keeps_its_stored_uid_and_renders_as_publish_without_attendee() {
        var id = publishedSeminar(aSeminarForm("Palermo, refugees; IDPs " + UUID.randomUUID(), 40, 30));
        var seminar = seminars.get(id);

        var first = parseValid(calendar.publish(seminar));
        var second = parseValid(calendar.publish(seminars.get(id)));

        var event = onlyEvent(first);
        assertThat(method(first)).isEqualTo("PUBLISH");
        assertThat(value(event, "UID")).isEqualTo(seminar.icalUid()).isEqualTo(value(onlyEvent(second), "UID"));
        assertThat(event.getProperties(Property.ATTENDEE)).isEmpty();
        assertThat(event.getProperty(Property.SEQUENCE)).isEmpty();
        assertThat(value(event, "SUMMARY")).isEqualTo(seminar.title());
        assertThat(value(event, "LOCATION")).isEqualTo("Palazzo delle Aquile, Piazza Pretoria 1, Palermo");
        assertThat(value(event, "DESCRIPTION")).contains(publicUrl + "/seminars/" + seminar.publicId());
        assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(param(event, "DTSTART", "TZID")).isEqualTo("Europe/Rome");
        assertThat(value(event, "ORGANIZER")).startsWith("mailto:");
    }

    @Test
    void a_reschedule_raises_the_sequence_and_the_invitation_update_carries_it() {
        var form = aSeminarForm("Rescheduled " + UUID.randomUUID(), 40, 30);
        var id = publishedSeminar(form);
        var before = onlyEvent(parseValid(calendar.request(seminars.get(id), anna)));

        seminars.update(id, withTimes(form, form.startsAt().plusDays(1), form.endsAt().plusDays(1)));
        var seminar = seminars.get(id);
        var ics = calendar.request(seminar, anna);
        var parsed = parseValid(ics);
        var after = onlyEvent(parsed);

        assertThat(seminar.icalSequence()).isEqualTo(1);
        assertThat(value(before, "UID")).isEqualTo(value(after, "UID"));
        assertThat(before.getProperty(Property.SEQUENCE)).isEmpty();
        assertThat(value(after, "SEQUENCE")).isEqualTo("1");
        assertThat(method(parsed)).isEqualTo("REQUEST");
        assertThat(after.getProperties(Property.ATTENDEE)).hasSize(1);
        assertThat(value(after, "ATTENDEE")).isEqualTo("mailto:anna@example.org");
        assertThat(param(after, "ATTENDEE", "RSVP")).isEqualTo("FALSE");
        assertThat(param(after, "ATTENDEE", "CN")).isEqualTo("Anna Rossi, MD");
        assertThat(value(after, "DTSTART")).isEqualTo(form.startsAt().plusDays(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")));
    }

    @Test
    void invitations_share_the_event_each_with_only_its_own_attendee_and_a_change_is_never_served_from_the_cache() {
        var form = aSeminarForm("Shared " + UUID.randomUUID(), 40, 30);
        var id = publishedSeminar(form);
        var bruno = new CalendarRecipient("bruno@example.org", "Bruno Costa");

        var forAnna = calendar.request(seminars.get(id), anna);
        var forBruno = calendar.request(seminars.get(id), bruno);
        var annasEvent = onlyEvent(parseValid(forAnna));
        var brunosEvent = onlyEvent(parseValid(forBruno));
        assertThat(annasEvent.getProperties(Property.ATTENDEE)).hasSize(1);
        assertThat(value(annasEvent, "ATTENDEE")).isEqualTo("mailto:anna@example.org");
        assertThat(brunosEvent.getProperties(Property.ATTENDEE)).hasSize(1);
        assertThat(value(brunosEvent, "ATTENDEE")).isEqualTo("mailto:bruno@example.org");
        // The attendee is the event's last property, as iCal4j puts one added last.
        assertThat(forAnna).containsPattern("\r\nATTENDEE;[^\r]*\r\n(?: [^\r]*\r\n)*END:VEVENT\r\n");
        // Everything before it is the same for both (DTSTAMP aside: the second it was rendered).
        java.util.function.Function<String, String> beforeAttendee = ics -> ics.substring(0, ics.indexOf("\r\nATTENDEE"))
                .replaceAll("DTSTAMP:[^\r]*\r\n", "");
        assertThat(beforeAttendee.apply(forAnna)).isEqualTo(beforeAttendee.apply(forBruno));

        seminars.update(id, withTitle(form, form.title() + " (renamed)"));
        var renamed = onlyEvent(parseValid(calendar.request(seminars.get(id), anna)));
        assertThat(value(renamed, "SUMMARY")).isEqualTo(form.title() + " (renamed)");
        var cancelled = onlyEvent(parseValid(calendar.cancel(seminars.get(id), bruno)));
        assertThat(value(cancelled, "SUMMARY")).isEqualTo(form.title() + " (renamed)");
        assertThat(value(cancelled, "ATTENDEE")).isEqualTo("mailto:bruno@example.org");
        assertThat(param(cancelled, "ATTENDEE", "PARTSTAT")).isEqualTo("DECLINED");
    }

    @Test
    void a_cancelled_seminar_is_a_cancel_with_the_raised_sequence() {
        var form = aSeminarForm("Cancelled " + UUID.randomUUID(), 40, 30);
        var id = publishedSeminar(form);
        seminars.update(id, withTimes(form, form.startsAt().plusHours(1), form.endsAt()));
        seminars.cancel(id, "Venue closed, sorry");
        var seminar = seminars.get(id);

        var parsed = parseValid(calendar.cancel(seminar, anna));
        var event = onlyEvent(parsed);
        assertThat(method(parsed)).isEqualTo("CANCEL");
        assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(seminar.icalSequence()).isEqualTo(2);
        assertThat(value(event, "SEQUENCE")).isEqualTo("2");
        assertThat(value(event, "UID")).isEqualTo(seminar.icalUid());
        assertThat(event.getProperties(Property.ATTENDEE)).hasSize(1);

        var download = onlyEvent(parseValid(calendar.publish(seminar)));
        assertThat(value(download, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(download, "SEQUENCE")).isEqualTo("2");
        assertThat(download.getProperties(Property.ATTENDEE)).isEmpty();
    }

    @Test
    void a_withdrawn_place_is_a_cancel_one_above_the_seminar_sequence() {
        var id = publishedSeminar(aSeminarForm("Withdrawn " + UUID.randomUUID(), 40, 30));
        var event = onlyEvent(parseValid(calendar.cancel(seminars.get(id), anna)));
        assertThat(value(event, "SEQUENCE")).isEqualTo("1");
        assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
    }

    @Test
    void an_online_seminar_puts_its_link_in_location_and_description() {
        var f = aSeminarForm("Online " + UUID.randomUUID(), 40, 30);
        var online = new SeminarForm(f.title(), f.summary(), f.description(), f.themes(), SeminarFormat.ONLINE, "", "",
                "", "", "https://meet.example.org/room-42", f.timeZone(), f.startsAt(), f.endsAt(), f.languages(),
                f.capacity(), f.registrationOpensAt(), f.registrationClosesAt(), false, f.visibility());
        var event = onlyEvent(parseValid(calendar.publish(seminars.get(publishedSeminar(online)))));
        assertThat(value(event, "LOCATION")).isEqualTo("https://meet.example.org/room-42");
        assertThat(value(event, "DESCRIPTION")).contains("https://meet.example.org/room-42").contains("/seminars/");
    }

    @Test
    void a_seminar_over_the_spring_dst_change_keeps_its_local_times() {
        var f = aSeminarForm("DST " + UUID.randomUUID(), 40, 30);
        var start = LocalDateTime.of(2027, 3, 27, 9, 0);
        var end = LocalDateTime.of(2027, 3, 28, 17, 0);
        var form = new SeminarForm(f.title(), f.summary(), f.description(), f.themes(), f.format(), f.venueName(),
                f.venueAddress(), f.venueCity(), f.venueCountry(), f.onlineLink(), "Europe/Rome", start, end,
                f.languages(), f.capacity(), f.registrationOpensAt(), start.minusDays(2), false, f.visibility());
        var ics = calendar.publish(seminars.get(publishedSeminar(form)));
        assertThat(ics).contains("DTSTART;TZID=Europe/Rome:20270327T090000\r\n")
                .contains("DTEND;TZID=Europe/Rome:20270328T170000\r\n");
        parseValid(ics);
    }
}

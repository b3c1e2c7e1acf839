package org.convene.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.convene.registration.RegistrationFixtures.aRegistrationForm;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.convene.seminar.SeminarFixtures.withTimes;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.convene.calendar.Icals;
import org.convene.registration.RegistrationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seminar changes reach the people the real registration module names (no test directory): confirmed
 * participants get iMIP updates and cancellations, the waiting list plain notices.
 */
class SeminarChangeMailWiringTest extends MailIntegrationTest {

    static final Duration WAIT = NotificationMailTest.WAIT;

    @Autowired
    RegistrationService registrations;


    private void register(String email, long seminarId) {
        signIn(email);
        try {
            registrations.register(seminarId, aRegistrationForm());
        } finally {
            signOut();
        }
    }

    /** The one message to this address whose subject starts so, once it has arrived. */
    private MimeMessage awaitSubject(String email, String subjectStart) {
        await().atMost(WAIT).until(() -> smtp.to(email).stream().anyMatch(m -> subject(m).startsWith(subjectStart)));
        var found = smtp.to(email).stream().filter(m -> subject(m).startsWith(subjectStart)).toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/calendar part of a multipart/mixed iMIP message. */
    private static BodyPart calendarPart(MimeMessage message) throws Exception {
        var mixed = (Multipart) message.getContent();
        var alternative = (Multipart) mixed.getBodyPart(0).getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            var part = alternative.getBodyPart(i);
            if (new ContentType(part.getContentType()).getBaseType().equals("text/calendar")) {
                return part;
            }
        }
        throw new AssertionError("no text/calendar part");
    }

    private static String text(BodyPart part) throws Exception {
        var out = new ByteArrayOutputStream();
        part.getDataHandler().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String baseType(MimeMessage message) throws MessagingException {
        return new ContentType(message.getContentType()).getBaseType();
    }

    @Test
    void a_reschedule_sends_a_request_with_the_raised_sequence_to_confirmed_and_a_plain_notice_to_waitlisted() throws Exception {
        var confirmed = aUser("Seated Participant");
        var waiting = aUser("Queued Participant");
        var title = "Rescheduled wiring " + UUID.randomUUID();
        var form = aSeminarForm(title, 30, 1);
        var seminarId = publishedSeminar(form);
        register(confirmed, seminarId);
        register(waiting, seminarId);
        awaitSubject(confirmed, "Registration confirmed: " + title);
        awaitSubject(waiting, "Waiting list: " + title);

        signIn(organiser);
        seminars.update(seminarId, withTimes(form, form.startsAt().plusDays(3), form.endsAt().plusDays(3)));
        var uid = seminars.get(seminarId).icalUid();
        signOut();

        var update = awaitSubject(confirmed, "New date or time: " + title);
        var part = calendarPart(update);
        assertThat(new ContentType(part.getContentType()).getParameter("method")).isEqualTo("REQUEST");
        var event = Icals.onlyEvent(Icals.parseValid(text(part)));
        assertThat(Icals.value(event, "UID")).isEqualTo(uid);
        assertThat(Icals.value(event, "SEQUENCE")).isEqualTo("1");
        assertThat(Icals.value(event, "ATTENDEE")).isEqualTo("mailto:" + confirmed);

        var notice = awaitSubject(waiting, "New date or time: " + title);
        assertThat(baseType(notice)).isEqualTo("multipart/alternative");
        var parts = (Multipart) notice.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            assertThat(new ContentType(parts.getBodyPart(i).getContentType()).getBaseType()).isNotEqualTo("text/calendar");
        }
    }

    @Test
    void a_cancelled_seminar_sends_cancel_to_confirmed_participants() throws Exception {
        var confirmed = aUser("Cancelled Participant");
        var waiting = aUser("Cancelled Queue");
        var title = "Cancelled wiring " + UUID.randomUUID();
        var seminarId = publishedSeminar(aSeminarForm(title, 30, 1));
        register(confirmed, seminarId);
        register(waiting, seminarId);
        awaitSubject(confirmed, "Registration confirmed: " + title);

        signIn(organiser);
        seminars.cancel(seminarId, "Venue flooded");
        var seminar = seminars.get(seminarId);
        signOut();

        var message = awaitSubject(confirmed, "Cancelled: " + title);
        var part = calendarPart(message);
        assertThat(new ContentType(part.getContentType()).getParameter("method")).isEqualTo("CANCEL");
        var event = Icals.onlyEvent(Icals.parseValid(text(part)));
        assertThat(Icals.value(event, "UID")).isEqualTo(seminar.icalUid());
        assertThat(Icals.value(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(Icals.value(event, "SEQUENCE")).isEqualTo(String.valueOf(seminar.icalSequence())).isNotEqualTo("0");
        assertThat(baseType(awaitSubject(waiting, "Cancelled: " + title))).isEqualTo("multipart/alternative");
    }
}

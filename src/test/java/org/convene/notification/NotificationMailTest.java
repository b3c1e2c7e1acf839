package org.convene.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.convene.seminar.SeminarFixtures.withTimes;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.convene.account.EmailVerificationService;
import org.convene.account.PasswordResetService;
import org.convene.account.SignUpForm;
import org.convene.base.ConveneException;
import org.convene.calendar.Icals;
import org.convene.registration.InvitationCreated;
import org.convene.registration.RegistrationCancelled;
import org.convene.registration.RegistrationConfirmed;
import org.convene.registration.RegistrationSubmitted;
import org.convene.seminar.SeminarForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Real messages through a real SMTP server (GreenMail): content, MIME structure, iMIP, and no loss. */
@org.convene.TestStandIns.Use
class NotificationMailTest extends MailIntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(40);
    static final Pattern CALENDAR_LINE = Pattern.compile("\r\n ");

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TestParticipantDirectory directory;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    OutboxService outboxService;
    @Autowired
    Notifier notifier;
    @Autowired
    ReminderJob reminders;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    EmailVerificationService verification;
    @Autowired
    PasswordResetService passwordReset;
    @Autowired
    TestAgendaSource agendas;
    @Autowired
    org.springframework.modulith.events.IncompleteEventPublications incompletePublications;


    private void publish(Object event) {
        tx.executeWithoutResult(status -> events.publishEvent(event));
    }

    private String frenchUser(String name) {
        var email = aUser(name);
        signIn(email);
        accounts.updateLanguage(Locale.FRENCH);
        signOut();
        return email;
    }

    private MimeMessage awaitOne(String email) {
        await().atMost(WAIT).until(() -> !smtp.to(email).isEmpty());
        return smtp.to(email).getFirst();
    }

    private static List<BodyPart> parts(Multipart multipart) throws Exception {
        var list = new ArrayList<BodyPart>();
        for (int i = 0; i < multipart.getCount(); i++) {
            list.add(multipart.getBodyPart(i));
        }
        return list;
    }

    private static String text(Part part) throws Exception {
        var out = new ByteArrayOutputStream();
        part.getDataHandler().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String unfold(String ics) {
        return CALENDAR_LINE.matcher(ics).replaceAll("");
    }

    @Test
    void a_confirmation_arrives_in_french_with_an_imip_request_part_whose_method_matches() throws Exception {
        var email = frenchUser("Chloe Martin");
        var seminarId = publishedSeminar(aSeminarForm("Réfugiés, migrants; PDI " + UUID.randomUUID(), 30, 20));
        publish(new RegistrationConfirmed(9_000_001L + seminarId, seminarId, idOf(email)));

        var message = awaitOne(email);
        assertThat(message.getSubject()).startsWith("Inscription confirmée\u00A0: Réfugiés, migrants; PDI");
        assertThat(new ContentType(message.getContentType()).getBaseType()).isEqualTo("multipart/mixed");
        var mixed = parts((Multipart) message.getContent());
        assertThat(mixed).hasSize(2);
        assertThat(new ContentType(mixed.get(0).getContentType()).getBaseType()).isEqualTo("multipart/alternative");
        var alternative = parts((Multipart) mixed.get(0).getContent());
        assertThat(alternative).extracting(p -> new ContentType(p.getContentType()).getBaseType())
                .containsExactly("text/plain", "text/html", "text/calendar");

        var plain = text(alternative.get(0));
        assertThat(plain).startsWith("Bonjour Chloe Martin,").contains("/seminars/");
        assertThat(text(alternative.get(1))).contains("<html lang=\"fr\">").contains("Réfugiés, migrants; PDI");

        var calendarType = new ContentType(alternative.get(2).getContentType());
        assertThat(calendarType.getParameter("charset")).isEqualToIgnoringCase("UTF-8");
        var ics = text(alternative.get(2));
        var parsed = Icals.parseValid(ics);
        assertThat(calendarType.getParameter("method")).isEqualTo(Icals.method(parsed)).isEqualTo("REQUEST");
        assertThat(unfold(ics)).contains("ATTENDEE").contains("mailto:" + email).contains("RSVP=FALSE");
        assertThat(Icals.onlyEvent(parsed).getProperties("ATTENDEE")).hasSize(1);

        var attachment = mixed.get(1);
        assertThat(attachment.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("invite.ics");
        assertThat(text(attachment)).isEqualTo(ics);
        assertThat(message.getHeader("Message-ID")[0]).startsWith("<convene-outbox-");
    }

    @Test
    void a_received_registration_is_plain_alternative_text_and_html_without_calendar() throws Exception {
        var email = aUser("Pending Person");
        var seminarId = publishedSeminar(aSeminarForm("Pending " + UUID.randomUUID(), 30, 20));
        publish(new RegistrationSubmitted(9_100_001L + seminarId, seminarId, idOf(email)));

        var message = awaitOne(email);
        assertThat(message.getSubject()).startsWith("Registration received: Pending");
        assertThat(new ContentType(message.getContentType()).getBaseType()).isEqualTo("multipart/alternative");
        assertThat(parts((Multipart) message.getContent())).extracting(p -> new ContentType(p.getContentType()).getBaseType())
                .containsExactly("text/plain", "text/html");
    }

    @Test
    void a_withdrawn_registration_sends_a_cancel_one_above_the_seminar_sequence() throws Exception {
        var email = aUser("Withdrawing Person");
        var seminarId = publishedSeminar(aSeminarForm("Withdrawn " + UUID.randomUUID(), 30, 20));
        publish(new RegistrationCancelled(9_200_001L + seminarId, seminarId, idOf(email)));

        var message = awaitOne(email);
        var alternative = parts((Multipart) parts((Multipart) message.getContent()).get(0).getContent());
        var calendar = alternative.get(2);
        var ics = text(calendar);
        assertThat(new ContentType(calendar.getContentType()).getParameter("method")).isEqualTo("CANCEL");
        assertThat(Icals.method(Icals.parseValid(ics))).isEqualTo("CANCEL");
        assertThat(ics).contains("STATUS:CANCELLED").contains("SEQUENCE:1");
    }

    @Test
    void a_cancelled_seminar_sends_cancel_to_confirmed_people_and_news_to_the_waiting_list() throws Exception {
        var confirmed = aUser("Confirmed Participant");
        var waiting = aUser("Waiting Participant");
        var seminarId = publishedSeminar(aSeminarForm("Cancelled seminar " + UUID.randomUUID(), 30, 20));
        directory.set(seminarId, List.of(idOf(confirmed)), List.of(idOf(waiting)));
        signIn(organiser);
        seminars.cancel(seminarId, "The venue is closed <for works>");
        signOut();

        var toConfirmed = awaitOne(confirmed);
        var alternative = parts((Multipart) parts((Multipart) toConfirmed.getContent()).get(0).getContent());
        var ics = text(alternative.get(2));
        assertThat(new ContentType(alternative.get(2).getContentType()).getParameter("method")).isEqualTo("CANCEL");
        assertThat(ics).contains("METHOD:CANCEL").contains("STATUS:CANCELLED").contains("SEQUENCE:1");
        assertThat(text(alternative.get(1))).contains("The venue is closed &lt;for works&gt;");
        assertThat(parts((Multipart) toConfirmed.getContent()).get(1).getFileName()).isEqualTo("cancel.ics");

        var toWaiting = awaitOne(waiting);
        assertThat(toWaiting.getSubject()).startsWith("Cancelled: Cancelled seminar");
        assertThat(new ContentType(toWaiting.getContentType()).getBaseType()).isEqualTo("multipart/alternative");
    }

    @Test
    void a_reschedule_sends_one_updated_request_with_the_raised_sequence() throws Exception {
        var confirmed = aUser("Rescheduled Participant");
        var form = aSeminarForm("Moved seminar " + UUID.randomUUID(), 30, 20);
        var seminarId = publishedSeminar(form);
        directory.set(seminarId, List.of(idOf(confirmed)), List.of());
        signIn(organiser);
        // New time and a new venue in one edit: two events, one message.
        var moved = withTimes(form, form.startsAt().plusDays(2), form.endsAt().plusDays(2));
        seminars.update(seminarId, new SeminarForm(moved.title(), moved.summary(), moved.description(), moved.themes(),
                moved.format(), "Teatro Massimo", moved.venueAddress(), moved.venueCity(), moved.venueCountry(),
                moved.onlineLink(), moved.timeZone(), moved.startsAt(), moved.endsAt(), moved.languages(),
                moved.capacity(), moved.registrationOpensAt(), moved.registrationClosesAt(), false, moved.visibility()));
        signOut();

        var message = awaitOne(confirmed);
        var ics = unfold(text(parts((Multipart) parts((Multipart) message.getContent()).get(0).getContent()).get(2)));
        assertThat(ics).contains("METHOD:REQUEST").contains("SEQUENCE:1").contains("Teatro Massimo");
        awaitQuiet(confirmed);
        assertThat(smtp.to(confirmed)).hasSize(1);
    }

    @Test
    void the_same_reaction_twice_queues_one_message() {
        var email = aUser("Twice Person");
        var seminarId = publishedSeminar(aSeminarForm("Twice " + UUID.randomUUID(), 30, 20));
        var registrationId = 9_300_001L + seminarId;
        notifier.registration(MessageKind.REGISTRATION_CONFIRMED, registrationId, seminarId, idOf(email), null);
        notifier.registration(MessageKind.REGISTRATION_CONFIRMED, registrationId, seminarId, idOf(email), null);

        var key = "REGISTRATION_CONFIRMED:r" + registrationId + ":u" + idOf(email);
        assertThat(outbox.findAll().stream().filter(m -> m.getIdempotencyKey().equals(key))).hasSize(1);
        awaitQuiet(email);
        assertThat(smtp.to(email)).hasSize(1);
    }

    @Test
    void with_the_smtp_server_down_nothing_is_lost_and_everything_arrives_exactly_once_later() {
        smtp.stop();
        var people = List.of(aUser("Outage One"), aUser("Outage Two"), aUser("Outage Three"));
        var form = aSeminarForm("Outage " + UUID.randomUUID(), 30, 20);
        var seminarId = publishedSeminar(form);
        directory.set(seminarId, people.stream().map(this::idOf).toList(), List.of());
        for (var email : people) {
            publish(new RegistrationConfirmed(9_400_000L + seminarId * 10 + people.indexOf(email), seminarId, idOf(email)));
        }
        signIn(organiser);
        seminars.update(seminarId, withTimes(form, form.startsAt().plusHours(2), form.endsAt().plusHours(2)));
        signOut();

        var emails = java.util.Set.copyOf(people);
        await().atMost(WAIT).untilAsserted(() -> {
            var mine = outbox.findAll().stream().filter(m -> emails.contains(m.getRecipientEmail())).toList();
            assertThat(mine).hasSize(6);
            assertThat(mine).allSatisfy(m -> {
                assertThat(m.getStatus()).isEqualTo(OutboxStatus.PENDING);
                assertThat(m.getAttempts()).isGreaterThanOrEqualTo(1);
                assertThat(m.getLastError()).isNotBlank();
                assertThat(m.getNextAttemptAt()).isAfter(m.getCreatedAt());
            });
        });

        smtp.start();
        // Two hours on, every retry is due: this test's messages go out (other tests' leftovers stay theirs).
        var later = clock.instant().plus(Duration.ofHours(2));
        for (var m : outbox.findAll().stream().filter(m -> emails.contains(m.getRecipientEmail())).toList()) {
            if (outboxService.claim(m.getId(), later)) {
                sender.send(m.getId(), later);
            }
        }

        for (var email : people) {
            assertThat(smtp.to(email)).as(email).hasSize(2);
            assertThat(smtp.to(email)).extracting(m -> {
                try {
                    return m.getSubject();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).anyMatch(s -> s.startsWith("Registration confirmed")).anyMatch(s -> s.startsWith("New date or time"));
        }
        assertThat(outbox.findAll().stream().filter(m -> emails.contains(m.getRecipientEmail())))
                .allSatisfy(m -> assertThat(m.getStatus()).isEqualTo(OutboxStatus.SENT));
    }

    @Test
    void sign_up_sends_a_verification_link_that_works_once() throws Exception {
        var email = uniqueEmail("new.signup");
        accounts.signUp(new SignUpForm("New Signup", email, PASSWORD), Locale.ENGLISH);

        var message = awaitOne(email);
        assertThat(message.getSubject()).isEqualTo("Confirm your e-mail address for Convene");
        var token = link(message, "/verify-email/");
        assertThat(verification.verifyEmail(token)).isTrue();
        assertThat(verification.verifyEmail(token)).isFalse();
        assertThat(accounts.findAll(List.of(idOf(email))).get(idOf(email)).isEmailVerified()).isTrue();
        assertThat(verification.verifyEmail("not-a-token")).isFalse();
    }

    @Test
    void a_password_reset_link_sets_a_new_password_once_and_unknown_addresses_learn_nothing() throws Exception {
        var email = aUser("Forgetful Person");
        passwordReset.requestPasswordReset(email.toUpperCase(Locale.ROOT));
        passwordReset.requestPasswordReset(uniqueEmail("nobody"));

        var token = link(awaitOne(email), "/reset-password/");
        assertThat(passwordReset.isResetTokenUsable(token)).isTrue();
        assertThatThrownBy(() -> passwordReset.resetPassword(token, "short"))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getField()).isEqualTo("password"));
        passwordReset.resetPassword(token, "Another-harbour-lamp-2027");

        assertThat(passwordEncoder.matches("Another-harbour-lamp-2027", userDetailsService.loadUserByUsername(email).getPassword())).isTrue();
        assertThat(passwordReset.isResetTokenUsable(token)).isFalse();
        assertThatThrownBy(() -> passwordReset.resetPassword(token, "Third-quiet-river-2028"))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("account.reset.invalid"));
        assertThat(passwordEncoder.matches("Another-harbour-lamp-2027", userDetailsService.loadUserByUsername(email).getPassword())).isTrue();
    }

    @Test
    void an_invitation_carries_the_personal_link() throws Exception {
        var email = uniqueEmail("invitee");
        var seminarId = publishedSeminar(aSeminarForm("Invited " + UUID.randomUUID(), 30, 20));
        var token = "tok" + UUID.randomUUID().toString().replace("-", "");
        publish(new InvitationCreated(9_500_001L + seminarId, seminarId, email, "Ivana Invitee", token));

        var message = awaitOne(email);
        assertThat(message.getSubject()).startsWith("Invitation: Invited");
        assertThat(text(parts((Multipart) message.getContent()).get(0))).contains("Dear Ivana Invitee,").contains("/invitations/" + token);
    }

    @Test
    void reminders_go_to_confirmed_participants_once_per_start() {
        var confirmed = aUser("Reminded Participant");
        var seminarId = publishedSeminar(aSeminarForm("Soon " + UUID.randomUUID(), 2, 20));
        directory.set(seminarId, List.of(idOf(confirmed)), List.of());

        reminders.run();
        reminders.run();

        var rows = outbox.findAll().stream().filter(m -> m.getRecipientEmail().equals(confirmed)).toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().getKind()).isEqualTo(MessageKind.REMINDER);
        assertThat(rows.getFirst().getSubject()).startsWith("Reminder: Soon");
        await().atMost(WAIT).until(() -> !smtp.to(confirmed).isEmpty());
    }

    @Test
    void an_agenda_change_sends_the_current_agenda_once_per_version() throws Exception {
        var confirmed = aUser("Agenda Reader");
        var seminarId = publishedSeminar(aSeminarForm("Agenda " + UUID.randomUUID(), 30, 20));
        directory.set(seminarId, List.of(idOf(confirmed)), List.of());
        var agendaIcs = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Convene//Agenda//EN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n";
        agendas.set(seminarId, new org.convene.calendar.AgendaAttachment("agenda-" + seminarId + ".ics", agendaIcs, "v2"));

        publish(new org.convene.agenda.AgendaChanged(seminarId, 2, 2));
        publish(new org.convene.agenda.AgendaChanged(seminarId, 2, 2));

        var message = awaitOne(confirmed);
        assertThat(message.getSubject()).startsWith("Agenda updated: Agenda");
        var mixed = parts((Multipart) message.getContent());
        assertThat(mixed).hasSize(2);
        assertThat(mixed.get(1).getFileName()).isEqualTo("agenda-" + seminarId + ".ics");
        assertThat(text(mixed.get(1))).isEqualTo(agendaIcs);
        // Same agenda version: the second reaction adds nothing.
        awaitQuiet(confirmed);
        assertThat(smtp.to(confirmed)).hasSize(1);
    }

    @Test
    void a_reaction_that_failed_runs_again_when_publications_are_resubmitted_and_mails_once() {
        var confirmed = aUser("Resubmitted Participant");
        var seminarId = publishedSeminar(aSeminarForm("Resubmitted " + UUID.randomUUID(), 30, 20));
        directory.set(seminarId, List.of(idOf(confirmed)), List.of());
        directory.failOnce(seminarId);
        signIn(organiser);
        seminars.cancel(seminarId, "Storm warning");
        signOut();

        // The reaction failed: the registry records its publication as failed, and nothing was queued.
        await().atMost(WAIT).until(() -> ownIncompletePublications().stream().anyMatch(p -> p.getStatus()
                == org.springframework.modulith.events.EventPublication.Status.FAILED
                && p.getEvent() instanceof org.convene.seminar.SeminarCancelled c && c.seminarId() == seminarId));
        assertThat(outbox.findAll().stream().filter(m -> m.getRecipientEmail().equals(confirmed))).isEmpty();
        // What the start-up does (republish-outstanding-events-on-restart), for this event only.
        incompletePublications.resubmitIncompletePublications(p -> p.getEvent() instanceof org.convene.seminar.SeminarCancelled c
                && c.seminarId() == seminarId);
        incompletePublications.resubmitIncompletePublications(p -> p.getEvent() instanceof org.convene.seminar.SeminarCancelled c
                && c.seminarId() == seminarId);

        await().atMost(WAIT).until(() -> !smtp.to(confirmed).isEmpty());
        awaitQuiet(confirmed);
        assertThat(smtp.to(confirmed)).hasSize(1);
    }

    private static String link(MimeMessage message, String path) throws Exception {
        var plain = text(parts((Multipart) message.getContent()).get(0));
        var matcher = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]{43})").matcher(plain);
        assertThat(matcher.find()).as(plain).isTrue();
        return matcher.group(1);
    }

}

package org.convene.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.convene.registration.RegistrationFixtures.aRegistrationForm;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.convene.registration.InvitationForm;
import org.convene.registration.InvitationService;
import org.convene.registration.RegistrationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 10, items 7 and 8: odd addresses never stop anyone's mail; a new event is a new message. */
class RecipientHardeningTest extends MailIntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(40);

    @Autowired
    OutboxRepository outbox;
    @Autowired
    Notifier notifier;
    @Autowired
    RegistrationService registrations;
    @Autowired
    InvitationService invitations;

    private void register(String email, long seminarId) {
        signIn(email);
        try {
            registrations.register(seminarId, aRegistrationForm());
        } finally {
            signOut();
        }
    }

    private List<String> subjects(String email) {
        return smtp.to(email).stream().map(RecipientHardeningTest::subject).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void an_address_a_uri_refuses_still_gets_its_calendar_cancel_and_so_does_everyone_else() {
        var odd = aUser("Odd|{pipe}%percent");
        var plain = aUser("Plain Participant");
        assertThat(odd).contains("|").contains("{").contains("%");
        var seminarId = publishedSeminar(aSeminarForm("Odd addresses " + UUID.randomUUID(), 30, 20));
        register(odd, seminarId);
        register(plain, seminarId);
        await().atMost(WAIT).until(() -> !smtp.to(odd).isEmpty() && !smtp.to(plain).isEmpty());
        signIn(organiser);
        seminars.cancel(seminarId, "Closed");
        signOut();

        await().atMost(WAIT).until(() -> subjects(odd).size() == 2 && subjects(plain).size() == 2);
        assertThat(subjects(odd)).hasSize(2).anyMatch(s -> s.startsWith("Registration confirmed:"))
                .anyMatch(s -> s.startsWith("Cancelled:"));
        var row = outbox.findAll().stream().filter(m -> m.getRecipientEmail().equals(odd) && m.getKind() == MessageKind.SEMINAR_CANCELLED)
                .findFirst().orElseThrow();
        assertThat(row.getIcal()).contains("mailto:odd%7C%7Bpipe%7D%25percent");
    }

    @Test
    void one_recipient_whose_message_cannot_be_made_does_not_stop_the_others() {
        var first = aUser("First Recipient");
        var broken = aUser("Broken Recipient");
        var last = aUser("Last Recipient");
        var seminarId = publishedSeminar(aSeminarForm("Isolated " + UUID.randomUUID(), 30, 20));
        var users = accounts.findAll(List.of(idOf(first), idOf(broken), idOf(last))).values();

        var queued = notifier.eachRecipient(users, "test", user -> {
            if (user.getEmail().equals(broken)) {
                throw new IllegalStateException("cannot compose for " + user.getId());
            }
            notifier.registration(MessageKind.REGISTRATION_RECEIVED, 9_700_000L + user.getId(), seminarId, user.getId(), null);
            return true;
        });

        assertThat(queued).isEqualTo(2);
        assertThat(outbox.findAll()).extracting(OutboxMessage::getRecipientEmail).contains(first, last).doesNotContain(broken);
    }

    @Test
    void cancelling_and_registering_again_sends_a_new_confirmation() {
        var person = aUser("Comes Back");
        var seminarId = publishedSeminar(aSeminarForm("Come back " + UUID.randomUUID(), 30, 20));
        signIn(person);
        var registrationId = registrations.register(seminarId, aRegistrationForm());
        signOut();
        await().atMost(WAIT).until(() -> smtp.to(person).size() == 1);
        signIn(person);
        registrations.cancelMine(registrationId);
        signOut();
        await().atMost(WAIT).until(() -> smtp.to(person).size() == 2);
        signIn(person);
        assertThat(registrations.register(seminarId, aRegistrationForm())).isEqualTo(registrationId);
        signOut();

        await().atMost(WAIT).until(() -> smtp.to(person).size() == 3);
        assertThat(subjects(person)).filteredOn(s -> s.startsWith("Registration confirmed")).hasSize(2);
    }

    @Test
    void a_second_invitation_after_a_revoke_is_sent() {
        var email = uniqueEmail("invited.twice");
        var seminarId = publishedSeminar(aSeminarForm("Invited twice " + UUID.randomUUID(), 30, 20));
        signIn(organiser);
        var invitationId = invitations.invite(seminarId, new InvitationForm("Twice Invited", email, "", ""));
        signOut();
        await().atMost(WAIT).until(() -> smtp.to(email).size() == 1);
        signIn(organiser);
        invitations.revoke(invitationId);
        assertThat(invitations.invite(seminarId, new InvitationForm("Twice Invited", email, "", ""))).isEqualTo(invitationId);
        signOut();

        await().atMost(WAIT).until(() -> smtp.to(email).size() == 2);
        assertThat(subjects(email)).allMatch(s -> s.startsWith("Invitation:"));
    }
}

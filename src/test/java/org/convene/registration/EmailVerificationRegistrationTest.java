package org.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.convene.registration.RegistrationFixtures.aRegistrationForm;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.convene.seminar.SeminarFixtures.withApproval;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.account.EmailVerificationService;
import org.convene.account.Role;
import org.convene.account.SignUpForm;
import org.convene.seminar.SeminarForm;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 10, item 5: a registration is confirmed only for a confirmed e-mail address. Until then it waits
 * (no seat, no place in line); confirming the address puts it through the seat rules, in the order
 * addresses are confirmed.
 */
class EmailVerificationRegistrationTest extends IntegrationTest {

    @Autowired
    RegistrationService registrations;
    @Autowired
    OrganiserRegistrationService organisers;
    @Autowired
    SeminarService seminars;
    @Autowired
    EmailVerificationService verification;

    String organiser;

    @BeforeEach
    void anOrganiser() {
        organiser = aUser("Verification Organiser", Role.ORGANISER);
    }

    @Test
    void an_unconfirmed_address_waits_without_a_seat_and_confirmations_seat_people_in_their_order() {
        var seminar = published(aSeminarForm("Verified seats " + UUID.randomUUID(), 30, 1));
        var early = signedUp("Early Registrant");
        var late = signedUp("Late Registrant");
        var earlyRegistration = registerAs(early, seminar);
        var lateRegistration = registerAs(late, seminar);

        signIn(organiser);
        assertThat(organisers.get(earlyRegistration).getStatus()).isEqualTo(RegistrationStatus.UNVERIFIED);
        assertThat(organisers.get(lateRegistration).getStatus()).isEqualTo(RegistrationStatus.UNVERIFIED);
        assertThat(organisers.count(seminar, RegistrationStatus.CONFIRMED)).isZero();
        assertThat(organisers.count(seminar, RegistrationStatus.WAITLISTED)).isZero();

        // The later registrant confirms first: the only seat is theirs, the other one goes on the waiting list.
        assertThat(verification.verifyEmail(verificationToken(late))).isTrue();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(status(lateRegistration)).isEqualTo(RegistrationStatus.CONFIRMED));
        assertThat(verification.verifyEmail(verificationToken(early))).isTrue();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(status(earlyRegistration)).isEqualTo(RegistrationStatus.WAITLISTED));
        signIn(organiser);
        assertThat(organisers.get(earlyRegistration).getWaitlistPosition()).isEqualTo(1);
        assertThat(awaitMail(late, "REGISTRATION_CONFIRMED")).isNotBlank();
    }

    @Test
    void addresses_confirmed_at_the_same_moment_never_seat_more_people_than_there_are_seats() throws Exception {
        var seminar = published(aSeminarForm("Verified together " + UUID.randomUUID(), 30, 2));
        var tokens = new java.util.ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            var person = signedUp("Together Registrant " + i);
            registerAs(person, seminar);
            tokens.add(verificationToken(person));
        }
        // Everyone follows their link at once; each confirmation seats its registration after its commit.
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(tokens.size());
        try {
            var done = tokens.stream().map(t -> pool.submit(() -> {
                start.await();
                return verification.verifyEmail(t);
            })).toList();
            start.countDown();
            for (var f : done) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
        signIn(organiser);
        await().atMost(Duration.ofSeconds(60)).until(() -> organisers.count(seminar, RegistrationStatus.UNVERIFIED) == 0);
        assertThat(organisers.count(seminar, RegistrationStatus.CONFIRMED)).isEqualTo(2);
        assertThat(organisers.count(seminar, RegistrationStatus.WAITLISTED)).isEqualTo(4);
    }

    @Test
    void a_confirmed_address_registers_at_once_and_an_approval_seminar_waits_for_the_organisers_after_confirmation() {
        var seminar = published(withApproval(aSeminarForm("Verified approval " + UUID.randomUUID(), 30, 5)));
        var confirmed = aUser("Already Confirmed");
        assertThat(status(registerAs(confirmed, seminar))).isEqualTo(RegistrationStatus.PENDING);

        var fresh = signedUp("Fresh Registrant");
        var registration = registerAs(fresh, seminar);
        assertThat(status(registration)).isEqualTo(RegistrationStatus.UNVERIFIED);
        verification.verifyEmail(verificationToken(fresh));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(status(registration)).isEqualTo(RegistrationStatus.PENDING));
    }

    @Test
    void a_new_link_can_be_asked_for_and_the_newest_one_works() {
        var person = signedUp("Resending Person");
        var first = verificationToken(person);
        signIn(person);
        verification.resendVerification();
        verification.resendVerification();
        // At most one link a minute: asking twice at once sends nothing more; the first link still works.
        assertThat(verificationToken(person)).isEqualTo(first);
        assertThat(verification.verifyEmail(first)).isTrue();
        assertThat(verification.isEmailVerified(idOf(person))).isTrue();
    }

    private String signedUp(String name) {
        var email = uniqueEmail(name.toLowerCase(Locale.ROOT).replace(' ', '.'));
        accounts.signUp(new SignUpForm(name, email, PASSWORD), Locale.ENGLISH);
        return email;
    }

    private RegistrationStatus status(long registrationId) {
        signIn(organiser);
        return organisers.get(registrationId).getStatus();
    }

    private long published(SeminarForm form) {
        signIn(organiser);
        var id = seminars.create(form);
        seminars.publish(id);
        return id;
    }

    private long registerAs(String email, long seminar) {
        signIn(email);
        return registrations.register(seminar, aRegistrationForm());
    }
}

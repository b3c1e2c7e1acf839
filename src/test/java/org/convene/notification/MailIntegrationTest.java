package org.convene.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.seminar.SeminarForm;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.TargetEventPublication;

/** Tests that read the e-mails Convene really sends (to the test JVM's SMTP server), with an organiser. */
abstract class MailIntegrationTest extends IntegrationTest {

    @Autowired
    SeminarService seminars;

    @Autowired
    EventPublicationRegistry publications;
    @Autowired
    JdbcTemplate jdbc;

    MailServer smtp;
    /** One organiser per test class (seminars are each test's own). */
    static String organiser;
    private Instant started;

    @BeforeEach
    void startMailServer() {
        started = clock.instant();
        smtp = new MailServer();
        smtp.start();
        if (organiser == null) {
            organiser = aUser("Mail Organiser", Role.ORGANISER);
        }
    }

    @AfterEach
    void stopMailServer() {
        smtp.close();
    }

    @AfterAll
    static void forgetOrganiser() {
        organiser = null;
    }

    /**
     * Waits until every event published since this test began has been handled (its publication is
     * complete, as seen by Modulith's event publication registry), then until every message queued for
     * this address has left the outbox. What has arrived for it then is all that will: the ground for a
     * check that something happened only once, or not at all. A reaction that failed fails the test.
     */
    void awaitQuiet(String email) {
        await().atMost(NotificationMailTest.WAIT).until(() -> ownIncompletePublications().stream()
                .allMatch(p -> p.getStatus() == EventPublication.Status.FAILED));
        assertThat(ownIncompletePublications()).as("reactions that failed").isEmpty();
        await().atMost(NotificationMailTest.WAIT).until(() -> jdbc.queryForObject(
                "select count(*) from outbox_message where recipient_email = ? and status in ('PENDING', 'SENDING')",
                Integer.class, email) == 0);
    }

    /** The publications of this test's events that are not complete (other tests' failures are theirs). */
    List<TargetEventPublication> ownIncompletePublications() {
        return publications.findIncompletePublications().stream()
                .filter(p -> !p.getPublicationDate().isBefore(started)).toList();
    }

    /** A seminar created and published by the organiser. */
    long publishedSeminar(SeminarForm form) {
        signIn(organiser);
        try {
            var id = seminars.create(form);
            seminars.publish(id);
            return id;
        } finally {
            signOut();
        }
    }
}

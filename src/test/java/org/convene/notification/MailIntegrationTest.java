package org.convene.notification;

import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.seminar.SeminarForm;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Tests that read the e-mails Convene really sends: a GreenMail server per test and an organiser. */
abstract class MailIntegrationTest extends IntegrationTest {

    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    SeminarService seminars;

    MailServer smtp;
    String organiser;

    @BeforeEach
    void startMailServer() {
        smtp = new MailServer(mailSender);
        smtp.start();
        organiser = aUser("Mail Organiser", Role.ORGANISER);
    }

    @AfterEach
    void stopMailServer() {
        smtp.close();
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

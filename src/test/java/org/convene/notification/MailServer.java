package org.convene.notification;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.convene.TestMailSink;

/** The mail tests' handle on the test JVM's SMTP server ({@link TestMailSink}): what arrived, and outages. */
final class MailServer {

    void start() {
        TestMailSink.start();
    }

    /** An outage: the server goes away until {@link #start()}. */
    void stop() {
        TestMailSink.stop();
    }

    /** The server is up again after the test, whatever the test did to it. */
    void close() {
        TestMailSink.start();
    }

    List<MimeMessage> to(String email) {
        return TestMailSink.to(email);
    }
}

package org.convene;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * The SMTP server of the test JVM (GreenMail on a free loopback port), where every test context sends
 * its mail ({@link IntegrationTest} points {@code spring.mail.*} at it). Every message of every test is
 * delivered at once, so none waits in the outbox for a later test's server; a test reads the messages
 * to its own (unique) addresses.
 */
public final class TestMailSink {

    private static final int PORT = freePort();
    private static GreenMail server;

    private TestMailSink() {
    }

    /** The port, the server running. */
    public static synchronized int port() {
        start();
        return PORT;
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Stops the server (an outage): sending fails until {@link #start()}. What it received is forgotten. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The messages received for this address (none while stopped). */
    public static synchronized List<MimeMessage> to(String email) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, email)).toList();
    }

    private static boolean addressedTo(MimeMessage m, String email) {
        try {
            var to = m.getAllRecipients();
            return to != null && Arrays.stream(to).map(Address::toString).anyMatch(a -> a.contains(email));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

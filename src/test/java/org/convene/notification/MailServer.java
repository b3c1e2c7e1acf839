package org.convene.notification;

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
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A GreenMail SMTP server on a free loopback port that the application's mail sender is pointed at. */
final class MailServer {

    private final JavaMailSenderImpl sender;
    private final String previousHost;
    private final int previousPort;
    private final int port;
    private GreenMail greenMail;

    MailServer(JavaMailSenderImpl sender) {
        this.sender = sender;
        this.previousHost = sender.getHost();
        this.previousPort = sender.getPort();
        try (var socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sender.setHost("127.0.0.1");
        sender.setPort(port);
    }

    void start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Stops the server and points the sender back where it was. */
    void close() {
        stop();
        sender.setHost(previousHost);
        sender.setPort(previousPort);
    }

    List<MimeMessage> to(String email) {
        if (greenMail == null) {
            return List.of();
        }
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> addressedTo(m, email)).toList();
    }

    private static boolean addressedTo(MimeMessage m, String email) {
        try {
            var to = m.getAllRecipients();
            return to != null && Arrays.stream(to).map(Address::toString).anyMatch(a -> a.contains(email));
        } catch (MessagingException e) {
            return false;
        }
    }
}

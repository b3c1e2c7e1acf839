package org.convene.notification;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.convene.base.ConveneSettings;
import org.springframework.stereotype.Component;

/**
 * Builds the MIME message of an outbox row (iMIP, RFC 6047): multipart/alternative with text/plain,
 * text/html and, for invitations, updates and cancellations, {@code text/calendar; method=X} whose
 * method equals the calendar's METHOD. The same calendar, and any agenda, also travel as .ics attachments
 * (multipart/mixed around the alternative). The Message-ID is stable per row, so a resend can be recognised.
 */
@Component
class MimeComposer {

    /**
     * Jakarta Mail 2.1 looks its stream provider up with a {@code ServiceLoader} on every body part, multipart and
     * encoding stream it creates, each time reading {@code META-INF/services} in every jar of the application: the
     * largest CPU cost of sending a message (jakartaee/mail-api#699, #861). Naming the provider in the system property
     * that the lookup reads first makes it a plain class load. Set before any message is built (this bean is
     * created at start-up), unless someone chose another provider.
     */
    static final String STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        if (System.getProperty(jakarta.mail.util.StreamProvider.class.getName()) == null
                && org.springframework.util.ClassUtils.isPresent(STREAM_PROVIDER, MimeComposer.class.getClassLoader())) {
            System.setProperty(jakarta.mail.util.StreamProvider.class.getName(), STREAM_PROVIDER);
        }
    }

    private final String from;
    private final String domain;

    MimeComposer(ConveneSettings settings) {
        this.from = settings.mail().from().strip();
        this.domain = this.from.contains("@") ? this.from.substring(this.from.indexOf('@') + 1) : "convene.local";
    }

    MimeMessage compose(Session session, OutboxMessage m) throws MessagingException {
        var messageId = "<convene-outbox-" + m.getId() + "@" + domain + ">";
        var mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        try {
            mime.setFrom(new InternetAddress(from, "Convene", "UTF-8"));
            mime.setRecipient(MimeMessage.RecipientType.TO, m.getRecipientName().isBlank()
                    ? new InternetAddress(m.getRecipientEmail())
                    : new InternetAddress(m.getRecipientEmail(), m.getRecipientName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8", e);
        }
        mime.setSubject(m.getSubject(), "UTF-8");
        mime.setHeader("Content-Language", m.getLocale());
        mime.setHeader("Auto-Submitted", "auto-generated");

        var alternative = new MimeMultipart("alternative");
        var text = new MimeBodyPart();
        text.setText(m.getTextBody(), "UTF-8", "plain");
        alternative.addBodyPart(text);
        var html = new MimeBodyPart();
        html.setText(m.getHtmlBody(), "UTF-8", "html");
        alternative.addBodyPart(html);
        if (m.getIcal() != null) {
            var calendar = new MimeBodyPart();
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(m.getIcal().getBytes(StandardCharsets.UTF_8),
                    "text/calendar; method=" + m.getIcalMethod() + "; charset=UTF-8")));
            calendar.setHeader("Content-Type", "text/calendar; method=" + m.getIcalMethod() + "; charset=UTF-8");
            calendar.setHeader("Content-Transfer-Encoding", "quoted-printable");
            alternative.addBodyPart(calendar);
        }
        var hasAttachment = m.getIcal() != null || m.getAttachment() != null;
        if (!hasAttachment) {
            mime.setContent(alternative);
            return mime;
        }
        var mixed = new MimeMultipart("mixed");
        var body = new MimeBodyPart();
        body.setContent(alternative);
        mixed.addBodyPart(body);
        if (m.getIcal() != null) {
            mixed.addBodyPart(attachment("CANCEL".equals(m.getIcalMethod()) ? "cancel.ics" : "invite.ics", m.getIcal()));
        }
        if (m.getAttachment() != null) {
            mixed.addBodyPart(attachment(m.getAttachmentName() == null ? "agenda.ics" : m.getAttachmentName(),
                    m.getAttachment()));
        }
        mime.setContent(mixed);
        return mime;
    }

    private static MimeBodyPart attachment(String name, String ics) throws MessagingException {
        var part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(ics.getBytes(StandardCharsets.UTF_8),
                "application/ics; name=\"" + name + "\"")));
        part.setHeader("Content-Type", "application/ics; name=\"" + name + "\"");
        part.setFileName(name);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }
}

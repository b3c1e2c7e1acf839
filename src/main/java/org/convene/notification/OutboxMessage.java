package org.convene.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.convene.base.AbstractEntity;

/** One e-mail to send (or sent), with everything needed to build it again: nothing is composed at sending time. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends AbstractEntity {

    static final int ERROR_MAX = 1000;

    @Column(name = "idempotency_key", nullable = false, length = 191, updatable = false)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private MessageKind kind;

    @Column(name = "seminar_id")
    private Long seminarId;

    @Column(name = "recipient_user_id")
    private Long recipientUserId;

    @Column(name = "recipient_email", nullable = false, length = 254)
    private String recipientEmail;

    @Column(name = "recipient_name", nullable = false, length = 200)
    private String recipientName;

    @Column(name = "locale", nullable = false, length = 10)
    private String locale;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Column(name = "text_body", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String textBody;

    @Column(name = "html_body", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String htmlBody;

    @Column(name = "ical_method", length = 10)
    private String icalMethod;

    @Column(name = "ical", columnDefinition = "MEDIUMTEXT")
    private String ical;

    @Column(name = "attachment_name", length = 100)
    private String attachmentName;

    @Column(name = "attachment", columnDefinition = "MEDIUMTEXT")
    private String attachment;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private OutboxStatus status = OutboxStatus.PENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "body_purged_at")
    private Instant bodyPurgedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected OutboxMessage() {
    }

    OutboxMessage(MailMessage m, Instant now) {
        this.idempotencyKey = m.idempotencyKey();
        this.kind = m.kind();
        this.seminarId = m.seminarId();
        this.recipientUserId = m.userId();
        this.recipientEmail = m.email();
        this.recipientName = m.name() == null ? "" : truncate(m.name(), 200);
        this.locale = m.locale().getLanguage();
        this.subject = truncate(m.subject(), 300);
        this.textBody = m.text();
        this.htmlBody = m.html();
        this.icalMethod = m.icalMethod();
        this.ical = m.ical();
        this.attachmentName = m.attachmentName();
        this.attachment = m.attachment();
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public MessageKind getKind() {
        return kind;
    }

    public Long getSeminarId() {
        return seminarId;
    }

    public Long getRecipientUserId() {
        return recipientUserId;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getLocale() {
        return locale;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getIcalMethod() {
        return icalMethod;
    }

    public String getIcal() {
        return ical;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachment() {
        return attachment;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** The body (links, names, reasons) was purged; the metadata stays. */
    public boolean isBodyPurged() {
        return bodyPurgedAt != null;
    }

    void resend(Instant now) {
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        claimedAt = null;
    }
}

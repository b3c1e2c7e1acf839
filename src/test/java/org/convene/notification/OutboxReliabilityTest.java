package org.convene.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.convene.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 10, item 10: no message stays in SENDING, and claims that go stale count as attempts. */
class OutboxReliabilityTest extends IntegrationTest {

    @Autowired
    OutboxService outbox;
    @Autowired
    OutboxRepository rows;
    @Autowired
    MimeComposer composer;
    @Autowired
    Clock clock;
    @Autowired
    TransactionTemplate tx;

    static final Instant FUTURE = Instant.now().plus(Duration.ofDays(3650));

    /** A mail library failing in a way nobody planned for (not a MailException). */
    static class BrokenMailSender extends JavaMailSenderImpl {
        @Override
        public void send(MimeMessage... mimeMessages) {
            throw new IllegalStateException("library bug");
        }
    }

    /** A mail server that takes every message but those to a "refused" address, and notes each connection's messages. */
    static class PickyMailSender extends JavaMailSenderImpl {
        final java.util.List<Integer> connections = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
            connections.add(mimeMessages.length);
            var failed = new java.util.LinkedHashMap<Object, Exception>();
            for (var m : mimeMessages) {
                try {
                    if (m.getAllRecipients()[0].toString().contains("refused")) {
                        failed.put(m, new jakarta.mail.MessagingException("550 No such user here"));
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (!failed.isEmpty()) {
                throw new org.springframework.mail.MailSendException(failed);
            }
        }
    }

    @Test
    void a_round_sends_over_one_connection_and_a_refused_message_fails_alone() {
        var ids = java.util.List.of(aMessage(), aMessage("refused"), aMessage());
        var now = FUTURE;
        var mail = new PickyMailSender();
        var sender = new OutboxSender(outbox, mail, composer, clock);

        assertThat(outbox.claimAll(ids, now)).containsExactlyElementsOf(ids);
        assertThat(outbox.claimAll(ids, now)).as("claimed once only").isEmpty();
        sender.sendClaimed(ids, now);

        assertThat(mail.connections).containsExactly(3);
        assertThat(rows.findById(ids.get(0)).orElseThrow().getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(rows.findById(ids.get(2)).orElseThrow().getStatus()).isEqualTo(OutboxStatus.SENT);
        var refused = rows.findById(ids.get(1)).orElseThrow();
        assertThat(refused.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(refused.getAttempts()).isEqualTo(1);
        assertThat(refused.getLastError()).contains("550 No such user here");
        assertThat(refused.getNextAttemptAt()).isAfter(now);
    }

    private long aMessage() {
        return aMessage("outbox");
    }

    /** A message due only far in the future, so that the application's own sender leaves it to the test. */
    private long aMessage(String recipient) {
        var key = "TEST:" + UUID.randomUUID();
        tx.executeWithoutResult(s -> rows.insertIfAbsent(key, MessageKind.REMINDER.name(), null, null, uniqueEmail(recipient),
                "Someone", "en", "Subject", "text", "<p>html</p>", null, null, null, null, FUTURE));
        return rows.findAll().stream().filter(m -> m.getIdempotencyKey().equals(key)).findFirst().orElseThrow().getId();
    }

    @Test
    void an_unexpected_exception_while_sending_counts_as_a_failed_attempt_and_never_leaves_the_message_sending() {
        var id = aMessage();
        var now = FUTURE;
        var sender = new OutboxSender(outbox, new BrokenMailSender(), composer, clock);

        assertThat(outbox.claim(id, now)).isTrue();
        sender.send(id, now);

        var row = rows.findById(id).orElseThrow();
        assertThat(row.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(row.getAttempts()).isEqualTo(1);
        assertThat(row.getLastError()).contains("library bug");
        assertThat(row.getNextAttemptAt()).isAfter(now);
    }

    @Test
    void a_message_whose_claims_keep_going_stale_is_failed_after_the_last_attempt() {
        var id = aMessage();
        var t = FUTURE;
        for (int i = 0; i < OutboxService.MAX_ATTEMPTS + 3; i++) {
            outbox.claim(id, t);
            // The sender died: nobody marks the message; the next round finds the claim stale.
            t = t.plus(OutboxService.STALE_CLAIM).plus(Duration.ofHours(2));
            outbox.due(t, 1);
        }

        var row = rows.findById(id).orElseThrow();
        assertThat(row.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(row.getAttempts()).isEqualTo(OutboxService.MAX_ATTEMPTS);
        assertThat(row.getLastError()).isNotBlank();
    }

    @Test
    void a_stale_claim_before_the_last_attempt_goes_back_to_the_queue_with_its_attempt_counted() {
        var id = aMessage();
        var t = FUTURE;
        outbox.claim(id, t);
        var later = t.plus(OutboxService.STALE_CLAIM).plusSeconds(1);
        outbox.due(later, 1);

        var row = rows.findById(id).orElseThrow();
        assertThat(row.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(row.getAttempts()).isEqualTo(1);
        assertThat(row.getLastError()).isNotBlank();
    }
}

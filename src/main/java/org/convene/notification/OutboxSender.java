package org.convene.notification;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers due outbox messages: right after the transaction that stored them commits (on its own
 * thread, so nobody's click waits for SMTP), and every few seconds for retries. A message is claimed
 * before it is sent (one sender per message, even with several instances) and marked sent in its own
 * transaction. If the process dies between sending and marking, the claim goes stale and the message
 * is sent again after {@link OutboxService#STALE_CLAIM}: at least once rather than lost (the stable
 * Message-ID lets mail systems recognise it).
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final int BATCH = 50;

    private final OutboxService outbox;
    private final JavaMailSenderImpl mailSender;
    private final MimeComposer composer;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("outbox-sender").factory());
    private final AtomicBoolean queued = new AtomicBoolean();

    OutboxSender(OutboxService outbox, JavaMailSenderImpl mailSender, MimeComposer composer, Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.composer = composer;
        this.clock = clock;
    }

    /** Asks for a sending round soon, on the sender's thread; rounds asked for meanwhile merge into one. */
    void kick() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                drain();
            });
        }
    }

    /**
     * The retry round runs on one instance at a time (claims would keep two from sending one message
     * anyway); each instance still sends its own new messages at once through {@link #kick()}.
     */
    @Scheduled(initialDelayString = "${convene.mail.poll-initial-delay:PT10S}", fixedDelayString = "${convene.mail.poll-interval:PT15S}")
    @SchedulerLock(name = "outbox-sender", lockAtMostFor = "PT5M", lockAtLeastFor = "PT5S")
    void poll() {
        drain();
    }

    private void drain() {
        try {
            // On while a whole batch was due, whoever claimed it: the retry round and a round asked for by a
            // commit can share a batch (each claims part of it), and a round that stopped at its own share
            // left the rest of a burst to the next retry round, up to 15 s later.
            int due;
            do {
                due = sendDue(clock.instant());
            } while (due == BATCH);
        } catch (RuntimeException e) {
            log.warn("Outbox round stopped: {}", e.toString());
        }
    }

    private final java.util.concurrent.atomic.AtomicBoolean smtpDown = new java.util.concurrent.atomic.AtomicBoolean();

    /** Sends what is due at {@code now} and this sender claims; returns how many were due (at most {@link #BATCH}). */
    int sendDue(Instant now) {
        var ids = outbox.due(now, BATCH);
        for (var id : ids) {
            if (!outbox.claim(id, now)) {
                continue;
            }
            send(id, now);
        }
        return ids.size();
    }

    /**
     * Sends one claimed message. Whatever goes wrong, the message leaves SENDING: sent, or back in the
     * queue with the attempt counted (FAILED after the last one).
     */
    void send(long id, Instant now) {
        OutboxMessage message = null;
        try {
            message = outbox.load(id);
            mailSender.send(composer.compose(mailSender.getSession(), message));
            outbox.sent(id, clock.instant().isAfter(now) ? clock.instant() : now);
            if (smtpDown.compareAndSet(true, false)) {
                log.info("The SMTP server takes messages again");
            }
        } catch (MailException | MessagingException e) {
            // One warning when the server goes away, not one per message every round: the outbox
            // view shows each message's error, and retries back off.
            if (smtpDown.compareAndSet(false, true)) {
                log.warn("E-mail {} to {} not sent (attempt {}): {}. Messages wait in the outbox and are retried"
                        + " with back-off; further failures are logged at debug level until one goes through.",
                        id, message == null ? "?" : message.getRecipientEmail(), attempts(message), rootMessage(e));
            } else {
                log.debug("E-mail {} not sent (attempt {}): {}", id, attempts(message), rootMessage(e));
            }
            outbox.failed(id, attempts(message), rootMessage(e), now);
        } catch (RuntimeException e) {
            log.error("E-mail {} not sent (attempt {}): unexpected {}", id, attempts(message), e.toString(), e);
            outbox.failed(id, message == null ? OutboxService.MAX_ATTEMPTS : attempts(message), rootMessage(e), now);
        }
    }

    private static int attempts(OutboxMessage message) {
        return message == null ? 0 : message.getAttempts();
    }

    private static String rootMessage(Throwable e) {
        var cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        var own = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return cause == e ? own : own + " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
    }
}

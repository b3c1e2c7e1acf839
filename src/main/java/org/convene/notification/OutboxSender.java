package org.convene.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers due outbox messages: right after the transaction that stored them commits (on its own
 * thread, so nobody's click waits for SMTP), and every few seconds for retries. Messages are claimed
 * before they are sent (one sender per message, even with several instances), sent over one SMTP
 * connection a round, and marked sent afterwards. If the process dies between sending and marking, the claim goes stale and the message
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

    /**
     * Sends what is due at {@code now} and this sender claims; returns how many were due (at most {@link #BATCH}).
     * One transaction claims them all and one marks those sent, and they go over one SMTP connection: each
     * commit waits for the database's log to reach the disk (milliseconds), and each connection costs a
     * handshake, so a message each would be slower than the mail it sends.
     */
    int sendDue(Instant now) {
        var ids = outbox.due(now, BATCH);
        if (ids.isEmpty()) {
            return 0;
        }
        var claimed = outbox.claimAll(ids, now);
        if (!claimed.isEmpty()) {
            sendClaimed(claimed, now);
        }
        return ids.size();
    }

    /** Sends one claimed message (see {@link #sendClaimed}). */
    void send(long id, Instant now) {
        sendClaimed(List.of(id), now);
    }

    /**
     * Sends claimed messages over one connection. Whatever goes wrong, each message leaves SENDING: sent,
     * or back in the queue with the attempt counted (FAILED after the last one).
     */
    void sendClaimed(List<Long> ids, Instant now) {
        var failures = new ArrayList<OutboxService.Failure>();
        var sent = new ArrayList<Long>();
        List<OutboxMessage> messages = List.of();
        try {
            messages = outbox.loadAll(ids);
            // MimeMessage has no equals of its own: the map goes by identity, as the failures the sender reports.
            var composed = new LinkedHashMap<MimeMessage, OutboxMessage>();
            for (var message : messages) {
                try {
                    composed.put(composer.compose(mailSender.getSession(), message), message);
                } catch (MessagingException | RuntimeException e) {
                    log.error("E-mail {} not composed (attempt {}): {}", message.getId(), message.getAttempts(), e.toString(), e);
                    failures.add(failure(message, e));
                }
            }
            if (!composed.isEmpty()) {
                send(composed, sent, failures);
            }
        } catch (RuntimeException e) {
            // Loading failed, or something nobody planned for: every message not yet decided goes back to the queue.
            log.error("E-mails {} not sent: unexpected {}", ids, e.toString(), e);
            var decided = new java.util.HashSet<>(sent);
            failures.forEach(f -> decided.add(f.id()));
            var byId = new java.util.HashMap<Long, OutboxMessage>();
            messages.forEach(m -> byId.put(m.getId(), m));
            ids.stream().filter(id -> !decided.contains(id)).forEach(id -> failures.add(new OutboxService.Failure(id,
                    byId.containsKey(id) ? byId.get(id).getAttempts() : OutboxService.MAX_ATTEMPTS, rootMessage(e))));
        }
        var at = clock.instant().isAfter(now) ? clock.instant() : now;
        if (!sent.isEmpty()) {
            outbox.sentAll(sent, at);
        }
        if (!failures.isEmpty()) {
            outbox.failedAll(failures, now);
        }
    }

    private void send(LinkedHashMap<MimeMessage, OutboxMessage> composed, List<Long> sent, List<OutboxService.Failure> failures) {
        var failed = sendAll(composed);
        for (var entry : composed.entrySet()) {
            var message = entry.getValue();
            var problem = failed.get(entry.getKey());
            if (problem == null) {
                sent.add(message.getId());
            } else {
                failures.add(failure(message, problem));
            }
        }
        if (failed.isEmpty()) {
            if (smtpDown.compareAndSet(true, false)) {
                log.info("The SMTP server takes messages again");
            }
            return;
        }
        // One warning when the server goes away, not one per message every round: the outbox view shows
        // each message's error, and retries back off.
        var first = composed.entrySet().stream().filter(e -> failed.containsKey(e.getKey())).findFirst().orElseThrow();
        var problem = failed.get(first.getKey());
        if (smtpDown.compareAndSet(false, true)) {
            log.warn("E-mail {} to {} not sent (attempt {}), {} of {} in this round: {}. Messages wait in the outbox and are"
                    + " retried with back-off; further failures are logged at debug level until one goes through.",
                    first.getValue().getId(), first.getValue().getRecipientEmail(), first.getValue().getAttempts(),
                    failed.size(), composed.size(), rootMessage(problem));
        } else {
            log.debug("{} of {} e-mails not sent: {}", failed.size(), composed.size(), rootMessage(problem));
        }
    }

    /** The messages that were not sent, with why (none when all went). */
    private Map<Object, Exception> sendAll(Map<MimeMessage, OutboxMessage> composed) {
        try {
            mailSender.send(composed.keySet().toArray(MimeMessage[]::new));
            return Map.of();
        } catch (MailSendException e) {
            return e.getFailedMessages().isEmpty() ? everyOne(composed, e) : e.getFailedMessages();
        } catch (MailException e) {
            return everyOne(composed, e);
        }
    }

    private static Map<Object, Exception> everyOne(Map<MimeMessage, OutboxMessage> composed, Exception e) {
        var all = new java.util.IdentityHashMap<Object, Exception>();
        composed.keySet().forEach(m -> all.put(m, e));
        return all;
    }

    private static OutboxService.Failure failure(OutboxMessage message, Exception e) {
        return new OutboxService.Failure(message.getId(), message.getAttempts(), rootMessage(e));
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

package org.convene.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.convene.base.NotFoundException;
import org.convene.base.db.SearchWords;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox: messages are stored in the transaction of the reaction that wants them, and sent after
 * commit by {@link OutboxSender}. Each step of sending is its own short transaction.
 */
@Service
public class OutboxService {

    static final int MAX_ATTEMPTS = 12;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LAST_RETRY = Duration.ofHours(1);
    static final Duration STALE_CLAIM = Duration.ofMinutes(10);
    static final String STALE_ERROR = "The sender stopped while sending this message (claim expired)";

    private final OutboxRepository messages;
    private final ObjectProvider<OutboxSender> sender;
    private final MessageSearch search;
    private final Clock clock;

    OutboxService(OutboxRepository messages, ObjectProvider<OutboxSender> sender, MessageSearch search, Clock clock) {
        this.messages = messages;
        this.search = search;
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * Stores a message unless one with the same idempotency key exists (a reaction that runs again).
     * Sending starts once the surrounding transaction has committed.
     */
    @Transactional
    public boolean enqueue(MailMessage message) {
        var row = new OutboxMessage(message, clock.instant());
        var added = messages.insertIfAbsent(row.getIdempotencyKey(), row.getKind().name(), row.getSeminarId(),
                row.getRecipientUserId(), row.getRecipientEmail(), row.getRecipientName(), row.getLocale(),
                row.getSubject(), row.getTextBody(), row.getHtmlBody(), row.getIcalMethod(), row.getIcal(),
                row.getAttachmentName(), row.getAttachment(), row.getCreatedAt()) == 1;
        if (!added) {
            return false;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.ifAvailable(OutboxSender::kick);
                }
            });
        }
        return true;
    }

    // ---------------------------------------------------------------- organisers

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public Slice<OutboxMessage> page(OutboxStatus status, String text, Pageable pageable) {
        var words = SearchWords.of(text);
        if (words.isEmpty()) {
            return messages.search(status, pageable);
        }
        var ids = search.ids(words, status, pageable, 1);
        // One id more than the page says whether there is a next.
        var more = pageable.isPaged() && ids.size() > pageable.getPageSize();
        var page = more ? ids.subList(0, pageable.getPageSize()) : ids;
        var byId = new java.util.HashMap<Long, OutboxMessage>();
        messages.findAllById(page).forEach(m -> byId.put(m.getId(), m));
        return new SliceImpl<>(page.stream().map(byId::get).filter(java.util.Objects::nonNull).toList(), pageable, more);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public long count(OutboxStatus status) {
        return messages.countByStatus(status);
    }

    /** Sends a message again (a failed one, or a sent one somebody did not receive). */
    @Transactional
    @PreAuthorize("hasRole('ORGANISER')")
    public void resend(long id) {
        var message = messages.findById(id).orElseThrow(NotFoundException::new);
        if (message.getStatus() == OutboxStatus.SENDING) {
            return;
        }
        if (message.isBodyPurged()) {
            throw new org.convene.base.ConveneException("outbox.resend.purged");
        }
        message.resend(clock.instant());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sender.ifAvailable(OutboxSender::kick);
            }
        });
    }

    // ---------------------------------------------------------------- retention of bodies

    /** Empties the bodies of messages sent more than {@code keep} before {@code now}; returns how many. */
    @Transactional
    public int purgeSentBodies(Instant now, Duration keep) {
        return messages.purgeSentBefore(now.minus(keep), now);
    }

    /** Empties every message to this account (on deletion); unsent ones are failed, not sent. */
    @Transactional
    public int purgeForUser(long userId) {
        return messages.purgeForUser(userId, clock.instant());
    }

    // ---------------------------------------------------------------- the sender's steps

    @Transactional
    public List<Long> due(Instant now, int max) {
        messages.releaseStale(now.minus(STALE_CLAIM), now, MAX_ATTEMPTS, STALE_ERROR);
        return messages.findDue(now, PageRequest.of(0, max));
    }

    @Transactional
    public boolean claim(long id, Instant now) {
        return messages.claim(id, now) == 1;
    }

    /** Claims the messages that are still due, in one transaction (one commit for a whole round); returns those claimed. */
    @Transactional
    public List<Long> claimAll(List<Long> ids, Instant now) {
        return ids.stream().filter(id -> messages.claim(id, now) == 1).toList();
    }

    @Transactional(readOnly = true)
    public OutboxMessage load(long id) {
        return messages.findById(id).orElseThrow(NotFoundException::new);
    }

    /** The messages, in the order of {@code ids} (any that no longer exist left out). */
    @Transactional(readOnly = true)
    public List<OutboxMessage> loadAll(List<Long> ids) {
        var byId = new java.util.HashMap<Long, OutboxMessage>();
        messages.findAllById(ids).forEach(m -> byId.put(m.getId(), m));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Transactional
    public void sent(long id, Instant now) {
        messages.markSent(id, now);
    }

    /** Marks messages sent, in one statement. */
    @Transactional
    public void sentAll(List<Long> ids, Instant now) {
        messages.markAllSent(ids, now);
    }

    /** A message that could not be sent this time: how many attempts it has had, and why. */
    public record Failure(long id, int attempts, String error) {
    }

    /** {@link #failed} for several messages, in one transaction. */
    @Transactional
    public void failedAll(List<Failure> failures, Instant now) {
        failures.forEach(f -> failed(f.id(), f.attempts(), f.error(), now));
    }

    /** Back to the queue with a growing delay, or FAILED after {@link #MAX_ATTEMPTS}. */
    @Transactional
    public void failed(long id, int attempts, String error, Instant now) {
        var giveUp = attempts >= MAX_ATTEMPTS;
        messages.markFailed(id, giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING, now.plus(backoff(attempts)),
                OutboxMessage.truncate(error == null ? "?" : error.replaceAll("\\p{Cntrl}", " "), OutboxMessage.ERROR_MAX));
    }

    static Duration backoff(int attempts) {
        var shift = Math.max(0, Math.min(attempts - 1, 10));
        var delay = FIRST_RETRY.multipliedBy(1L << shift);
        return delay.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay;
    }
}

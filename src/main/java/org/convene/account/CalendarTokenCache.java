package org.convene.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whose calendar feed a token hash opens, remembered for {@link #TTL} so that a feed request does not read
 * the database every time (calendar clients poll; FeedBenchmark's personal feed was one primary read per
 * request). Only tokens that open a feed are remembered, never unknown ones.
 * <p>
 * On this instance a new token, a revoked token and a deleted account take effect at once:
 * {@link CalendarTokenService} and {@link AccountDeletionService} call {@link #forget} when the change commits,
 * and a lookup that read the database before that commit does not keep its answer. On other instances (several
 * behind a load balancer, issue 15) a revoked token and the account of a deleted person keep opening the feed for
 * at most {@link #TTL}, like the rendered feeds themselves
 * ({@code calendar.CalendarFeedService}). Whoever changes a token hash or the enabled flag, or deletes an
 * account, calls {@link #forget}.
 */
@Component
class CalendarTokenCache {

    /** The same as the rendered feeds' cache in the calendar module. */
    static final Duration TTL = Duration.ofSeconds(60);
    static final int MAX = 10_000;

    private final Cache<String, Long> owners;
    /** Moves at every {@link #forget}: a lookup that saw it move does not keep what it read. */
    private final AtomicLong generation = new AtomicLong();

    CalendarTokenCache(Clock clock) {
        this.owners = Caffeine.newBuilder().maximumSize(MAX).expireAfterWrite(TTL)
                .ticker(() -> nanos(clock.instant())).build();
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /** The owner of this token hash, from the cache or else from {@code lookup} (which is then remembered). */
    Optional<Long> owner(String hash, Function<String, Optional<Long>> lookup) {
        var hit = owners.getIfPresent(hash);
        if (hit != null) {
            return Optional.of(hit);
        }
        var before = generation.get();
        var found = lookup.apply(hash);
        if (found.isPresent()) {
            owners.put(hash, found.get());
            // A change that committed while we read may have been forgotten before our put: then drop it.
            if (generation.get() != before) {
                owners.invalidate(hash);
            }
        }
        return found;
    }

    /**
     * Forgets every token of this person when the current transaction commits (at once without one), so the next
     * request on this instance reads the database again.
     */
    void forget(long userId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forgetNow(userId);
                }
            });
        } else {
            forgetNow(userId);
        }
    }

    private void forgetNow(long userId) {
        generation.incrementAndGet();
        owners.asMap().values().removeIf(id -> id == userId);
    }
}

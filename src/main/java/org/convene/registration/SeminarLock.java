package org.convene.registration;

import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.convene.base.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work on one seminar's seats in a transaction that first takes the seminar row's write lock, in
 * the seminar's turn ({@link SeatQueue}: a crowd waits in line without holding database connections).
 * New registrations are decided in batches, one transaction for all who wait ({@link #decide}).
 * Should MariaDB still choose this transaction as a deadlock victim (or time out on the lock), the
 * whole transaction is retried from the start a few times: it has not changed anything.
 */
@Component
class SeminarLock {

    static final int ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(SeminarLock.class);

    private final RegistrationRepository registrations;
    private final TransactionTemplate tx;
    private final SeatQueue queue;
    private final SeatBatches<Function<RegistrationRepository.LockedSeminar, Long>> batches;
    private final TransactionTemplate reads;

    SeminarLock(RegistrationRepository registrations, PlatformTransactionManager transactions,
                @Value("${convene.registration.queue-patience:PT60S}") Duration patience) {
        this.registrations = registrations;
        this.queue = new SeatQueue(patience);
        this.tx = new TransactionTemplate(transactions);
        // Each locked transaction reads what the previous lock holder committed.
        tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.reads = new TransactionTemplate(transactions);
        reads.setReadOnly(true);
        this.batches = new SeatBatches<>(patience, this::together, this::alone);
    }

    /**
     * A seat decision taken together with the others in line for the seminar ({@link SeatBatches}: one commit
     * for up to {@link SeatBatches#MOST} of them). {@code before} runs first in a read-only transaction of its
     * own, without the lock (it must only read), then {@code work} under the lock in the batch's transaction,
     * after the decisions of those ahead in line. When one person's {@code work} refuses or fails, nothing of the
     * batch is kept and each of its people is decided again alone, in order. Inside a caller's transaction, as
     * {@link #call(long, Supplier, BiFunction)}.
     */
    <P> long decide(long seminarId, Supplier<P> before, BiFunction<P, RegistrationRepository.LockedSeminar, Long> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return locked(seminarId, before, work);
        }
        // The reads in the seminar's line too (at most SeatQueue.ABREAST at once hold a connection for them): with a
        // crowd reading all at once, the one deciding a batch would wait for a connection behind all of them.
        var prepared = queue.inTurn(seminarId, () -> reads.execute(status -> before.get()));
        return batches.decide(seminarId, seminar -> work.apply(prepared, seminar));
    }

    /** The batches of new registrations (for tests). */
    SeatBatches<?> batches() {
        return batches;
    }

    private List<Long> together(long seminarId, List<Function<RegistrationRepository.LockedSeminar, Long>> works) {
        return tx.execute(status -> {
            var locked = registrations.lockSeminar(seminarId);
            if (locked.isEmpty()) {
                throw new NotFoundException();
            }
            var seminar = locked.getFirst();
            return works.stream().map(work -> work.apply(seminar)).toList();
        });
    }

    private Long alone(long seminarId, Function<RegistrationRepository.LockedSeminar, Long> work) {
        return locked(seminarId, () -> null, (nothing, seminar) -> work.apply(seminar));
    }

    <T> T call(long seminarId, Supplier<T> work) {
        return call(seminarId, () -> null, (nothing, seminar) -> work.get());
    }

    /**
     * Runs {@code before} in the transaction first, without the lock (every read that does not decide a
     * seat: the shorter the lock is held, the more people register per second), then takes the lock and
     * runs {@code work} with the capacity and status read under it. Inside a caller's transaction {@code before}
     * runs after the lock instead. {@code before} must not write rows
     * that refer to the seminar: a foreign key check takes a shared lock on the seminar's row, and two
     * transactions holding it would then deadlock when each asks for the write lock.
     */
    <P, T> T call(long seminarId, Supplier<P> before, BiFunction<P, RegistrationRepository.LockedSeminar, T> work) {
        // In a caller's transaction the connection is already held (and waiting in line while holding it could
        // only make others wait longer): straight to the lock.
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return locked(seminarId, before, work);
        }
        return queue.inTurn(seminarId, () -> locked(seminarId, before, work));
    }

    private <P, T> T locked(long seminarId, Supplier<P> before, BiFunction<P, RegistrationRepository.LockedSeminar, T> work) {
        for (var attempt = 1; ; attempt++) {
            try {
                var joining = TransactionSynchronizationManager.isActualTransactionActive();
                return tx.execute(status -> {
                    // Joining a caller's transaction, whose isolation may be REPEATABLE READ: its snapshot would be
                    // taken by the first plain read, so nothing is read before the lock (counts then see the latest seats).
                    var prepared = joining ? null : before.get();
                    var locked = registrations.lockSeminar(seminarId);
                    if (locked.isEmpty()) {
                        throw new NotFoundException();
                    }
                    return work.apply(joining ? before.get() : prepared, locked.getFirst());
                });
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                log.info("Seminar {}: lock conflict, attempt {} of {} ({})", seminarId, attempt, ATTEMPTS, e.getClass().getSimpleName());
            }
        }
    }

    void run(long seminarId, Runnable work) {
        call(seminarId, () -> {
            work.run();
            return null;
        });
    }
}

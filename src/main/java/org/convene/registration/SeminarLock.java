package org.convene.registration;

import java.time.Duration;
import java.util.function.BiFunction;
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

    SeminarLock(RegistrationRepository registrations, PlatformTransactionManager transactions,
                @Value("${convene.registration.queue-patience:PT60S}") Duration patience) {
        this.registrations = registrations;
        this.queue = new SeatQueue(patience);
        this.tx = new TransactionTemplate(transactions);
        // Each locked transaction reads what the previous lock holder committed.
        tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
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

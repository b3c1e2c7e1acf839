package org.convene.registration;

import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.convene.base.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seat decisions of one seminar taken several to a transaction, so that people registering at the same
 * moment share one commit instead of queueing for the seminar's lock one commit each.
 *
 * <p>Why: the seat decision must hold the seminar row's write lock until its transaction commits (that is
 * what keeps the capacity and the waiting list exact across threads and instances), so decisions one at
 * a time cost one commit (one log flush) each, and a flush takes milliseconds. Here each caller puts its
 * decision in the seminar's queue and waits for the queue's lock; whoever holds it takes every decision
 * waiting (up to {@link #MAX_BATCH}), runs them in order in one transaction under the seminar's lock
 * ({@link SeminarLock}'s lock: the same row, the same guarantees, also against other instances), commits
 * once, and hands each caller its result. A caller whose decision was taken meanwhile finds it done and
 * leaves at once. ("Flat combining": no thread of its own, nothing to start or stop.)
 *
 * <p>Should one decision of a batch fail (a refusal, a duplicate), the batch's transaction is rolled back
 * as a whole and each of its decisions is then taken alone, as before batching: every caller gets exactly
 * its own answer, and nothing of a refused decision is stored or announced (events are delivered after
 * commit only). A decision must therefore be repeatable: it reads what it needs under the lock.
 */
@Component
class SeatDesk {

    static final int MAX_BATCH = 64;
    private static final Logger log = LoggerFactory.getLogger(SeatDesk.class);

    private final RegistrationRepository registrations;
    private final SeminarLock lock;
    private final TransactionTemplate tx;
    private final TransactionTemplate reading;
    private final ConcurrentHashMap<Long, Queue> queues = new ConcurrentHashMap<>();

    SeatDesk(RegistrationRepository registrations, SeminarLock lock, PlatformTransactionManager transactions) {
        this.registrations = registrations;
        this.lock = lock;
        this.tx = new TransactionTemplate(transactions);
        tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
        reading.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /**
     * Runs {@code before} in a short read-only transaction of its own (everything that does not decide a seat,
     * in the caller's thread and security context), then {@code decision} with its result as {@link #decide}.
     * Inside a caller's transaction the whole is left to {@link SeminarLock}, in that transaction.
     */
    <P, T> T decide(long seminarId, Supplier<P> before, BiFunction<P, RegistrationRepository.LockedSeminar, T> decision) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return lock.call(seminarId, before, decision);
        }
        var prepared = reading.execute(status -> before.get());
        return decide(seminarId, locked -> decision.apply(prepared, locked));
    }

    /** Runs {@code decision} under the seminar's lock, probably with others in the same transaction; returns its result. */
    <T> T decide(long seminarId, Function<RegistrationRepository.LockedSeminar, T> decision) {
        var queue = queues.computeIfAbsent(seminarId, id -> new Queue());
        var mine = new Decision<>(decision);
        queue.waiting.add(mine);
        queue.turn.lock();
        try {
            // More may wait than one batch takes: serve until this caller's own decision is among those taken.
            while (!mine.done) {
                serve(seminarId, queue);
            }
        } finally {
            queue.turn.unlock();
        }
        return mine.result();
    }

    /** Takes every decision waiting (its own among them), in one transaction. */
    private void serve(long seminarId, Queue queue) {
        var batch = new ArrayList<Decision<?>>();
        for (Decision<?> d; batch.size() < MAX_BATCH && (d = queue.waiting.poll()) != null; ) {
            batch.add(d);
        }
        if (batch.isEmpty()) {
            return;
        }
        if (batch.size() == 1) {
            alone(seminarId, batch.getFirst());
            return;
        }
        for (var attempt = 1; ; attempt++) {
            try {
                var results = tx.execute(status -> {
                    var locked = registrations.lockSeminar(seminarId);
                    if (locked.isEmpty()) {
                        throw new NotFoundException();
                    }
                    var out = new ArrayList<Object>(batch.size());
                    for (var d : batch) {
                        out.add(d.work.apply(locked.getFirst()));
                    }
                    return out;
                });
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).succeed(results.get(i));
                }
                log.debug("Seminar {}: {} seat decisions in one transaction", seminarId, batch.size());
                return;
            } catch (PessimisticLockingFailureException e) {
                if (attempt < SeminarLock.ATTEMPTS) {
                    log.info("Seminar {}: lock conflict for a batch of {}, attempt {} of {} ({})", seminarId, batch.size(), attempt,
                            SeminarLock.ATTEMPTS, e.getClass().getSimpleName());
                    continue;
                }
                batch.forEach(d -> alone(seminarId, d));
                return;
            } catch (RuntimeException e) {
                // One of them was refused: nothing of the batch is stored; each is decided on its own.
                log.debug("Seminar {}: a batch of {} refused ({}), deciding each alone", seminarId, batch.size(), e.toString());
                batch.forEach(d -> alone(seminarId, d));
                return;
            }
        }
    }

    private void alone(long seminarId, Decision<?> d) {
        try {
            d.succeed(lock.call(seminarId, () -> null, (nothing, locked) -> d.work.apply(locked)));
        } catch (RuntimeException e) {
            d.fail(e);
        }
    }

    private static final class Queue {
        final ConcurrentLinkedQueue<Decision<?>> waiting = new ConcurrentLinkedQueue<>();
        final ReentrantLock turn = new ReentrantLock();
    }

    /** One caller's decision; written by whoever serves it, read by its caller after the queue's lock (happens-before). */
    private static final class Decision<T> {
        final Function<RegistrationRepository.LockedSeminar, T> work;
        boolean done;
        Object value;
        RuntimeException error;

        Decision(Function<RegistrationRepository.LockedSeminar, T> work) {
            this.work = work;
        }

        void succeed(Object v) {
            value = v;
            done = true;
        }

        void fail(RuntimeException e) {
            error = e;
            done = true;
        }

        @SuppressWarnings("unchecked")
        T result() {
            if (error != null) {
                throw error;
            }
            return (T) value;
        }
    }
}

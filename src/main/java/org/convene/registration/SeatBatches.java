package org.convene.registration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import org.convene.base.ConveneException;

/**
 * Seat decisions for one seminar taken together, one transaction and one commit for all who are in line
 * at that moment (flat combining). A registration's time is its commit: InnoDB writes its log to disk
 * at each commit (about 4 ms on these machines), and one seminar's decisions must follow one another
 * under its row lock, so one commit each would cap a seminar at about 250 registrations a second
 * however many people wait. Here whoever gets the seminar's turn takes up to {@link #MOST} of the people
 * waiting, in arrival order, and decides all their seats in one transaction under the lock: each one
 * still sees the seats the ones before took, so the seats stay exact and the waiting list gap-free.
 *
 * <p>Should that transaction fail (one person's row breaks a unique key, a lock conflict), nothing of it
 * is kept and each person of the batch is decided alone, in order, so that one person's refusal is theirs
 * only. People wait without a database connection; after {@code patience} in line they are asked to try
 * again ({@code registration.busy}), unless their decision is already being taken. With several instances
 * each has its own lines; the seminar's row lock still decides between them.
 *
 * @param <W> the work that decides one person's seat, given to {@code together} and {@code alone}
 */
final class SeatBatches<W> {

    /** At most this many decisions in one transaction: the lock is held for them all. */
    static final int MOST = 32;

    private final ConcurrentHashMap<Long, Line<W>> lines = new ConcurrentHashMap<>();
    private final Duration patience;
    private final BiFunction<Long, List<W>, List<Long>> together;
    private final BiFunction<Long, W, Long> alone;
    /** Batches decided together so far, and the largest: whether commits were shared (for tests). */
    private final LongAdder sharedCommits = new LongAdder();
    private final AtomicInteger largest = new AtomicInteger();

    /**
     * @param together decides a batch in one transaction, results in the same order; throws to give up on all of them
     * @param alone    decides one person in a transaction of their own; throws for them only
     */
    SeatBatches(Duration patience, BiFunction<Long, List<W>, List<Long>> together, BiFunction<Long, W, Long> alone) {
        this.patience = patience;
        this.together = together;
        this.alone = alone;
    }

    private static final class Line<W> {
        final ReentrantLock turn = new ReentrantLock(true);
        final ConcurrentLinkedQueue<Pending<W>> waiting = new ConcurrentLinkedQueue<>();
        int people;
    }

    private record Pending<W>(W work, CompletableFuture<Long> result) {
    }

    /** Decides one person's seat, with whoever else is in line for the seminar; returns what the work returned. */
    long decide(long seminarId, W work) {
        var pending = new Pending<>(work, new CompletableFuture<Long>());
        var line = lines.compute(seminarId, (id, l) -> {
            var joined = l == null ? new Line<W>() : l;
            joined.people++;
            return joined;
        });
        try {
            line.waiting.add(pending);
            var deadline = System.nanoTime() + patience.toNanos();
            while (!pending.result().isDone()) {
                if (!line.turn.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    if (line.waiting.remove(pending)) {
                        throw new ConveneException("registration.busy");
                    }
                    break; // taken by the one whose turn it is: its decision is on its way
                }
                try {
                    if (!pending.result().isDone()) {
                        decideBatch(seminarId, take(line.waiting));
                    }
                } finally {
                    line.turn.unlock();
                }
            }
            return outcome(pending.result());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (line.waiting.remove(pending)) {
                throw new ConveneException("registration.busy");
            }
            return outcome(pending.result());
        } finally {
            lines.compute(seminarId, (id, l) -> --l.people == 0 ? null : l);
        }
    }

    private static <W> List<Pending<W>> take(ConcurrentLinkedQueue<Pending<W>> waiting) {
        var batch = new ArrayList<Pending<W>>(MOST);
        Pending<W> next;
        while (batch.size() < MOST && (next = waiting.poll()) != null) {
            batch.add(next);
        }
        return batch;
    }

    /** Every pending of the batch is completed, whatever happens. */
    private void decideBatch(long seminarId, List<Pending<W>> batch) {
        try {
            if (batch.size() > 1) {
                try {
                    var results = together.apply(seminarId, batch.stream().map(Pending::work).toList());
                    sharedCommits.increment();
                    largest.accumulateAndGet(batch.size(), Math::max);
                    for (var i = 0; i < batch.size(); i++) {
                        batch.get(i).result().complete(results.get(i));
                    }
                    return;
                } catch (RuntimeException e) {
                    // Nothing of the batch was kept: each alone, so that a refusal is only its own person's.
                }
            }
            for (var pending : batch) {
                try {
                    pending.result().complete(alone.apply(seminarId, pending.work()));
                } catch (RuntimeException | Error e) {
                    pending.result().completeExceptionally(e);
                }
            }
        } finally {
            for (var pending : batch) {
                pending.result().completeExceptionally(new IllegalStateException("seat decision not taken"));
            }
        }
    }

    /** The decision, waited for without interruption: once taken, a person's decision is theirs. */
    private static long outcome(CompletableFuture<Long> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            switch (e.getCause()) {
                case RuntimeException r -> throw r;
                case Error error -> throw error;
                default -> throw e;
            }
        }
    }

    /** People in line for the seminar now, the one whose batch is being decided included (for tests). */
    int people(long seminarId) {
        var line = lines.get(seminarId);
        return line == null ? 0 : line.people;
    }

    /** People in line for the seminar not yet taken into a batch (for tests). */
    int notYetTaken(long seminarId) {
        var line = lines.get(seminarId);
        return line == null ? 0 : line.waiting.size();
    }

    /** Batches of more than one person decided in one transaction so far. */
    long batchesTogether() {
        return sharedCommits.sum();
    }

    /** The most people decided in one transaction so far. */
    int largestBatch() {
        return largest.get();
    }

    /** Seminars with someone in line now (for tests: lines are forgotten once empty). */
    int lines() {
        return lines.size();
    }
}

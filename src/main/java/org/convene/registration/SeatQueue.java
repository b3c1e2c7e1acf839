package org.convene.registration;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.convene.base.ConveneException;

/**
 * The queue in front of one seminar's seats, in this instance. Seat decisions on one seminar take its
 * row lock one after the other whatever happens, so a crowd at a registration opening would only hold
 * the pool's connections while waiting for that lock, and people further back would wait for a
 * connection until the pool gives up on them (an error, at the busiest moment). Here they wait in
 * arrival order, without a connection: at most {@link #ABREAST} per seminar hold one (the lock holder and
 * the next ones doing their reads before the lock), and the other seminars and pages keep the rest.
 * New registrations only do their reads before the lock here; their seats are decided in batches
 * ({@link SeatBatches}), whose turn needs one connection, not kept waiting behind a crowd of readers.
 * With several instances each has its own queue; the row lock still decides between them.
 */
final class SeatQueue {

    /** The lock holder, and two doing their reads before the lock so that the lock is never idle. */
    static final int ABREAST = 3;

    private final ConcurrentHashMap<Long, Line> lines = new ConcurrentHashMap<>();
    private final Duration patience;

    SeatQueue(Duration patience) {
        this.patience = patience;
    }

    private static final class Line {
        final Semaphore turns = new Semaphore(ABREAST, true);
        int people;
    }

    /** Runs {@code work} in this seminar's turn; after {@code patience} in line, the person is asked to try again. */
    <T> T inTurn(long seminarId, Supplier<T> work) {
        var line = lines.compute(seminarId, (id, l) -> {
            var joined = l == null ? new Line() : l;
            joined.people++;
            return joined;
        });
        try {
            if (!line.turns.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ConveneException("registration.busy");
            }
            try {
                return work.get();
            } finally {
                line.turns.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConveneException("registration.busy");
        } finally {
            lines.compute(seminarId, (id, l) -> --l.people == 0 ? null : l);
        }
    }

    /** Seminars with someone in line now (for tests: lines are forgotten once empty). */
    int lines() {
        return lines.size();
    }
}

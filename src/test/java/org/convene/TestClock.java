package org.convene;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of the tests: the application's {@code Clock} bean in every test context
 * ({@link IntegrationTest}) and the "now" of the test fixtures, so the two always agree. It follows the
 * system clock until a test moves it ({@link #advance}, {@link #stopAt}); {@link IntegrationTest} puts
 * it back after each test.
 */
public final class TestClock extends Clock {

    /** The one clock of the test JVM (the fixtures are static helpers). */
    public static final TestClock INSTANCE = new TestClock();

    private final Clock system = Clock.systemUTC();
    private volatile Duration offset = Duration.ZERO;
    private volatile Instant stoppedAt;

    private TestClock() {
    }

    /** Moves time on (or back, with a negative duration) for the application and the fixtures. */
    public void advance(Duration duration) {
        if (stoppedAt != null) {
            stoppedAt = stoppedAt.plus(duration);
        } else {
            offset = offset.plus(duration);
        }
    }

    /** Stops time at this instant until {@link #advance} or {@link #reset}. */
    public void stopAt(Instant instant) {
        stoppedAt = instant;
    }

    /** Back to the system clock. */
    public void reset() {
        stoppedAt = null;
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        var stopped = stoppedAt;
        return stopped != null ? stopped : system.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        var outer = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return outer.withZone(other);
            }

            @Override
            public Instant instant() {
                return outer.instant();
            }
        };
    }
}

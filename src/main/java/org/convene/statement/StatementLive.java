package org.convene.statement;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Live updates of statements, across instances. Changes are written to the {@code statement_change}
 * table in the transaction that makes them ({@link StatementChanges}); this instance polls the rows
 * above the last id it has settled, every {@code convene.statement.live.poll-interval} (200 ms by
 * default), <em>only while someone listens</em>, and hands each new row to the listeners of its
 * statement. A local after-commit hand-over makes this instance's case faster; the id keeps every
 * change delivered once either way.
 *
 * <p>Auto-increment ids are taken at insert but become visible at commit, so a lower id can appear
 * after a higher one (and Galera steps ids by the cluster size; rolled-back inserts burn ids). The
 * poller therefore keeps the ids it has not seen below the highest one as gaps for
 * {@link #GAP_WAIT}, reads from below the lowest gap, and delivers only ids it has not delivered.
 *
 * <p>Old rows ({@link #RETENTION}) are deleted every minute by one instance ({@link ChangeFeedPruning},
 * under a ShedLock job lock), whether anyone listens or not. The polling itself is never locked: every
 * instance polls for its own listeners.
 *
 * <p>Listeners are called on one of {@link #LANES} delivery threads (each listener always on the
 * same one, so in order), never on the committing thread: UI code uses {@code UI.access}.
 */
@Component
public class StatementLive {

    static final Duration GAP_WAIT = Duration.ofSeconds(5);
    static final Duration RETENTION = Duration.ofHours(1);
    static final Duration TICK = Duration.ofSeconds(30);
    private static final int BATCH = 1000;
    private static final int MAX_GAP_SPAN = 10_000;
    private static final int START_WINDOW = 1000;
    /** Threads that call listeners: several UIs refresh at once, each listener always on the same one. */
    static final int LANES = 8;
    private static final Logger log = LoggerFactory.getLogger(StatementLive.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration pollInterval;
    private final boolean localDelivery;
    private final Map<Long, List<Subscriber>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService[] lanes = new ExecutorService[LANES];
    private int nextLane;
    private final Object feedLock = new Object();
    private ScheduledExecutorService executor;
    private ScheduledFuture<?> polling;
    private long floor = -1;
    private final TreeMap<Long, Long> gaps = new TreeMap<>();
    private final HashSet<Long> delivered = new HashSet<>();
    private long lastTick;
    private volatile long polls;

    @Autowired
    StatementLive(JdbcTemplate jdbc, Clock clock,
                  @Value("${convene.statement.live.poll-interval:200ms}") Duration pollInterval,
                  @Value("${convene.statement.live.local-delivery:true}") boolean localDelivery) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.localDelivery = localDelivery;
    }

    /** A second poller on the same database, as another instance would run it (tests, benchmark). */
    public static StatementLive anotherInstance(JdbcTemplate jdbc, Clock clock, Duration pollInterval) {
        return new StatementLive(jdbc, clock, pollInterval, false);
    }

    /**
     * Follows a statement: {@code listener} receives every change recorded from now on (by any
     * instance), once. Close the returned handle to stop (e.g. when the component detaches).
     */
    public AutoCloseable subscribe(long statementId, Consumer<StatementChange> listener) {
        synchronized (feedLock) {
            var subscriber = new Subscriber(listener, lane(nextLane++ % LANES));
            listeners.computeIfAbsent(statementId, k -> new CopyOnWriteArrayList<>()).add(subscriber);
            startPolling();
            return () -> unsubscribe(statementId, subscriber);
        }
    }

    /** A listener and the delivery lane (one thread) that calls it, so that it gets its changes in order. */
    private record Subscriber(Consumer<StatementChange> listener, ExecutorService lane) {
    }

    private ExecutorService lane(int index) {
        if (lanes[index] == null) {
            lanes[index] = Executors.newSingleThreadExecutor(r -> {
                var t = new Thread(r, "statement-live-delivery-" + index);
                t.setDaemon(true);
                return t;
            });
        }
        return lanes[index];
    }

    private void unsubscribe(long statementId, Subscriber subscriber) {
        synchronized (feedLock) {
            var list = listeners.get(statementId);
            if (list != null) {
                list.remove(subscriber);
                if (list.isEmpty()) {
                    listeners.remove(statementId);
                }
            }
            if (listeners.isEmpty()) {
                stopPolling();
            }
        }
    }

    /** Whether this instance polls the feed now (someone listens). */
    public boolean isPolling() {
        synchronized (feedLock) {
            return polling != null;
        }
    }

    /** How many polls this instance has made (for tests and the benchmark). */
    public long polls() {
        return polls;
    }

    public int listenerCount() {
        return listeners.values().stream().mapToInt(List::size).sum();
    }

    private void startPolling() {
        if (polling != null) {
            return;
        }
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                var t = new Thread(r, "statement-live");
                t.setDaemon(true);
                return t;
            });
        }
        settleStart();
        polling = executor.scheduleWithFixedDelay(this::pollSafely, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void stopPolling() {
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
    }

    @PreDestroy
    public void close() {
        synchronized (feedLock) {
            listeners.clear();
            stopPolling();
            if (executor != null) {
                executor.shutdownNow();
                executor = null;
            }
            for (var i = 0; i < LANES; i++) {
                if (lanes[i] != null) {
                    lanes[i].shutdownNow();
                    lanes[i] = null;
                }
            }
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("Statement change feed: poll failed ({})", e.toString());
        }
    }

    /**
     * Where a newly started poller begins: after the highest id, except that ids missing among the
     * last ones may still be committing, so they start as gaps (the rows present count as delivered:
     * whoever subscribes now loads them itself).
     */
    private void settleStart() {
        var max = jdbc.queryForObject("select coalesce(max(id), 0) from statement_change", Long.class);
        var start = Math.max(0, max - START_WINDOW);
        var present = new HashSet<>(jdbc.queryForList("select id from statement_change where id > ?", Long.class, start));
        gaps.clear();
        delivered.clear();
        delivered.addAll(present);
        var now = System.nanoTime();
        for (var id = start + 1; id <= max; id++) {
            if (!present.contains(id)) {
                gaps.put(id, now);
            }
        }
        floor = gaps.isEmpty() ? max : gaps.firstKey() - 1;
        delivered.removeIf(id -> id <= floor);
    }

    void poll() {
        long from;
        synchronized (feedLock) {
            from = floor;
        }
        var rows = jdbc.query("select id, statement_id, kind, paragraph_id, actor_id, at from statement_change "
                        + "where id > ? order by id limit " + BATCH,
                (rs, i) -> new StatementChange(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        (Long) rs.getObject(4, Long.class), (Long) rs.getObject(5, Long.class), org.convene.base.db.UtcTimes.instant(rs, 6)),
                from);
        polls++;
        var now = System.nanoTime();
        synchronized (feedLock) {
            if (floor != from) {
                return;
            }
            var present = new HashSet<Long>();
            var max = from;
            for (var change : rows) {
                present.add(change.id());
                max = change.id();
                deliverOnce(change);
            }
            if (max - from <= MAX_GAP_SPAN) {
                for (var id = from + 1; id < max; id++) {
                    if (!present.contains(id)) {
                        gaps.putIfAbsent(id, now);
                    }
                }
            }
            gaps.keySet().removeAll(present);
            gaps.values().removeIf(firstMissed -> now - firstMissed > GAP_WAIT.toNanos());
            floor = gaps.isEmpty() ? max : Math.min(max, gaps.firstKey() - 1);
            var settled = floor;
            delivered.removeIf(id -> id <= settled);
            gaps.headMap(settled, true).clear();
        }
        housekeeping(now);
    }

    private void housekeeping(long now) {
        if (now - lastTick > TICK.toNanos()) {
            lastTick = now;
            var at = clock.instant();
            for (var statementId : listeners.keySet()) {
                deliver(new StatementChange(0, statementId, ChangeKind.PRESENCE.name(), null, null, at));
            }
        }
    }

    /** Deletes feed rows older than the retention; idempotent, so any number of instances may run it. */
    int prune() {
        var before = org.convene.base.db.UtcTimes.of(clock.instant().minus(RETENTION));
        return jdbc.update("delete from statement_change where at < ? limit 5000", before);
    }

    /** After commit on this instance: deliver now instead of at the next poll (same change, once). */
    void deliverLocally(StatementChange change) {
        if (!localDelivery) {
            return;
        }
        synchronized (feedLock) {
            if (polling == null || change.id() <= floor) {
                return;
            }
            deliverOnce(change);
        }
    }

    private void deliverOnce(StatementChange change) {
        if (delivered.add(change.id())) {
            deliver(change);
        }
    }

    private void deliver(StatementChange change) {
        var list = listeners.get(change.statementId());
        if (list == null) {
            return;
        }
        for (var subscriber : list) {
            try {
                subscriber.lane().execute(() -> {
                    try {
                        subscriber.listener().accept(change);
                    } catch (RuntimeException e) {
                        log.warn("Statement change listener failed on {}: {}", change, e.toString());
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                return;
            }
        }
    }

    // Visible for the feed's unit of work in tests.
    Map<String, Long> state() {
        synchronized (feedLock) {
            var m = new HashMap<String, Long>();
            m.put("floor", floor);
            m.put("gaps", (long) gaps.size());
            m.put("delivered", (long) delivered.size());
            return m;
        }
    }
}

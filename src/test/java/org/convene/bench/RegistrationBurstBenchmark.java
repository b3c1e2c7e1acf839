package org.convene.bench;

import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.convene.IntegrationTest;
import org.convene.TestSignIn;
import org.convene.account.AccountUserDetails;
import org.convene.account.Role;
import org.convene.registration.OrganiserRegistrationService;
import org.convene.registration.RegistrationForm;
import org.convene.registration.RegistrationService;
import org.convene.registration.RegistrationStatus;
import org.convene.registration.Sector;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: a registration opening as people live it. <b>Burst</b>: 5,000 people ask for a seat of a
 * 300-seat webinar within 10 seconds (one every 2 ms), served by 200 threads (Tomcat's default request
 * threads) through the service with the production pool (10 connections, 10 s connection timeout). Every
 * person must get an answer, a seat or a place on the waiting list, and none an error; the answer time is
 * counted from the moment the person asked, so it includes waiting for a free request thread.
 * <b>Eight seminars</b>: 2,000 people registering for 8 seminars at once against the same people for one
 * seminar (32 workers each): seat decisions lock one seminar's row, so different seminars do not wait for
 * each other; what they share is the pool and the commit.
 */
@Benchmark
class RegistrationBurstBenchmark extends IntegrationTest {

    static final int BURST = 5_000;
    static final int BURST_SEATS = 300;
    static final long BURST_WINDOW_MS = 10_000;
    static final int REQUEST_THREADS = 200;
    static final int PEOPLE = 2_000;
    static final int WORKERS = 32;
    static final int SEMINARS = 8;
    static final RegistrationForm FORM = new RegistrationForm("Bench organisation", "FR", Sector.HEALTH, null, "", "", "", false, true);

    @Autowired
    RegistrationService registrations;
    @Autowired
    OrganiserRegistrationService organisers;
    @Autowired
    SeminarService seminars;
    @Autowired
    DataSource dataSource;

    /** Thousands of confirmations and waiting-list mails: the next benchmark starts once they are all handled. */
    @Override
    protected java.time.Duration patienceForWhatThisTestSetOff() {
        return java.time.Duration.ofMinutes(15);
    }

    @Test
    void five_thousand_people_in_ten_seconds_for_three_hundred_seats() throws Exception {
        var jdbc = new JdbcTemplate(dataSource);
        signIn(aUser("Burst Organiser", Role.ORGANISER));
        var people = BenchPeople.confirmedParticipants(jdbc, BURST);
        // Warm-up (JIT, pools), not measured: 300 others register for another seminar.
        var warmUp = BenchPeople.confirmedParticipants(jdbc, 300);
        timed(warmUp, List.of(seminar(100)), WORKERS);
        var webinar = seminar(BURST_SEATS);

        var answers = new long[BURST];
        var served = new long[BURST];
        var errors = new ConcurrentHashMap<String, AtomicLong>();
        var pool = Executors.newFixedThreadPool(REQUEST_THREADS);
        var start = System.nanoTime() + 200_000_000L;
        var tasks = new ArrayList<Callable<Void>>();
        for (var i = 0; i < BURST; i++) {
            var n = i;
            var asksAt = start + n * BURST_WINDOW_MS * 1_000_000L / BURST;
            tasks.add(() -> {
                var wait = asksAt - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                var begun = System.nanoTime();
                try {
                    TestSignIn.as(people.get(n), () -> registrations.register(webinar, FORM));
                } catch (RuntimeException e) {
                    errors.computeIfAbsent(e.getClass().getSimpleName() + ": " + e.getMessage(), k -> new AtomicLong()).incrementAndGet();
                }
                var now = System.nanoTime();
                answers[n] = now - asksAt;
                served[n] = now - begun;
                return null;
            });
        }
        try {
            for (var f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        var seconds = (Arrays.stream(answers).max().orElse(0) + BURST_WINDOW_MS * 1_000_000L) / 1e9;

        var confirmed = organisers.count(webinar, RegistrationStatus.CONFIRMED);
        var waiting = organisers.count(webinar, RegistrationStatus.WAITLISTED);
        var positions = jdbc.queryForList("SELECT waitlist_position FROM registration WHERE seminar_id = ? AND status = 'WAITLISTED'"
                + " ORDER BY waitlist_position", Integer.class, webinar);
        var contiguous = true;
        for (var i = 0; i < positions.size(); i++) {
            contiguous &= positions.get(i) == i + 1;
        }
        var failed = errors.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("%nBurst: %,d people in %,d ms for %d seats, %d request threads, pool 10: %d confirmed, %d waiting"
                        + " (positions 1..%d %s), %d errors %s; last answer %.1f s after the first ask%n",
                BURST, BURST_WINDOW_MS, BURST_SEATS, REQUEST_THREADS, confirmed, waiting, positions.size(),
                contiguous ? "contiguous" : "NOT CONTIGUOUS", failed, errors, seconds);
        if (confirmed != BURST_SEATS || waiting != BURST - BURST_SEATS || !contiguous || failed > 0) {
            throw new IllegalStateException("the burst was not answered right: " + confirmed + " confirmed, " + waiting
                    + " waiting, " + failed + " errors " + errors);
        }
        BenchTable.add("burst: 5,000 people in 10 s for 300 seats (200 request threads), answered", BURST - failed, "people",
                "people who asked", BURST, "1 (every one answered, none an error)");
        BenchTable.add("burst: answer time p50 (from asking, includes waiting for a request thread)", percentile(answers, 50), "ms");
        BenchTable.add("burst: answer time p99", percentile(answers, 99), "ms");
        BenchTable.add("burst: answer time max", percentile(answers, 100), "ms");
        BenchTable.add("burst: service time p50 (on a request thread)", percentile(served, 50), "ms");
        BenchTable.add("burst: service time p99", percentile(served, 99), "ms");
        BenchTable.add("burst: from the first ask to the last answer", seconds, "s", "the 10 s the asks were spread over", 10, "");
    }

    @Test
    void eight_seminars_opening_together_beside_one() throws Exception {
        var jdbc = new JdbcTemplate(dataSource);
        signIn(aUser("Eight Organiser", Role.ORGANISER));
        var warmUp = BenchPeople.confirmedParticipants(jdbc, 300);
        timed(warmUp, List.of(seminar(100)), WORKERS);
        var one = timed(BenchPeople.confirmedParticipants(jdbc, PEOPLE), List.of(seminar(PEOPLE / 2)), WORKERS);
        var eight = new ArrayList<Long>();
        for (var i = 0; i < SEMINARS; i++) {
            eight.add(seminar(PEOPLE / SEMINARS / 2));
        }
        var several = timed(BenchPeople.confirmedParticipants(jdbc, PEOPLE), eight, WORKERS);
        for (var seminar : eight) {
            var seats = PEOPLE / SEMINARS / 2;
            if (organisers.count(seminar, RegistrationStatus.CONFIRMED) != seats
                    || organisers.count(seminar, RegistrationStatus.WAITLISTED) != PEOPLE / SEMINARS - seats) {
                throw new IllegalStateException("seminar " + seminar + ": seats not decided right");
            }
        }
        System.out.printf("%nEight seminars: %,d people, %d workers: one seminar %.0f/s, eight seminars %.0f/s (%.2fx)%n",
                PEOPLE, WORKERS, PEOPLE / one, PEOPLE / several, one / several);
        BenchTable.add("registrations, 8 seminars opening together, " + WORKERS + " workers", PEOPLE / several, "/s",
                "one seminar, same people and workers, same run", PEOPLE / one, "> 1 (scales)");
    }

    /** Person i registers for seminar i mod n, {@code workers} at a time; seconds. */
    private double timed(List<AccountUserDetails> people, List<Long> seminarIds, int workers) throws Exception {
        var pool = Executors.newFixedThreadPool(workers);
        var t0 = System.nanoTime();
        try {
            var tasks = new ArrayList<Callable<Void>>();
            for (var i = 0; i < people.size(); i++) {
                var person = people.get(i);
                var seminar = seminarIds.get(i % seminarIds.size());
                tasks.add(() -> {
                    TestSignIn.as(person, () -> registrations.register(seminar, FORM));
                    return null;
                });
            }
            for (var f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double percentile(long[] nanos, int p) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        var index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private long seminar(int capacity) {
        var id = seminars.create(aSeminarForm("Burst " + UUID.randomUUID(), 60, capacity));
        seminars.publish(id);
        return id;
    }
}

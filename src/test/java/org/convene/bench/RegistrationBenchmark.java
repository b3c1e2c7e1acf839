package org.convene.bench;

import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.convene.IntegrationTest;
import org.convene.TestSignIn;
import org.convene.account.AccountUserDetails;
import org.convene.account.Role;
import org.convene.registration.RegistrationForm;
import org.convene.registration.OrganiserRegistrationService;
import org.convene.registration.RegistrationService;
import org.convene.registration.Sector;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: registrations per second through the service (lock, seat decision, waiting list,
 * event publication) beside plain JDBC inserts of the same rows (the participant grid at 100,000
 * registrations is {@link ParticipantGridBenchmark}). Run: {@code ./mvnw -B -Pbench test -Dtest=RegistrationBenchmark}.
 */
@Benchmark
class RegistrationBenchmark extends IntegrationTest {

    static final int PEOPLE = 2_000;
    static final int WORKERS = 32;
    static final java.time.Duration QUIET = java.time.Duration.ofMinutes(10);

    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganiserRegistrationService organisers;
    @Autowired
    SeminarService seminars;
    @Autowired
    DataSource dataSource;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    /** Thousands of confirmations and waiting-list mails: the next benchmark starts once they are all handled. */
    @Override
    protected java.time.Duration patienceForWhatThisTestSetOff() {
        return java.time.Duration.ofMinutes(15);
    }

    private long lastRoundStarted;

    @Autowired
    org.springframework.mail.javamail.JavaMailSenderImpl mail;

    /**
     * Mail goes to a sink that keeps nothing while this benchmark runs (the figure with mail is then Convene's
     * sending, not GreenMail's filing), and back to the tests' server after it for the benchmarks that follow.
     */
    @Test
    void registrations_per_second_and_first_page_time() throws Exception {
        var tests = mail.getPort();
        mail.setPort(DiscardSmtp.port());
        try {
            measure();
        } finally {
            BenchPeople.awaitQuiet(new JdbcTemplate(dataSource), QUIET);
            mail.setPort(tests);
        }
    }

    private void measure() throws Exception {
        var jdbc = new JdbcTemplate(dataSource);
        var rows = new ArrayList<String[]>();
        signIn(aUser("Bench Organiser", Role.ORGANISER));
        var serviceSeminar = seminar(1_000);
        var jdbcSeminar = seminar(PEOPLE);
        var people = BenchPeople.confirmedParticipants(jdbc, PEOPLE);
        var form = new RegistrationForm("Bench organisation", "FR", Sector.HEALTH, null, "", "", "", false, true);

        // 0. Warm-up (JIT, pools, caches), not measured: some of them register for other seminars. Every round then
        // starts once the mail of the rounds before has been written and sent (two cores: it would be measured too).
        // Both ways, 600 people each: with 300 one way only, whichever round ran first was the slower by up to 2.7x.
        registerAll(people.subList(0, 600), seminar(200), form, false);
        registerAll(people.subList(600, 1_200), seminar(200), form, true);
        BenchPeople.awaitQuiet(jdbc, QUIET);
        // 1. Inside each caller's own transaction (REPEATABLE READ): every read after the lock. First, so that neither round
        // is the one that finishes warming up the JIT (run second, either round was the faster).
        var oneByOneSeminar = seminar(1_000);
        var oneByOneSeconds = registerAll(people, oneByOneSeminar, form, true);
        BenchPeople.awaitQuiet(jdbc, QUIET);
        // 2. Through the service, 32 workers: reads before the seminar's lock, the seat decision under it (READ COMMITTED).
        var serviceSeconds = registerAll(people, serviceSeminar, form, false);
        // 2a. ... and until every confirmation and waiting-list mail they set off is written and sent.
        BenchPeople.awaitQuiet(jdbc, QUIET);
        var withMailSeconds = (System.nanoTime() - lastRoundStarted) / 1e9;
        if (DiscardSmtp.accepted() < PEOPLE) {
            throw new IllegalStateException("the mail went elsewhere than the discarding sink: " + DiscardSmtp.accepted() + " accepted");
        }
        rows.add(row("service register() inside a caller's transaction (all reads under the lock), " + WORKERS + " workers",
                oneByOneSeconds, PEOPLE));
        rows.add(row("service register(), " + WORKERS + " workers, " + PEOPLE + " people (1,000 seats + waiting list)",
                serviceSeconds, PEOPLE));
        rows.add(row("... until their " + PEOPLE + " mails (confirmation or waiting list) are written and sent", withMailSeconds, PEOPLE));

        // 2. The same rows with plain JDBC, one autocommit INSERT each, 32 workers.
        var now = Timestamp.from(Instant.now());
        var t1 = System.nanoTime();
        parallel(people.stream().map(p -> (Callable<Void>) () -> {
            jdbc.update("""
                    INSERT INTO registration (seminar_id, user_id, status, full_name, email, organisation, country, sector,
                      privacy_consent, created_at, updated_at) VALUES (?, ?, 'CONFIRMED', ?, ?, 'Bench organisation', 'FR',
                      'HEALTH', TRUE, ?, ?)""", jdbcSeminar, p.id(), p.displayName(), p.email(), now, now);
            return null;
        }).toList());
        var jdbcSeconds = (System.nanoTime() - t1) / 1e9;
        rows.add(row("raw JDBC INSERT, " + WORKERS + " workers, same " + PEOPLE + " rows", jdbcSeconds, PEOPLE));

        System.out.println();
        System.out.println("| Registration benchmark (pool 20, 2 cores) | seconds | rows/s |");
        System.out.println("|---|---:|---:|");
        rows.forEach(r -> System.out.println("| " + r[0] + " | " + r[1] + " | " + r[2] + " |"));
        System.out.printf("| service / raw JDBC throughput | | %.2f |%n", jdbcSeconds / serviceSeconds);
        System.out.println();
        BenchTable.add("registrations through the service, " + WORKERS + " workers, one seminar", PEOPLE / serviceSeconds, "/s",
                "raw JDBC INSERT of the same rows, " + WORKERS + " workers", PEOPLE / jdbcSeconds, "≥ 0.3 (aim 0.5)");
        BenchTable.add("registrations with their mails written and sent (to an SMTP sink in the same JVM)", PEOPLE / withMailSeconds, "/s",
                "raw JDBC INSERT of the same rows, " + WORKERS + " workers", PEOPLE / jdbcSeconds, "none");
        BenchTable.add("registrations, reads before the seminar's lock", PEOPLE / serviceSeconds, "/s",
                "all reads under the lock (caller's transaction), same run", PEOPLE / oneByOneSeconds, "> 1");
    }

    /** Everybody registers for the seminar with 32 workers; seconds. Checks that the seats were decided (1,000 seats). */
    private double registerAll(List<AccountUserDetails> people, long seminar, RegistrationForm form, boolean ownTransaction)
            throws Exception {
        var callerTx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        var t0 = System.nanoTime();
        lastRoundStarted = t0;
        parallel(people.stream().map(p -> (Callable<Void>) () -> {
            TestSignIn.as(p, () -> {
                if (ownTransaction) {
                    callerTx.executeWithoutResult(status -> registrations.register(seminar, form));
                } else {
                    registrations.register(seminar, form);
                }
            });
            return null;
        }).toList());
        var seconds = (System.nanoTime() - t0) / 1e9;
        // The figure is only worth printing if the seats were decided (addresses confirmed, no approval step).
        var confirmed = organisers.count(seminar, org.convene.registration.RegistrationStatus.CONFIRMED);
        var inLine = organisers.count(seminar, org.convene.registration.RegistrationStatus.WAITLISTED);
        var seats = seminars.findForSystem(seminar).orElseThrow().capacity();
        if (confirmed != Math.min(seats, people.size()) || inLine != Math.max(0, people.size() - seats)) {
            throw new IllegalStateException("expected " + seats + " seats taken and the rest waiting, got " + confirmed + " and " + inLine);
        }
        return seconds;
    }

    private static String[] row(String label, double seconds, int n) {
        return new String[] {label, String.format("%.2f", seconds), String.format("%,.0f", n / seconds)};
    }

    private long seminar(int capacity) {
        var id = seminars.create(aSeminarForm("Bench " + UUID.randomUUID(), 60, capacity));
        seminars.publish(id);
        return id;
    }

    private static void parallel(List<Callable<Void>> tasks) throws Exception {
        var pool = Executors.newFixedThreadPool(WORKERS);
        try {
            for (var f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}

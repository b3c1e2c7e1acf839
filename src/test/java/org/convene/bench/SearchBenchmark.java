package org.convene.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.notification.OutboxService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The user administration and outbox grids' first page (a slice, as these grids ask: no count) searched
 * and sorted, on the tables as they are, then again after 100,000 accounts and 100,000 messages are added:
 * the same query before and after is the baseline. Prints the machine's load (2 shared cores). Prints rows of the one table, asserts nothing.
 */
@Benchmark
class SearchBenchmark extends IntegrationTest {

    static final int BIG = 100_000;

    @Autowired
    OutboxService outbox;
    @Autowired
    DataSource dataSource;

    @Test
    void user_and_outbox_search_at_100_000_rows() {
        signIn(aUser("Bench Organiser", Role.ORGANISER));
        var jdbc = new JdbcTemplate(dataSource);
        var before = jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class);
        var outboxBefore = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message", Long.class);
        var queries = new ArrayList<Query>();
        queries.add(new Query("users: search \"person 4242\", by name", () -> accounts.search("person 4242", null,
                PageRequest.of(0, 50, Sort.by("displayName"))).getNumberOfElements()));
        queries.add(new Query("users: search \"pers\", by name", () -> accounts.search("pers", null,
                PageRequest.of(0, 50, Sort.by("displayName"))).getNumberOfElements()));
        queries.add(new Query("users: search \"searchbench\", by name", () -> accounts.search("searchbench", null,
                PageRequest.of(0, 50, Sort.by("displayName"))).getNumberOfElements()));
        queries.add(new Query("users: no search, by name", () -> accounts.search("", null,
                PageRequest.of(0, 50, Sort.by("displayName"))).getNumberOfElements()));
        queries.add(new Query("users: no search, by e-mail", () -> accounts.search("", null,
                PageRequest.of(0, 50, Sort.by("email"))).getNumberOfElements()));
        queries.add(new Query("users: no search, newest first", () -> accounts.search("", null,
                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "createdAt"))).getNumberOfElements()));
        queries.add(new Query("outbox: search \"person4242\", newest first", () -> outbox.page(null, "person4242",
                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "createdAt"))).getNumberOfElements()));
        queries.add(new Query("outbox: search \"reminder seminar\", newest first", () -> outbox.page(null, "reminder seminar",
                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "createdAt"))).getNumberOfElements()));
        queries.add(new Query("outbox: no search, by recipient", () -> outbox.page(null, "",
                PageRequest.of(0, 50, Sort.by("recipientEmail"))).getNumberOfElements()));
        queries.add(new Query("outbox: no search, by status", () -> outbox.page(null, "",
                PageRequest.of(0, 50, Sort.by("status"))).getNumberOfElements()));
        var small = queries.stream().map(q -> median(q.work())).toList();
        insert(jdbc);
        System.out.printf("%nSearch benchmark: %,d accounts and %,d messages before, %,d more of each after (load %s)%n", before,
                outboxBefore, BIG, load());
        for (var i = 0; i < queries.size(); i++) {
            var big = median(queries.get(i).work());
            System.out.printf("%-50s %8.1f ms before %8.1f ms after  (load %s)%n", queries.get(i).name(), small.get(i), big, load());
            BenchTable.add(queries.get(i).name() + " at +100,000 rows", big, "ms",
                    "the same on the table before (" + (i < 6 ? before : outboxBefore) + " rows)", small.get(i),
                    queries.get(i).name().contains("search \"") ? "< 50 ms" : "≤ 1.5");
        }
    }

    private static String load() {
        try {
            var parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "?";
        }
    }

    record Query(String name, Supplier<Integer> work) {
    }

    private static double median(Supplier<Integer> work) {
        var times = new double[5];
        for (var i = -2; i < times.length; i++) {
            var t = System.nanoTime();
            work.get();
            if (i >= 0) {
                times[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }

    private static void insert(JdbcTemplate jdbc) {
        var prefix = UUID.randomUUID().toString().substring(0, 8);
        var now = Instant.now();
        var users = new ArrayList<Object[]>();
        var messages = new ArrayList<Object[]>();
        for (var i = 0; i < BIG; i++) {
            var at = Timestamp.from(now.plusMillis(i));
            users.add(new Object[] {"searchbench." + prefix + ".person" + i + "@example.org", "Person " + i + " Searchbench",
                    "{noop}x", at});
            messages.add(new Object[] {"searchbench-" + prefix + "-" + i, "person" + i + "@example.org",
                    "Reminder: seminar " + (i % 500) + " starts in three days", at, at});
            if (users.size() == 5_000) {
                flush(jdbc, users, messages);
            }
        }
        flush(jdbc, users, messages);
    }

    private static void flush(JdbcTemplate jdbc, ArrayList<Object[]> users, ArrayList<Object[]> messages) {
        jdbc.batchUpdate("INSERT INTO app_user (email, display_name, password_hash, created_at) VALUES (?, ?, ?, ?)", users);
        jdbc.batchUpdate("""
                INSERT INTO outbox_message (idempotency_key, kind, recipient_email, locale, subject, text_body, html_body,
                  status, next_attempt_at, created_at) VALUES (?, 'REMINDER', ?, 'en', ?, '', '', 'SENT', ?, ?)""", messages);
        users.clear();
        messages.clear();
    }
}

package org.convene.bench;

import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.registration.OrganiserRegistrationService;
import org.convene.registration.ParticipantFilter;
import org.convene.registration.RegistrationStatus;
import org.convene.registration.Sector;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Not a test: the participant grid's first page (50 rows, as the grid asks for them: no count) at 100 and at
 * 100,000 registrations of one seminar, for every sort the grid offers, and the text search's first page
 * for each kind of query: median of 11 after 3 warm-up calls, the two sizes alternating. The big
 * seminar's last 6,250 people are "Zoé Zimmermann n": a common word (more than {@code WordSearch.FEW}
 * matches) whose matches all come last by name, the worst case: the ordered scan gives up after
 * {@code WordSearch.SCAN_ROWS} rows and the matches decide. Prints the machine's load beside the figures
 * (2 cores shared).
 * Run: {@code ./mvnw -B -ntp -Pbench verify -Dtest=ParticipantGridBenchmark}.
 */
@Benchmark
class ParticipantGridBenchmark extends IntegrationTest {

    static final int BIG = 100_000;
    static final int SMALL = 100;
    static final int WARM_UP = 3;
    static final int ROUNDS = 11;
    static final List<Sort> SORTS = List.of(Sort.by("fullName"), Sort.by("email"), Sort.by("organisation"), Sort.by("country"),
            Sort.by("sector"), Sort.by("status", "waitlistPosition"), Sort.by("createdAt"), Sort.by(Sort.Direction.DESC, "createdAt"));
    /** Query kinds: rare word with a common one, one common word, an e-mail fragment, a common prefix, a common word found last, accents. */
    static final List<String> SEARCHES = List.of("person 4242", "organisation", "person4242@example", "pers", "mart",
            "zimmermann", "zoe zimm", "person 4242 organisation 242");

    @Autowired
    OrganiserRegistrationService organisers;
    @Autowired
    SeminarService seminars;
    @Autowired
    DataSource dataSource;

    @Test
    void first_page_and_search_at_100_and_100_000_registrations() throws Exception {
        signIn(aUser("Bench Organiser", Role.ORGANISER));
        var big = seminar();
        var small = seminar();
        var other = seminar();
        var t0 = System.nanoTime();
        insert(big, BIG);
        insert(small, SMALL);
        insert(other, BIG / 2); // the same people in another seminar: never part of the answers, never read
        System.out.printf("%nParticipant grid benchmark: %,d + %,d + %,d registrations inserted in %.0f s (load %s)%n", BIG,
                SMALL, BIG / 2, (System.nanoTime() - t0) / 1e9, load());
        var table = new ArrayList<String>();
        table.add("| first page of 50 (median of 11, ms) | 100 | 100,000 | ratio | rows | load |");
        table.add("|---|---:|---:|---:|---:|---|");
        for (var sort : SORTS) {
            row(table, "sorted by " + sort, big, small, ParticipantFilter.none(), sort, "participant grid first page at 100,000, sorted by "
                    + sort, "≤ 1.5");
        }
        for (var text : SEARCHES) {
            var filter = new ParticipantFilter(null, null, null, text);
            row(table, "search \"" + text + "\", by name", big, small, filter, Sort.by("fullName"),
                    "participant search \"" + text + "\" at 100,000, by name", "< 50 ms");
        }
        row(table, "search \"pers\", by organisation", big, small, new ParticipantFilter(null, null, null, "pers"),
                Sort.by("organisation"), "participant search \"pers\" at 100,000, by organisation", "< 50 ms");
        row(table, "search \"person 4242\", newest first", big, small, new ParticipantFilter(null, null, null, "person 4242"),
                Sort.by(Sort.Direction.DESC, "createdAt"), "participant search \"person 4242\" at 100,000, newest first", "< 50 ms");
        row(table, "waiting list, search \"pers\", by name", big, small,
                new ParticipantFilter(RegistrationStatus.WAITLISTED, null, null, "pers"), Sort.by("fullName"),
                "participant search \"pers\" on the waiting list at 100,000", "< 50 ms");
        System.out.println();
        table.forEach(System.out::println);
        System.out.println();
    }

    private void row(List<String> table, String label, long big, long small, ParticipantFilter filter, Sort sort, String figure,
                     String target) {
        var rows = organisers.rows(big, filter, PageRequest.of(0, 50, sort)).size();
        // Small and big alternate, so that a change of the machine's load falls on both.
        var smallTimes = new double[ROUNDS];
        var bigTimes = new double[ROUNDS];
        for (var i = -WARM_UP; i < ROUNDS; i++) {
            var s = firstPage(small, filter, sort);
            var b = firstPage(big, filter, sort);
            if (i >= 0) {
                smallTimes[i] = s;
                bigTimes[i] = b;
            }
        }
        var smallMs = median(smallTimes);
        var bigMs = median(bigTimes);
        table.add(String.format("| %s | %.1f | %.1f | %.2f | %d | %s |", label, smallMs, bigMs, bigMs / smallMs, rows, load()));
        BenchTable.add(figure, bigMs, "ms", "the same at 100 registrations", smallMs, target);
    }

    /** One first page as the grid asks for it, in ms. */
    private double firstPage(long seminar, ParticipantFilter filter, Sort sort) {
        var t = System.nanoTime();
        organisers.rows(seminar, filter, PageRequest.of(0, 50, sort));
        return (System.nanoTime() - t) / 1e6;
    }

    private static double median(double[] times) {
        var sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String load() {
        try {
            var parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "?";
        }
    }

    private long seminar() {
        var id = seminars.create(aSeminarForm("Bench " + UUID.randomUUID(), 60, 100_000));
        seminars.publish(id);
        return id;
    }

    private void insert(long seminar, int count) throws Exception {
        var sectors = Sector.values();
        var countries = new String[] {"FR", "IT", "DE", "GR", "PT", "TR", "PL", "RO", "CY", "MT"};
        var now = Instant.now();
        var zoeFrom = count - count / 16;
        try (var c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var ps = c.prepareStatement("""
                    INSERT INTO registration (seminar_id, user_id, status, waitlist_position, full_name, email, organisation,
                      country, sector, privacy_consent, created_at, updated_at)
                    VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)""")) {
                for (var i = 0; i < count; i++) {
                    var waiting = i % 10 == 9;
                    var zoe = i >= zoeFrom;
                    ps.setLong(1, seminar);
                    ps.setString(2, waiting ? "WAITLISTED" : "CONFIRMED");
                    if (waiting) {
                        ps.setInt(3, i / 10 + 1);
                    } else {
                        ps.setNull(3, java.sql.Types.INTEGER);
                    }
                    ps.setString(4, zoe ? "Zoé Zimmermann " + i : "Person " + i);
                    ps.setString(5, zoe ? "zoe.zimmermann" + i + "@example.org" : "person" + i + "@example.org");
                    ps.setString(6, "Organisation " + (i % 500));
                    ps.setString(7, countries[i % countries.length]);
                    ps.setString(8, sectors[i % sectors.length].name());
                    var at = Timestamp.from(now.plusMillis(i));
                    ps.setTimestamp(9, at);
                    ps.setTimestamp(10, at);
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }
}

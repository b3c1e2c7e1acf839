package org.convene.bench;

import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.account.SignUpForm;
import org.convene.base.security.SystemAuthentication;
import org.convene.calendar.TestCalendarSource;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Requests per second and latency of the public feed (500 upcoming seminars) and of a personal feed,
 * next to the same bytes served as a static file by the JDK's plain HTTP server in the same run.
 * Loopback only; a fixed number of client threads for a bounded time. Prints a table, asserts nothing.
 * Run: ./mvnw -B -Pbench test -Dtest=FeedBenchmark
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FeedBenchmark {

    static final int SEMINARS = 500;
    static final int PERSONAL = 25;
    static final int CONCURRENCY = 8;
    static final Duration WARM_UP = Duration.ofSeconds(4);
    static final Duration MEASURE = Duration.ofSeconds(12);
    static final int MAX_REQUESTS = 200_000;

    @LocalServerPort
    int port;
    @Autowired
    SeminarService seminars;
    @Autowired
    org.convene.account.AccountService accounts;
    @Autowired
    TestCalendarSource personalSource;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    record Result(String name, int bytes, long requests, long errors, double seconds, long p50, long p99) {
        double rps() {
            return requests / seconds;
        }
    }

    @Test
    void public_and_personal_feeds_against_a_static_file() throws Exception {
        var ids = new ArrayList<Long>();
        var organiser = IntegrationTest.uniqueEmail("bench.organiser");
        SystemAuthentication.run(() -> accounts.createAccount(new SignUpForm("Bench Organiser", organiser,
                IntegrationTest.PASSWORD), Locale.ENGLISH, EnumSet.of(Role.ORGANISER)));
        SystemAuthentication.run(() -> {
            for (int i = 0; i < SEMINARS; i++) {
                var id = seminars.create(aSeminarForm("Benchmark seminar " + i + ": drugs, migration; rights", 2 + i, 50));
                seminars.publish(id);
                ids.add(id);
            }
        });
        var participant = IntegrationTest.uniqueEmail("bench.participant");
        SystemAuthentication.run(() -> accounts.createAccount(new SignUpForm("Bench Participant", participant,
                IntegrationTest.PASSWORD), Locale.ENGLISH, EnumSet.of(Role.PARTICIPANT)));
        var userId = ((org.convene.account.AccountUserDetails) users.loadUserByUsername(participant)).id();
        personalSource.confirm(userId, ids.subList(0, PERSONAL).toArray(Long[]::new));
        var details = users.loadUserByUsername(participant);
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(details, null, details.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        var token = accounts.regenerateCalendarToken();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        var app = "http://127.0.0.1:" + port;
        var publicUrl = URI.create(app + "/calendar/feeds/public.ics");
        var personalUrl = URI.create(app + "/calendar/feeds/personal/" + token + ".ics");
        var publicBody = client.send(HttpRequest.newBuilder(publicUrl).build(), HttpResponse.BodyHandlers.ofByteArray());
        var personalBody = client.send(HttpRequest.newBuilder(personalUrl).build(), HttpResponse.BodyHandlers.ofByteArray());
        var etag = publicBody.headers().firstValue("ETag").orElseThrow();
        var events = new String(publicBody.body(), java.nio.charset.StandardCharsets.UTF_8).split("BEGIN:VEVENT", -1).length - 1;

        // Without TCP_NODELAY the JDK server's small responses meet delayed ACKs (40 ms steps): an unfair baseline.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        var files = Map.of("/public.ics", publicBody.body(), "/personal.ics", personalBody.body());
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            var bytes = files.get(exchange.getRequestURI().getPath());
            if (bytes == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
                exchange.sendResponseHeaders(200, "HEAD".equals(exchange.getRequestMethod()) ? -1 : bytes.length);
                try (var out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
            exchange.close();
        });
        server.start();
        var staticBase = "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            var results = new ArrayList<Result>();
            results.add(load(client, "static file, public feed bytes", URI.create(staticBase + "/public.ics"), null));
            results.add(load(client, "app: public feed (" + events + " seminars)", publicUrl, null));
            results.add(load(client, "app: public feed, If-None-Match -> 304", publicUrl, etag));
            results.add(load(client, "static file, personal feed bytes", URI.create(staticBase + "/personal.ics"), null));
            results.add(load(client, "app: personal feed (" + PERSONAL + " seminars)", personalUrl, null));
            print(results);
        } finally {
            server.stop(0);
        }
    }

    private Result load(HttpClient client, String name, URI uri, String ifNoneMatch) throws Exception {
        var builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (ifNoneMatch != null) {
            builder.header("If-None-Match", ifNoneMatch);
        }
        var request = builder.build();
        var expected = ifNoneMatch == null ? 200 : 304;
        run(client, request, expected, WARM_UP, new ConcurrentLinkedQueue<>(), new AtomicLong(), new AtomicLong());
        var latencies = new ConcurrentLinkedQueue<long[]>();
        var errors = new AtomicLong();
        var bytes = new AtomicLong();
        var started = System.nanoTime();
        run(client, request, expected, MEASURE, latencies, errors, bytes);
        var seconds = (System.nanoTime() - started) / 1e9;
        var all = latencies.stream().flatMapToLong(Arrays::stream).filter(v -> v > 0).sorted().toArray();
        var count = all.length;
        return new Result(name, (int) (count == 0 ? 0 : bytes.get() / Math.max(1, count)), count, errors.get(), seconds,
                percentile(all, 0.50), percentile(all, 0.99));
    }

    private void run(HttpClient client, HttpRequest request, int expected, Duration time,
                     ConcurrentLinkedQueue<long[]> latencies, AtomicLong errors, AtomicLong bytes) throws Exception {
        var deadline = System.nanoTime() + time.toNanos();
        var issued = new AtomicLong();
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < CONCURRENCY; w++) {
                workers.submit(() -> {
                    var mine = new long[MAX_REQUESTS / CONCURRENCY];
                    int n = 0;
                    while (System.nanoTime() < deadline && n < mine.length && issued.incrementAndGet() <= MAX_REQUESTS) {
                        var t0 = System.nanoTime();
                        try {
                            var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            var t1 = System.nanoTime();
                            if (response.statusCode() == expected) {
                                mine[n++] = t1 - t0;
                                bytes.addAndGet(response.body().length);
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                    latencies.add(Arrays.copyOf(mine, n));
                    return null;
                });
            }
        }
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static void print(List<Result> results) {
        var out = new StringBuilder("\n=== FeedBenchmark: loopback, ").append(CONCURRENCY).append(" client threads, ")
                .append(MEASURE.toSeconds()).append(" s per row (after ").append(WARM_UP.toSeconds()).append(" s warm-up), ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs ===\n");
        out.append(String.format(Locale.ROOT, "%-44s %9s %9s %7s %10s %9s %9s %14s%n", "target", "bytes", "requests",
                "errors", "req/s", "p50 ms", "p99 ms", "req/s vs static"));
        Result base = null;
        for (var r : results) {
            if (r.name().startsWith("static")) {
                base = r;
            }
            var ratio = base == null || r == base ? "1.00 (base)" : String.format(Locale.ROOT, "%.3f", r.rps() / base.rps());
            out.append(String.format(Locale.ROOT, "%-44s %9d %9d %7d %10.1f %9.2f %9.2f %14s%n", r.name(), r.bytes(),
                    r.requests(), r.errors(), r.rps(), r.p50() / 1e6, r.p99() / 1e6, ratio));
        }
        System.out.println(out);
    }
}

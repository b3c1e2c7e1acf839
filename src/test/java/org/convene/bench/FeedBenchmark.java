package org.convene.bench;

import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.account.SignUpForm;
import org.convene.base.security.SystemAuthentication;
import org.convene.calendar.TestCalendarSource;
import org.convene.seminar.SeminarService;
import org.convene.account.CalendarTokenService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Requests per second and latency of the public feed (500 upcoming seminars) and of a personal feed,
 * next to nginx serving the same bytes in the same run ({@link Nginx}), at 8 and at 50 keep-alive
 * connections ({@link LoadGenerator}). Loopback only, bounded in time. Prints a table, asserts nothing.
 * Run: ./mvnw -B -Pbench verify -Dtest=FeedBenchmark
 */
@Benchmark
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.convene.TestStandIns.Use
class FeedBenchmark {

    @Autowired
    CalendarTokenService calendarTokens;

    static final int SEMINARS = 500;
    static final int PERSONAL = 25;
    static final int[] CONNECTIONS = {8, 50};
    static final Duration WARM_UP = Duration.ofSeconds(3);
    static final Duration MEASURE = Duration.ofSeconds(8);

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

    @Test
    void public_and_personal_feeds_against_nginx_serving_the_same_bytes() throws Exception {
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
        var token = calendarTokens.regenerate();
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

        var publicPath = "/calendar/feeds/public.ics";
        var personalPath = "/calendar/feeds/personal/" + token + ".ics";
        var nginx = Nginx.serve(Map.of("public.ics", publicBody.body(), "personal.ics", personalBody.body()));
        if (nginx == null) {
            System.out.println("Feed benchmark: nginx could not be installed or started; no baseline, no row");
            return;
        }
        try (nginx) {
            var out = new StringBuilder(String.format(Locale.ROOT, "%n=== FeedBenchmark: loopback, keep-alive, %d s per row "
                    + "(after %d s warm-up), %d CPUs; baseline nginx with the same bytes ===%n", MEASURE.toSeconds(),
                    WARM_UP.toSeconds(), Runtime.getRuntime().availableProcessors()));
            out.append(String.format(Locale.ROOT, "%-46s %6s %9s %7s %10s %8s %8s %9s%n", "target", "conns", "requests", "errors",
                    "req/s", "p50 ms", "p99 ms", "vs nginx"));
            for (var connections : CONNECTIONS) {
                var nginxPublic = LoadGenerator.run(nginx.port, "/public.ics", "", 200, connections, WARM_UP, MEASURE);
                var appPublic = LoadGenerator.run(port, publicPath, "", 200, connections, WARM_UP, MEASURE);
                var app304 = LoadGenerator.run(port, publicPath, "If-None-Match: " + etag + "\r\n", 304, connections, WARM_UP,
                        MEASURE);
                var nginxPersonal = LoadGenerator.run(nginx.port, "/personal.ics", "", 200, connections, WARM_UP, MEASURE);
                var appPersonal = LoadGenerator.run(port, personalPath, "", 200, connections, WARM_UP, MEASURE);
                line(out, "nginx: public feed bytes (" + publicBody.body().length + " B)", connections, nginxPublic, nginxPublic);
                line(out, "app: public feed (" + events + " seminars)", connections, appPublic, nginxPublic);
                line(out, "app: public feed, If-None-Match -> 304", connections, app304, nginxPublic);
                line(out, "nginx: personal feed bytes (" + personalBody.body().length + " B)", connections, nginxPersonal,
                        nginxPersonal);
                line(out, "app: personal feed (" + PERSONAL + " seminars)", connections, appPersonal, nginxPersonal);
                BenchTable.add("public feed (" + events + " seminars), " + connections + " connections", appPublic.rps(), "req/s",
                        "nginx, same bytes", nginxPublic.rps(), "≥ 0.3");
                BenchTable.add("public feed p99, " + connections + " connections", appPublic.p99() / 1e6, "ms",
                        "nginx p99, same bytes", nginxPublic.p99() / 1e6, connections == 50 ? "< 20 ms" : "");
                BenchTable.add("personal feed (" + PERSONAL + " seminars), " + connections + " connections", appPersonal.rps(),
                        "req/s", "nginx, same bytes", nginxPersonal.rps(), "≥ 0.3");
            }
            System.out.println(out);
        }
    }

    private static void line(StringBuilder out, String name, int connections, LoadGenerator.Result r, LoadGenerator.Result base) {
        out.append(String.format(Locale.ROOT, "%-46s %6d %9d %7d %10.1f %8.2f %8.2f %9.3f%n", name, connections, r.requests(),
                r.errors(), r.rps(), r.p50() / 1e6, r.p99() / 1e6, r.rps() / base.rps()));
    }

    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy>
            contextStrategy;

    /** This context's security holder strategy (another context started later may have installed its own). */
    @org.junit.jupiter.api.BeforeEach
    void useThisContextsStrategy() {
        contextStrategy.ifAvailable(org.springframework.security.core.context.SecurityContextHolder::setContextHolderStrategy);
    }

    @org.junit.jupiter.api.AfterAll
    static void restoreTheSharedStrategy() {
        if (sharedStrategy != null) {
            org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        }
    }

    static org.springframework.security.core.context.SecurityContextHolderStrategy sharedStrategy;

    @org.junit.jupiter.api.BeforeAll
    static void rememberTheSharedStrategy() {
        sharedStrategy = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
    }

}

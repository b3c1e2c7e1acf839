package org.convene.bench;

import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.convene.IntegrationTest;
import org.convene.account.AccountService;
import org.convene.account.Role;
import org.convene.account.SignUpForm;
import org.convene.base.security.SystemAuthentication;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * Heap per idle Vaadin session: {@link #SESSIONS} browsers (each its own cookie jar) open a page of the
 * real server over HTTP, as a browser's first request does (Vaadin builds the UI in that request), then
 * stay idle. Retained heap after full GCs, after minus before, divided by the sessions. Baseline: the same
 * number of sessions on the sign-in page, the smallest page there is. Prints a table, asserts nothing.
 */
@Benchmark
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionBenchmark {

    static final int SESSIONS = 100;
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    static SecurityContextHolderStrategy sharedStrategy;

    @LocalServerPort
    int port;
    @Autowired
    SeminarService seminars;
    @Autowired
    AccountService accounts;

    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy>
            contextStrategy;

    /** This context's security holder strategy (another context started later may have installed its own). */
    @org.junit.jupiter.api.BeforeEach
    void useThisContextsStrategy() {
        contextStrategy.ifAvailable(org.springframework.security.core.context.SecurityContextHolder::setContextHolderStrategy);
    }

    @BeforeAll
    static void rememberTheSharedStrategy() {
        sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterAll
    static void restoreTheSharedStrategy() {
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    @Test
    void heap_per_idle_session_on_the_catalogue_the_seminar_page_and_the_agenda_editor() throws Exception {
        var organiser = IntegrationTest.uniqueEmail("bench.sessions");
        var ids = new ArrayList<Long>();
        SystemAuthentication.run(() -> {
            accounts.createAccount(new SignUpForm("Bench Organiser", organiser, IntegrationTest.PASSWORD), Locale.ENGLISH,
                    EnumSet.of(Role.ORGANISER));
            for (var i = 0; i < 30; i++) {
                var id = seminars.create(aSeminarForm("Session benchmark seminar " + i, 5 + i, 40));
                seminars.publish(id);
                ids.add(id);
            }
        });
        var publicId = SystemAuthentication.call(() -> seminars.get(ids.getFirst()).publicId());
        var base = "http://127.0.0.1:" + port;

        // Warm-up: classes, caches and the first-time work of each page are not per session; nor are the
        // server's connection processors, which it keeps for reuse after SESSIONS connections were open at once.
        for (var c : open(List.of("/login"), SESSIONS, null)) {
            c.close();
        }
        for (var path : List.of("/seminars", "/seminars/" + publicId)) {
            open(List.of(path), 3, null).forEach(HttpClient::close);
        }
        open(List.of("/organiser/seminars/" + ids.getFirst() + "/agenda"), 2, organiser).forEach(HttpClient::close);

        var baseline = perSession("sign-in", List.of("/login"), null);
        var catalogue = perSession("catalogue", List.of("/seminars"), null);
        var page = perSession("seminar-page", List.of("/seminars/" + publicId), null);
        var agenda = perSession("agenda-editor", List.of("/organiser/seminars/" + ids.getFirst() + "/agenda"), organiser);
        System.out.printf(Locale.ROOT, "%nHeap per idle session (%d sessions each, KB): sign-in page %.0f, catalogue %.0f, "
                + "seminar page %.0f, agenda editor (signed in) %.0f%n", SESSIONS, baseline, catalogue, page, agenda);
        BenchTable.add("heap per idle session, catalogue (" + SESSIONS + " sessions)", catalogue, "KB",
                "sign-in page, same run", baseline, "≤ 250 KB");
        BenchTable.add("heap per idle session, seminar page (" + SESSIONS + " sessions)", page, "KB",
                "sign-in page, same run", baseline, "≤ 250 KB");
        BenchTable.add("heap per idle session, agenda editor, signed in (" + SESSIONS + " sessions)", agenda, "KB",
                "sign-in page, same run", baseline, "");
    }

    /**
     * KB retained per session: opens SESSIONS sessions on the paths, then closes the clients (their keep-alive
     * connections, as an idle tab's go after the server's keep-alive timeout: the buffers of an open connection,
     * client's and server's, are no part of a session) and measures while the sessions stay on the server (they
     * end by timeout; a later figure is taken after minus before, so they do not count twice).
     */
    private double perSession(String name, List<String> paths, String signInAs) throws Exception {
        var before = retainedHeap();
        var clients = open(paths, SESSIONS, signInAs);
        for (var c : clients) {
            c.close();
        }
        clients.clear();
        var after = retainedHeap();
        if (Boolean.getBoolean("bench.sessions.histogram")) {
            histogram(name);
        }
        return (after - before) / 1024.0 / SESSIONS;
    }

    private List<HttpClient> open(List<String> paths, int sessions, String signInAs) throws Exception {
        var clients = new ArrayList<HttpClient>();
        for (var i = 0; i < sessions; i++) {
            var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            if (signInAs != null) {
                signIn(client, signInAs);
            }
            for (var path : paths) {
                var response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode());
                }
            }
            clients.add(client);
        }
        return clients;
    }

    private void signIn(HttpClient client, String email) throws Exception {
        var login = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        var csrf = CSRF.matcher(login.body());
        var form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(IntegrationTest.PASSWORD, StandardCharsets.UTF_8)
                + (csrf.find() ? "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "");
        var response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException("sign-in refused (" + response.statusCode() + " " + response.uri() + ")");
        }
    }

    /**
     * With {@code -Dbench.sessions.histogram=true}: the class histogram of this JVM while the sessions are open
     * (what {@code jcmd <pid> GC.class_histogram} prints), written to target/session-histogram-NAME.txt, to compare
     * a page with the sign-in page and find what each session keeps.
     */
    private static void histogram(String name) throws Exception {
        var server = ManagementFactory.getPlatformMBeanServer();
        var text = (String) server.invoke(new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
        var file = java.nio.file.Path.of("target", "session-histogram-" + name + ".txt");
        java.nio.file.Files.writeString(file, text);
        System.out.println("Class histogram with " + SESSIONS + " sessions open: " + file.toAbsolutePath());
        if (Boolean.getBoolean("bench.sessions.heapdump")) {
            var dump = java.nio.file.Path.of("target", "session-" + name + ".hprof").toAbsolutePath();
            java.nio.file.Files.deleteIfExists(dump);
            ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class).dumpHeap(dump.toString(), true);
            System.out.println("Heap dump: " + dump);
        }
    }

    private static long retainedHeap() {
        for (var i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

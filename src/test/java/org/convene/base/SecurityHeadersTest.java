package org.convene.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10, item 16: one header set on every response of the real server, Vaadin pages first, then a
 * download and an API answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SecurityHeadersTest.BEHIND_A_PROXY)
class SecurityHeadersTest extends org.convene.IntegrationTest {

    /**
     * The README's set-up behind an HTTPS proxy (FORWARD_HEADERS_STRATEGY=native). Requests without
     * X-Forwarded-* headers are plain HTTP as before; the real-server tests share this one context.
     */
    public static final String BEHIND_A_PROXY = "server.forward-headers-strategy=native";

    /**
     * This class starts a second application context (a real server); Vaadin's security integration
     * installs its context holder strategy globally, so the shared test context's must come back after.
     */
    static org.springframework.security.core.context.SecurityContextHolderStrategy sharedStrategy;

    @org.junit.jupiter.api.BeforeAll
    static void rememberTheSharedStrategy() {
        sharedStrategy = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
    }

    @org.junit.jupiter.api.AfterAll
    static void restoreTheSharedStrategy() {
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    @LocalServerPort
    int port;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertTheSet(HttpResponse<String> response) {
        var h = response.headers();
        assertThat(h.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(h.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(h.firstValue("Permissions-Policy")).get().asString().contains("camera=()").contains("geolocation=()");
        assertThat(h.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(h.allValues("Content-Security-Policy")).singleElement().asString().contains("frame-ancestors 'none'");
    }

    @Test
    void vaadin_pages_carry_the_set_with_a_nonce_for_their_inline_scripts() throws Exception {
        for (var path : new String[] {"/", "/seminars", "/login"}) {
            var page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertTheSet(page);
            var csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).doesNotContain("'unsafe-inline' 'unsafe-eval'").contains("object-src 'none'");
            var nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
            assertThat(nonce).hasSizeGreaterThan(20);
            assertThat(page.body()).contains("<script");
            var tags = java.util.Arrays.stream(page.body().split("<script", -1)).skip(1)
                    .map(tag -> tag.substring(0, tag.indexOf('>'))).toList();
            assertThat(tags).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce + "\""));
            assertThat(page.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).contains("HttpOnly").contains("SameSite=Lax"));
        }
        var other = get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(other).isNotEqualTo(get("/").headers().firstValue("Content-Security-Policy").orElseThrow());
    }

    @Test
    void a_download_and_an_api_answer_carry_the_set_with_a_policy_that_allows_nothing() throws Exception {
        var feed = get("/calendar/feeds/public.ics");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertTheSet(feed);
        assertThat(feed.headers().firstValue("Content-Security-Policy")).get().asString().startsWith("default-src 'none'");

        var api = get("/api/statistics.csv");
        assertTheSet(api);
        assertThat(api.headers().firstValue("Content-Security-Policy")).get().asString().startsWith("default-src 'none'");
        assertTheSet(get("/actuator/health"));
    }

    /**
     * Issue 12: calendar files and feeds have a security chain of their own, stateless. Their answers carry the
     * same set, and none of them opens a session or sets a cookie, whatever the client sends.
     */
    @Test
    void calendar_files_and_feeds_carry_the_set_and_never_open_a_session() throws Exception {
        var signIn = get("/login").headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        for (var path : new String[] {"/calendar/feeds/public.ics", "/calendar/feeds/personal/" + "x".repeat(43) + ".ics",
                "/calendar/seminars/unknown.ics", "/calendar/feeds/public.ics?theme=no-such-theme"}) {
            for (var cookie : new String[] {null, signIn, "JSESSIONID=made-up"}) {
                var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
                if (cookie != null) {
                    request.header("Cookie", cookie);
                }
                var answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(path).isIn(200, 400, 404);
                assertTheSet(answer);
                assertThat(answer.headers().firstValue("Content-Security-Policy")).get().asString().startsWith("default-src 'none'");
                assertThat(answer.headers().allValues("Set-Cookie")).as(path + " with " + cookie).isEmpty();
            }
        }
        var overHttps = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/calendar/feeds/public.ics"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000; includeSubDomains");
        assertThat(overHttps.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void hsts_is_sent_over_https_only() throws Exception {
        assertThat(get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    /**
     * Behind a proxy that ends HTTPS and says so (X-Forwarded-Proto), the request counts as HTTPS: HSTS is
     * sent and the session cookie is Secure (Tomcat marks it so for secure requests, whatever
     * SESSION_COOKIE_SECURE says), HttpOnly and SameSite=Lax.
     */
    @Test
    void behind_an_https_proxy_hsts_is_sent_and_the_session_cookie_is_secure_http_only_and_lax() throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000; includeSubDomains");
        var session = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertThat(session).singleElement().asString().contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(get("/login").headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
    }
}

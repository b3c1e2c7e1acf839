package org.convene.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Issue 10, item 15, over real HTTP (the build's production mode, see {@link ProductionModeTest}): the
 * first response to an unknown or malformed address is the app's own not-found page with status 404,
 * to a view one's roles do not allow the not-allowed page with 403, both inside the layout and without
 * any route list. Vaadin only sends the status its error views return when the navigation runs in that
 * first request ({@code vaadin.eagerServerLoad}); otherwise the bootstrap page answers 200 before any
 * navigation.
 */
// Same properties as SecurityHeadersTest, so both use one real-server context.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.forward-headers-strategy=native")
class ErrorStatusHttpTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    /** A second application context (a real server) installs Vaadin's holder strategy globally: give it back. */
    static SecurityContextHolderStrategy sharedStrategy;

    @BeforeAll
    static void rememberTheSharedStrategy() {
        sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterAll
    static void restoreTheSharedStrategy() {
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    @LocalServerPort
    int port;

    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient signedIn(String email) throws Exception {
        var http = browser();
        var login = get(http, "/login");
        var m = CSRF.matcher(login.body());
        assertThat(m.find()).as("CSRF token on the sign-in page").isTrue();
        var answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + m.group(1)))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(answer.headers().firstValue("Location").orElse("")).as("signed in").doesNotContain("error");
        return http;
    }

    private static void assertOwnPage(HttpResponse<String> page, String id, String title) {
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(page.body()).contains(id).contains(title).contains("main-nav")
                .doesNotContain("Available routes").doesNotContain("organiser/seminars/:id");
    }

    @Test
    void an_unknown_address_answers_404_with_the_own_not_found_page() throws Exception {
        var page = get(browser(), "/no-such-page/at-all");
        assertThat(page.statusCode()).isEqualTo(404);
        assertOwnPage(page, "not-found-page", "Page not found");
    }

    @Test
    void malformed_and_unknown_seminar_ids_answer_404_for_an_organiser() throws Exception {
        var organiser = signedIn(aUser("Status Organiser", Role.ORGANISER));
        for (var path : new String[] {"/organiser/seminars/abc/agenda", "/organiser/seminars/999999/participants",
                "/organiser/seminars/99999999999999999999999/check-in"}) {
            var page = get(organiser, path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertOwnPage(page, "not-found-page", "Page not found");
            assertThat(page.body()).as(path).doesNotContain("NumberFormatException").doesNotContain("Could not navigate");
        }
    }

    @Test
    void a_participant_opening_an_organiser_view_gets_403_with_the_own_not_allowed_page() throws Exception {
        var participant = signedIn(aUser("Status Participant"));
        for (var path : new String[] {"/organiser/seminars", "/organiser/seminars/1/agenda"}) {
            var page = get(participant, path);
            assertThat(page.statusCode()).as(path).isEqualTo(403);
            assertOwnPage(page, "access-denied-page", "Not allowed");
        }
    }

    @Test
    void an_existing_page_still_answers_200() throws Exception {
        assertThat(get(browser(), "/seminars").statusCode()).isEqualTo(200);
        assertThat(get(browser(), "/login").statusCode()).isEqualTo(200);
    }
}

package org.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.convene.base.db.EmbeddedDatabaseProperties;
import org.convene.base.db.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What Convene survives, with real processes: a Convene of its own (the packaged jar) on a MariaDB
 * of its own (the embedded server, which this test stops and starts), with people in a real browser.
 * The database stops for 20 s while people register and e-mails are on their way.
 */
@Order(5)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultIT extends BrowserTest {

    private static final String PASSWORD = "Fault-visitor-passphrase-2026";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final Path DATA = Path.of("target", "fault-mariadb");
    private static final String SCHEMA = "convene_fault";
    private static final LocatorAssertions.IsVisibleOptions PATIENTLY = new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);

    private static int dbPort;
    private static EmbeddedMariaDb db;
    private static ConveneServer app;

    @BeforeAll
    static void startConveneOnItsOwnDatabase() throws IOException {
        try (var socket = new ServerSocket(0)) {
            dbPort = socket.getLocalPort();
        }
        db = startDatabase();
        db.ensureDatabase(SCHEMA, true);
        app = ConveneServer.start("fault-app", db.jdbcUrl(SCHEMA), "root", "", Map.of(
                "CONVENE_MAIL_POLL_INTERVAL", "PT1S",
                "CONVENE_MAIL_POLL_INITIAL_DELAY", "PT1S"), null);
    }

    @AfterAll
    static void stopIt() {
        if (app != null) {
            app.stop();
        }
        if (db != null) {
            db.release();
        }
    }

    private static EmbeddedMariaDb startDatabase() {
        return EmbeddedMariaDb.acquire(new EmbeddedDatabaseProperties(DATA, dbPort, SCHEMA, true));
    }

    @Test
    @Order(1)
    void a_database_outage_of_20_seconds_loses_no_registration_and_sends_every_email_once() throws Exception {
        var organiser = person(app, "en-GB", 1280);
        signIn(organiser, ConveneServer.ORGANISER_EMAIL, ConveneServer.ORGANISER_PASSWORD);
        var seminar = createPublishedSeminar(organiser, "Outage seminar " + RUN, 2, LocalDate.now().plusMonths(2));
        organiser.context().close();

        // Two register just before the outage and confirm their addresses (their e-mails are on their way when it starts).
        var first = person(app, "en-GB", 1280);
        fillRegistration(first, seminar.path(), "Elif Kaya", email("Elif Kaya"), PASSWORD);
        var second = person(app, "fr-FR", 375);
        fillRegistration(second, seminar.path(), "Farid Aziz", email("Farid Aziz"), PASSWORD);
        var third = person(app, "en-GB", 1280);
        fillRegistration(third, seminar.path(), "Greta Lund", email("Greta Lund"), PASSWORD);
        submit(first);
        submit(second);
        assertThat(verifyAndLook(first, app, seminar.path(), email("Elif Kaya"), PASSWORD)).startsWith("You are registered.");
        assertThat(verifyAndLook(second, app, seminar.path(), email("Farid Aziz"), PASSWORD)).startsWith("Vous êtes inscrit(e).");

        var outageStart = System.nanoTime();
        db.release();
        // The third presses "register" while the database is away: a message to try again, no stack trace.
        third.locator("#reg-submit").click();
        var card = third.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("try again in a moment"));
        PlaywrightAssertions.assertThat(card.first()).isVisible(PATIENTLY);
        idle(third);
        screenshot(third, "fault-database-away");
        assertThat(third.locator("body").innerText()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("SQL");
        assertThat(third.locator("#reg-status").count()).isZero();
        // The database stays away for 20 s in all.
        Awaitility.await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200))
                .until(() -> System.nanoTime() - outageStart >= Duration.ofSeconds(20).toNanos());
        db = startDatabase();

        // Convene recovers without a restart: the same page, the same button; the registration then waits for the address.
        third.locator("#reg-submit").click();
        PlaywrightAssertions.assertThat(third.locator("#reg-check-email")).isVisible(PATIENTLY);
        idle(third);
        assertThat(verifyAndLook(third, app, seminar.path(), email("Greta Lund"), PASSWORD)).contains("waiting list, position 1");
        for (var page : List.of(first, second, third)) {
            page.context().close();
        }

        try (var c = connect(); var s = c.createStatement()) {
            var rs = s.executeQuery("SELECT status, waitlist_position, COUNT(*) FROM registration WHERE seminar_id = "
                    + seminar.id() + " GROUP BY status, waitlist_position ORDER BY status");
            var rows = new ArrayList<String>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "/" + rs.getObject(2) + "/" + rs.getInt(3));
            }
            assertThat(rows).as("no registration lost or counted twice").containsExactly("CONFIRMED/null/2", "WAITLISTED/1/1");
        }
        // Every e-mail of the seminar leaves the outbox, and the mail server got each one once.
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            try (var c = connect(); var s = c.createStatement();
                 var rs = s.executeQuery("SELECT COUNT(*) FROM outbox_message WHERE status <> 'SENT'")) {
                rs.next();
                return rs.getInt(1) == 0;
            }
        });
        try (var c = connect(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT recipient_email, COUNT(*) FROM outbox_message GROUP BY recipient_email")) {
            var queued = new java.util.TreeMap<String, Integer>();
            while (rs.next()) {
                queued.put(rs.getString(1), rs.getInt(2));
            }
            var received = new java.util.TreeMap<String, Integer>();
            for (var m : app.mail.getReceivedMessages()) {
                for (var to : m.getAllRecipients()) {
                    received.merge(((jakarta.mail.internet.InternetAddress) to).getAddress(), 1, Integer::sum);
                }
            }
            assertThat(queued).containsKeys(email("Elif Kaya"), email("Farid Aziz"), email("Greta Lund"));
            assertThat(received).as("each e-mail delivered exactly once").isEqualTo(queued);
        }
    }

    private static void submit(Page page) {
        click(page, "#reg-submit");
        page.locator("#reg-check-email").waitFor();
        idle(page);
    }

    private static String email(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + RUN + "@fault.convene.test";
    }

    private static java.sql.Connection connect() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(SCHEMA), "root", "");
    }

}

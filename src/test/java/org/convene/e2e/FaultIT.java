package org.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
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
import java.util.concurrent.ThreadLocalRandom;
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
 * The database stops for 20 s while people register and e-mails are on their way; then the
 * application is killed with SIGKILL in the middle of a batch of address confirmations (each seats a
 * waiting registration) and of an upload, and started again on the same data; last, the mail server
 * goes away while that seminar changes, and every message arrives once when it is back. Last, the
 * database cannot grow (the chunk table in InnoDB's system tablespace, capped and filled) during an upload.
 */
@Order(5)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultIT extends BrowserTest {

    private static final String PASSWORD = "Fault-visitor-passphrase-2026";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final Path DATA = Path.of("target", "fault-mariadb");
    private static final String SCHEMA = "convene_fault";
    private static final LocatorAssertions.IsVisibleOptions PATIENTLY = new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);

    private static final LocalDate CRASH_START = LocalDate.now().plusMonths(2);
    /** The seminar of the SIGKILL test, with two confirmed and three waiting: the SMTP test changes it. */
    private static Seminar crashSeminar;
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
                "CONVENE_MAIL_POLL_INITIAL_DELAY", "PT1S",
                // The SIGKILL test: an upload long enough to be killed half-way, and the sweep of what it
                // left every 5 s for what nothing has touched for 10 s (its lock held no longer than a run).
                "DOCUMENT_MAX_MB", "400",
                "DOCUMENT_SWEEP_GRACE", "PT10S",
                "CONVENE_DOCUMENTS_SWEEP_CRON", "*/5 * * * * *",
                "CONVENE_DOCUMENTS_SWEEP_LOCK_AT_LEAST", "PT0S",
                "CONVENE_DOCUMENTS_SWEEP_LOCK_AT_MOST", "PT1M"), null);
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

    /**
     * InnoDB's system tablespace may grow to this size at most ({@code innodb_data_file_path=...:max:}). It
     * holds nothing of Convene's (every table has its own file) until the database-full test moves the
     * chunk table into it and fills it.
     */
    private static final long SYSTEM_TABLESPACE_MAX_MB = 64;

    private static EmbeddedMariaDb startDatabase() {
        long maxMb = SYSTEM_TABLESPACE_MAX_MB;
        try {
            var ibdata = DATA.resolve("mariadb").resolve("ibdata1");
            if (Files.exists(ibdata)) {
                maxMb = Math.max(maxMb, (Files.size(ibdata) + (1 << 20) - 1) >> 20);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return EmbeddedMariaDb.acquire(new EmbeddedDatabaseProperties(DATA, dbPort, SCHEMA, true),
                List.of("--innodb-data-file-path=ibdata1:12M:autoextend:max:" + maxMb + "M"));
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

    @Test
    @Order(2)
    void a_sigkill_in_the_middle_of_registrations_and_of_an_upload_leaves_consistent_data() throws Exception {
        var organiser = person(app, "en-GB", 1280);
        signIn(organiser, ConveneServer.ORGANISER_EMAIL, ConveneServer.ORGANISER_PASSWORD);
        var seminar = createPublishedSeminar(organiser, "Crash seminar " + RUN, 2, CRASH_START);
        crashSeminar = seminar;
        open(organiser, "documents/seminar/" + seminar.id());
        choose(organiser, "#document-folder", "Reports");
        var big = Files.createTempFile("crash-upload", ".pdf");
        try (var out = Files.newOutputStream(big)) {
            out.write("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            var block = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                ThreadLocalRandom.current().nextBytes(block);
                out.write(block);
            }
        }

        // Five visitors register on the form; each registration waits for its address.
        var names = List.of("Hana Sato", "Ivan Petrov", "Jana Novak", "Karl Berg", "Lina Saleh");
        var links = new java.util.LinkedHashMap<String, String>();
        for (var name : names) {
            var page = person(app, "en-GB", 1280);
            fillRegistration(page, seminar.path(), name, email(name), PASSWORD);
            submit(page);
            page.context().close();
            links.put(email(name), app.baseUrl + "/" + verificationLink(app, email(name)));
        }
        var registrations = "SELECT COUNT(*) FROM registration WHERE seminar_id = " + seminar.id();
        assertThat(count(registrations + " AND status = 'UNVERIFIED'")).isEqualTo(names.size());

        // The upload starts; once its first chunks are in the database, the five open their links at
        // once, and the process is killed as soon as the first of them has a seat.
        int chunksBefore = count("SELECT COUNT(*) FROM document_chunk");
        organiser.locator("#document-upload input[type=file]").setInputFiles(big);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> count("SELECT COUNT(*) FROM document_chunk") > chunksBefore);
        var http = java.net.http.HttpClient.newHttpClient();
        var batch = links.values().stream().map(link -> http.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create(link)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding())).toList();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10))
                .until(() -> count(registrations + " AND status <> 'UNVERIFIED'") > 0);
        app.kill();
        int seatedAtKill = count(registrations + " AND status <> 'UNVERIFIED'");
        int verifiedAtKill = count("SELECT COUNT(*) FROM app_user WHERE email_verified_at IS NOT NULL"
                + " AND email IN ('" + String.join("','", links.keySet()) + "')");
        boolean uploadRunning = count("SELECT COUNT(*) FROM document_version WHERE file_name LIKE 'crash-upload%'") == 0;
        System.out.println("SIGKILL: " + seatedAtKill + " of " + names.size() + " registrations seated, " + verifiedAtKill
                + " addresses confirmed, upload " + (uploadRunning ? "still running" : "finished") + ", "
                + (count("SELECT COUNT(*) FROM document_chunk") - chunksBefore) + " chunks written");
        batch.forEach(f -> f.cancel(true));
        Files.deleteIfExists(big);
        organiser.context().close();
        assertThat(uploadRunning).as("the upload was still running when the process was killed").isTrue();

        app.restart();
        // The confirmations that were committed but whose seat was not yet given are handed out again on
        // restart (the event publication registry); those that never reached the database are made again.
        for (var entry : links.entrySet()) {
            if (count("SELECT COUNT(*) FROM app_user WHERE email = '" + entry.getKey() + "' AND email_verified_at IS NULL") > 0) {
                http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(entry.getValue())).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> count(registrations + " AND status = 'UNVERIFIED'") == 0);
        // No seat counted twice, the waiting list is 1..n, nobody twice.
        try (var c = connect(); var s = c.createStatement(); var rs = s.executeQuery("SELECT status, waitlist_position FROM registration"
                + " WHERE seminar_id = " + seminar.id() + " ORDER BY status, waitlist_position")) {
            var rows = new ArrayList<String>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "/" + rs.getObject(2));
            }
            assertThat(rows).containsExactly("CONFIRMED/null", "CONFIRMED/null", "WAITLISTED/1", "WAITLISTED/2", "WAITLISTED/3");
        }
        assertThat(count("SELECT COUNT(*) FROM (SELECT user_id FROM registration WHERE seminar_id = " + seminar.id()
                + " GROUP BY user_id HAVING COUNT(*) > 1) twice")).isZero();
        // No half document: the upload left no item nor version, every version has whole content, and the
        // chunks it wrote go at the next sweep.
        assertThat(count("SELECT COUNT(*) FROM document_version WHERE file_name LIKE 'crash-upload%'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM document_item WHERE title LIKE 'crash-upload%'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM document_version v WHERE NOT EXISTS "
                + "(SELECT 1 FROM document_content c WHERE c.sha256 = v.content_sha256)")).isZero();
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("SELECT COUNT(*) FROM document_chunk k WHERE NOT EXISTS "
                        + "(SELECT 1 FROM document_content_chunk cc WHERE cc.chunk_sha256 = k.sha256)") == 0);

        // And Convene goes on: the organiser's next upload is stored whole.
        var again = person(app, "en-GB", 1280);
        signIn(again, ConveneServer.ORGANISER_EMAIL, ConveneServer.ORGANISER_PASSWORD);
        open(again, "documents/seminar/" + seminar.id());
        choose(again, "#document-folder", "Reports");
        var small = Files.createTempFile("after-crash", ".pdf");
        Files.writeString(small, "%PDF-1.4\n%%EOF\n");
        again.locator("#document-upload input[type=file]").setInputFiles(small);
        cell(again, "#document-grid", "after-crash");
        Files.deleteIfExists(small);
        again.context().close();
        assertThat(count("SELECT COUNT(*) FROM document_version WHERE file_name LIKE 'after-crash%'")).isEqualTo(1);
    }

    @Test
    @Order(3)
    void with_smtp_down_while_a_seminar_changes_every_message_is_sent_once_when_it_returns() throws Exception {
        assertThat(crashSeminar).as("the SIGKILL test leaves a seminar with five people").isNotNull();
        var seminar = crashSeminar;
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("SELECT COUNT(*) FROM outbox_message WHERE status <> 'SENT'") == 0);
        int before = count("SELECT COALESCE(MAX(id), 0) FROM outbox_message");
        app.stopMail();

        // The organiser moves the seminar by a day and renames its venue; a confirmed participant cancels
        // (the first on the waiting list takes the seat).
        var organiser = person(app, "en-GB", 1280);
        signIn(organiser, ConveneServer.ORGANISER_EMAIL, ConveneServer.ORGANISER_PASSWORD);
        open(organiser, "organiser/seminars/" + seminar.id() + "/edit");
        dateTime(organiser, "#seminar-starts-at", CRASH_START.plusDays(1), "9:00 AM");
        dateTime(organiser, "#seminar-ends-at", CRASH_START.plusDays(2), "5:00 PM");
        type(organiser, "#seminar-venue-name", "Teatro Massimo");
        click(organiser, "#seminar-save");
        organiser.waitForURL(url -> url.endsWith("/organiser/seminars"));
        organiser.context().close();
        String leaving;
        try (var c = connect(); var s = c.createStatement(); var rs = s.executeQuery("SELECT u.email FROM registration r"
                + " JOIN app_user u ON u.id = r.user_id WHERE r.seminar_id = " + seminar.id() + " AND r.status = 'CONFIRMED' ORDER BY u.email")) {
            rs.next();
            leaving = rs.getString(1);
        }
        var participant = person(app, "en-GB", 375);
        signIn(participant, leaving, PASSWORD);
        open(participant, "my/seminars");
        participant.locator("#my-registrations vaadin-button[id^='my-cancel-']").first().click();
        idle(participant);
        participant.locator("#my-cancel-dialog vaadin-button[slot='confirm-button'], vaadin-confirm-dialog-overlay vaadin-button[theme~='primary']").first().click();
        idle(participant);
        participant.context().close();

        // Every message of these changes has been tried while the server was away, and none went.
        var changes = "FROM outbox_message WHERE id > " + before;
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> count("SELECT COUNT(*) " + changes) > 0 && count("SELECT COUNT(*) " + changes + " AND attempts = 0") == 0);
        assertThat(count("SELECT COUNT(*) " + changes + " AND status = 'SENT'")).isZero();
        assertThat(count("SELECT COUNT(*) " + changes + " AND recipient_email = '" + leaving + "'")).as("the cancellation's own message").isPositive();

        // The server comes back: each message goes out once, at the next retry.
        app.startMail();
        Awaitility.await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("SELECT COUNT(*) " + changes + " AND status <> 'SENT'") == 0);
        var queued = new java.util.TreeMap<String, Integer>();
        try (var c = connect(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT recipient_email, COUNT(*) " + changes + " GROUP BY recipient_email")) {
            while (rs.next()) {
                queued.put(rs.getString(1), rs.getInt(2));
            }
        }
        var received = new java.util.TreeMap<String, Integer>();
        var ids = new java.util.HashSet<String>();
        var messages = app.mail.getReceivedMessages();
        for (var m : messages) {
            ids.add(m.getMessageID());
            for (var to : m.getAllRecipients()) {
                received.merge(((jakarta.mail.internet.InternetAddress) to).getAddress(), 1, Integer::sum);
            }
        }
        System.out.println("SMTP down: " + messages.length + " messages to " + queued.size() + " people sent once it returned");
        assertThat(queued.keySet()).as("everyone of the seminar hears of the change").hasSize(5);
        assertThat(received).as("each e-mail delivered exactly once").isEqualTo(queued);
        assertThat(ids).as("no message twice").hasSize(messages.length);
    }

    @Test
    @Order(4)
    void with_the_database_full_an_upload_fails_clearly_nothing_else_breaks_and_the_next_one_works_once_there_is_room()
            throws Exception {
        assertThat(crashSeminar).as("the SIGKILL test leaves a seminar with a document").isNotNull();
        var started = System.nanoTime();
        var orphans = "SELECT COUNT(*) FROM document_chunk k WHERE NOT EXISTS "
                + "(SELECT 1 FROM document_content_chunk cc WHERE cc.chunk_sha256 = k.sha256)";
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> count(orphans) == 0);
        var big = Files.createTempFile("full-upload", ".pdf");
        try {
            // The chunk table moves into the capped system tablespace; two filler tables fill it, and the
            // smaller goes again: about 10 MB are left, for a file 8 MB larger than what is left.
            try (var c = connect(); var s = c.createStatement()) {
                s.execute("SET GLOBAL innodb_file_per_table = 0");
                try {
                    s.execute("CREATE TABLE fault_filler_rest (id INT AUTO_INCREMENT PRIMARY KEY, pad VARBINARY(7000) NOT NULL) ENGINE = InnoDB");
                    s.execute("CREATE TABLE fault_filler (id INT AUTO_INCREMENT PRIMARY KEY, pad VARBINARY(7000) NOT NULL) ENGINE = InnoDB");
                    s.execute("ALTER TABLE document_chunk FORCE, ALGORITHM = COPY");
                } finally {
                    s.execute("SET GLOBAL innodb_file_per_table = 1");
                }
                s.execute("INSERT INTO fault_filler_rest (pad) SELECT REPEAT('r', 7000) FROM seq_1_to_1280");
                fillUntilFull(s, "fault_filler", 560);
                fillUntilFull(s, "fault_filler", 35);
                s.execute("DROP TABLE fault_filler_rest");
            }
            // The dropped table's pages are free once InnoDB's purge has run.
            var chunkRoom = "SELECT DATA_FREE FROM information_schema.TABLES WHERE TABLE_SCHEMA = '" + SCHEMA
                    + "' AND TABLE_NAME = 'document_chunk'";
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> count(chunkRoom) >= 8 << 20);
            int room = count(chunkRoom);
            int fileSize = Math.max(16 << 20, (room & -(1 << 20)) + (8 << 20));
            try (var out = Files.newOutputStream(big)) {
                var bytes = new byte[fileSize];
                ThreadLocalRandom.current().nextBytes(bytes);
                System.arraycopy("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, 0, 9);
                out.write(bytes);
            }
            var name = big.getFileName().toString();
            var stem = name.substring(0, name.length() - ".pdf".length());

            // The organiser uploads the file: it does not fit; the message says so, in plain words.
            var organiser = person(app, "en-GB", 1280);
            signIn(organiser, ConveneServer.ORGANISER_EMAIL, ConveneServer.ORGANISER_PASSWORD);
            var library = "documents/seminar/" + crashSeminar.id();
            open(organiser, library);
            choose(organiser, "#document-folder", "Reports");
            organiser.locator("#document-upload input[type=file]").setInputFiles(big);
            var card = organiser.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText("There is no room on the server for “" + name + "” right now; nothing was saved."));
            PlaywrightAssertions.assertThat(card.first()).isVisible(PATIENTLY);
            idle(organiser);
            screenshot(organiser, "fault-database-full");
            assertThat(organiser.locator("body").innerText()).doesNotContain("Exception").doesNotContain("at org.")
                    .doesNotContain("SQL").doesNotContain("went wrong");
            var french = new java.util.Properties();
            try (var in = FaultIT.class.getResourceAsStream("/i18n/document_fr.properties")) {
                french.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(french.getProperty("document.no-room")).as("the French message").contains("rien n’a été enregistré");
            int written = count(orphans);
            assertThat(count("SELECT COUNT(*) FROM document_version WHERE file_name = '" + name + "'")).isZero();
            assertThat(count("SELECT COUNT(*) FROM document_item WHERE title = '" + stem + "'")).isZero();

            // Nothing else breaks, while the database is still full: the page lists what it listed, with no half
            // document, and the organiser adds a link to the same folder.
            open(organiser, library);
            choose(organiser, "#document-folder", "Reports");
            cell(organiser, "#document-grid", "after-crash");
            assertThat(organiser.locator("#document-grid vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText(stem)).count()).isZero();
            click(organiser, "#document-add-link");
            type(organiser, "#document-item-url", "https://example.org/room-for-documents");
            type(organiser, "#document-item-title", "Room for documents " + RUN);
            click(organiser, "#document-item-save");
            cell(organiser, "#document-grid", "Room for documents " + RUN);
            // What the failed upload wrote goes at the next sweep.
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> count(orphans) == 0);

            // Room again: the filler goes, and the same file is stored and comes back whole.
            try (var c = connect(); var s = c.createStatement()) {
                s.execute("DROP TABLE fault_filler");
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> count(chunkRoom) >= fileSize + (8 << 20));
            organiser.locator("#document-upload input[type=file]").setInputFiles(big);
            cell(organiser, "#document-grid", stem);
            var itemId = count("SELECT item_id FROM document_version WHERE file_name = '" + name + "'");
            var download = organiser.request().get(app.baseUrl + "/api/public/documents/items/" + itemId);
            assertThat(download.status()).isEqualTo(200);
            var body = download.body();
            assertThat(body).hasSize(fileSize);
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            assertThat(sha.digest(body)).isEqualTo(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(big)));
            organiser.context().close();
            System.out.println("DATABASE FULL: " + (room >> 20) + " MB left for a " + (fileSize >> 20) + " MB file, " + written
                    + " chunks written before the refusal and swept; the upload after the filler went was stored whole ("
                    + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s in all)");
        } finally {
            Files.deleteIfExists(big);
            try (var c = connect(); var s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS fault_filler_rest, fault_filler");
                s.execute("SET GLOBAL innodb_file_per_table = 1");
                // Back into a file of its own.
                s.execute("ALTER TABLE document_chunk FORCE, ALGORITHM = COPY");
            }
        }
    }

    /** Inserts rows of 7000 bytes, {@code rows} at a time, until MariaDB says the table is full (error 1114). */
    private static void fillUntilFull(java.sql.Statement s, String table, int rows) throws SQLException {
        for (int i = 0; i < 1000; i++) {
            try {
                s.execute("INSERT INTO " + table + " (pad) SELECT REPEAT('f', 7000) FROM seq_1_to_" + rows);
            } catch (SQLException e) {
                if (e.getErrorCode() == 1114) {
                    return;
                }
                throw e;
            }
        }
        throw new AssertionError("The system tablespace never filled up: is its maximum size (innodb_data_file_path) applied?");
    }

    private static int count(String sql) throws SQLException {
        try (var c = connect(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
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

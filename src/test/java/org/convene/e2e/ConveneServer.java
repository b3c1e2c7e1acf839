package org.convene.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;
import org.convene.base.db.EmbeddedDatabaseProperties;
import org.convene.base.db.EmbeddedMariaDb;

/**
 * The packaged application ({@code target/convene-*.jar}, production mode) started once per test JVM
 * on a free port, as its users run it: {@code java -jar} with environment variables. Its database is a
 * fresh schema on the server named by {@code DB_URL} (CI), else on an embedded MariaDB started here;
 * its mail goes to a GreenMail SMTP server in this JVM, so journeys can read what people receive.
 */
final class ConveneServer {

    static final String ORGANISER_EMAIL = "secretariat@e2e.convene.test";
    static final String ORGANISER_PASSWORD = "Palermo-planning-desk-2026";

    private static ConveneServer instance;

    final String baseUrl;
    final GreenMail mail;
    private final Process process;
    private final EmbeddedMariaDb embedded;

    private ConveneServer(String baseUrl, GreenMail mail, Process process, EmbeddedMariaDb embedded) {
        this.baseUrl = baseUrl;
        this.mail = mail;
        this.process = process;
        this.embedded = embedded;
    }

    static synchronized ConveneServer get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "convene-e2e-stop"));
        }
        return instance;
    }

    private static ConveneServer start() {
        try {
            var jar = Path.of(System.getProperty("convene.e2e.jar", "target/convene-0.1.0-SNAPSHOT.jar"));
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("No packaged application at " + jar + ": run ./mvnw verify (package comes first)");
            }
            var target = Path.of("target");
            var env = new HashMap<String, String>();
            EmbeddedMariaDb embedded = null;
            var dbUrl = System.getenv("DB_URL");
            if (dbUrl != null && !dbUrl.isBlank()) {
                var e2eUrl = freshSchemaBeside(dbUrl, System.getenv().getOrDefault("DB_USER", "convene"),
                        System.getenv().getOrDefault("DB_PASSWORD", ""));
                env.put("DB_URL", e2eUrl);
                env.put("DB_USER", System.getenv().getOrDefault("DB_USER", "convene"));
                env.put("DB_PASSWORD", System.getenv().getOrDefault("DB_PASSWORD", ""));
            } else {
                embedded = EmbeddedMariaDb.acquire(new EmbeddedDatabaseProperties(target.resolve("e2e-mariadb"), 0, "convene_e2e", true));
                embedded.ensureDatabase("convene_e2e", true);
                env.put("DB_URL", embedded.jdbcUrl("convene_e2e"));
                env.put("DB_USER", "root");
                env.put("DB_PASSWORD", "");
            }
            var smtpPort = freePort();
            var mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            var port = freePort();
            var baseUrl = "http://localhost:" + port;
            env.put("PORT", String.valueOf(port));
            env.put("PUBLIC_URL", baseUrl);
            env.put("SMTP_HOST", "127.0.0.1");
            env.put("SMTP_PORT", String.valueOf(smtpPort));
            env.put("DEMO_DATA", "false");
            env.put("CONVENE_ADMIN_EMAIL", ORGANISER_EMAIL);
            env.put("CONVENE_ADMIN_PASSWORD", ORGANISER_PASSWORD);

            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var command = new ArrayList<String>();
            command.add(java);
            command.add("-Xmx512m");
            command.add("-jar");
            command.add(jar.toAbsolutePath().toString());
            var log = target.resolve("e2e-app.log").toFile();
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
            builder.environment().putAll(env);
            var process = builder.start();
            awaitReady(baseUrl, process, log);
            return new ConveneServer(baseUrl, mail, process, embedded);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot start Convene for the browser tests", e);
        }
    }

    /** A new, empty database next to the one in {@code url} (same server, name + "_e2e"). */
    private static String freshSchemaBeside(String url, String user, String password) throws SQLException {
        var uri = URI.create(url.substring("jdbc:".length()));
        var name = uri.getPath().replaceFirst("^/", "") + "_e2e";
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Unexpected database name in DB_URL: " + url);
        }
        var server = "jdbc:" + uri.getScheme() + "://" + uri.getAuthority() + "/";
        try (var c = DriverManager.getConnection(server, user, password); var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return server + name;
    }

    private static void awaitReady(String baseUrl, Process process, File log) {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build();
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Convene stopped during start-up (exit " + process.exitValue() + "); see " + log);
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("Convene was not ready within 240 s; see " + log);
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        mail.stop();
        if (embedded != null) {
            embedded.release();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

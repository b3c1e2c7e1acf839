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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** The mail server the application sends to (a new one after {@link #startMail()}). */
    volatile GreenMail mail;
    private final List<String> command;
    private final Map<String, String> env;
    private final File log;
    private final EmbeddedMariaDb embedded;
    private Process process;

    private ConveneServer(String baseUrl, GreenMail mail, List<String> command, Map<String, String> env, File log,
                          EmbeddedMariaDb embedded) {
        this.baseUrl = baseUrl;
        this.mail = mail;
        this.command = command;
        this.env = Map.copyOf(env);
        this.log = log;
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
            var target = Path.of("target");
            EmbeddedMariaDb embedded = null;
            String url;
            String user;
            String password;
            var dbUrl = System.getenv("DB_URL");
            if (dbUrl != null && !dbUrl.isBlank()) {
                user = System.getenv().getOrDefault("DB_USER", "convene");
                password = System.getenv().getOrDefault("DB_PASSWORD", "");
                url = freshSchemaBeside(dbUrl, user, password);
            } else {
                embedded = EmbeddedMariaDb.acquire(new EmbeddedDatabaseProperties(target.resolve("e2e-mariadb"), 0, "convene_e2e", true));
                embedded.ensureDatabase("convene_e2e", true);
                url = embedded.jdbcUrl("convene_e2e");
                user = "root";
                password = "";
            }
            return start("e2e-app", url, user, password, Map.of(), embedded);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot start Convene for the browser tests", e);
        }
    }

    /**
     * Another Convene of its own (fault tests): on the database {@code url}, with its own mail server
     * and port, log in {@code target/<name>.log}, and {@code extraEnv} on top of the usual settings.
     */
    static ConveneServer start(String name, String url, String user, String password, Map<String, String> extraEnv,
                               EmbeddedMariaDb embedded) {
        try {
            var jar = Path.of(System.getProperty("convene.e2e.jar", "target/convene-0.1.0-SNAPSHOT.jar"));
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("No packaged application at " + jar + ": run ./mvnw verify (package comes first)");
            }
            var env = new HashMap<String, String>();
            env.put("DB_URL", url);
            env.put("DB_USER", user);
            env.put("DB_PASSWORD", password);
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
            // Every visitor of the journeys comes from 127.0.0.1: the per-address sign-up limit would count them as one.
            env.put("SIGN_UPS_PER_HOUR", "1000");
            env.putAll(extraEnv);

            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var command = List.of(java, "-Xmx512m", "-jar", jar.toAbsolutePath().toString());
            var log = Path.of("target", name + ".log").toFile();
            var server = new ConveneServer(baseUrl, mail, command, env, log, embedded);
            server.launch(false);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start Convene for the browser tests", e);
        }
    }

    private void launch(boolean append) throws IOException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(append ? ProcessBuilder.Redirect.appendTo(log) : ProcessBuilder.Redirect.to(log));
        builder.environment().putAll(env);
        process = builder.start();
        awaitReady(baseUrl, process, log);
    }

    /** The SMTP server goes away: connections to its port are refused. */
    void stopMail() {
        smtpSetup = mail.getSmtp().getServerSetup();
        mail.stop();
    }

    private ServerSetup smtpSetup;

    /** The SMTP server is back on the same port, with an empty mailbox. */
    void startMail() {
        var again = new GreenMail(smtpSetup);
        again.start();
        mail = again;
    }

    /** SIGKILL, as a crash or the kernel's out-of-memory killer would: no shutdown hook runs. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the same application again (same port, database, mail server), appending to its log. */
    void restart() {
        try {
            launch(true);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot restart Convene", e);
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
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(480);
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
        throw new IllegalStateException("Convene was not ready within 480 s; see " + log);
    }

    void stop() {
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

package org.convene.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Start-up to ready: {@code java -jar} of the packaged Convene jar against an external MariaDB (the
 * server named by DB_URL, else 127.0.0.1:3306, in a database of its own, migrated by a first start
 * that is not counted), until {@code /actuator/health/readiness} answers 200; beside an empty Spring
 * Boot web application ({@code bench.emptyweb.EmptyWebApplication}) packed here into an executable jar
 * with the same Spring Boot loader and libraries, started the same way. Best of {@link #RUNS} starts
 * each, alternating. Needs the jar: runs in {@code ./mvnw -Pbench verify} (after {@code package}).
 */
@Benchmark
class StartupBenchmark {

    static final int RUNS = 2;
    static final Duration TIMEOUT = Duration.ofMinutes(10);
    /** The libraries of Convene's jar that an empty web application with the actuator needs. */
    static final Pattern EMPTY_APP_LIBS = Pattern.compile("(spring-(core|beans|context|aop|expression|web|webmvc|jcl)"
            + "|spring-boot|spring-boot-(autoconfigure|webmvc|web-server|tomcat|servlet|http-converter|jackson|actuator"
            + "|actuator-autoconfigure|health|micrometer-metrics|micrometer-observation)"
            + "|tomcat-embed-(core|el|websocket)|jackson-.*|micrometer-.*|logback-.*|slf4j-api|jul-to-slf4j|log4j-to-slf4j|log4j-api"
            + "|commons-logging|snakeyaml|jakarta\\.annotation-api|jspecify|HdrHistogram|LatencyUtils|aopalliance)-[0-9].*\\.jar");

    @Test
    void start_up_to_ready_beside_an_empty_spring_boot_web_application() throws Exception {
        var jar = Path.of(System.getProperty("convene.bench.jar", "target/convene-0.1.0-SNAPSHOT.jar"));
        Assumptions.assumeTrue(Files.isRegularFile(jar), "no packaged jar at " + jar + ": run ./mvnw -Pbench verify");
        var db = database();
        Assumptions.assumeTrue(db != null, "no MariaDB server reachable for the start-up benchmark");
        var empty = emptyApplicationJar(jar);
        var env = Map.of("DB_URL", db[0], "DB_USER", db[1], "DB_PASSWORD", db[2], "DEMO_DATA", "false",
                "CONVENE_ADMIN_PASSWORD", "Bench-start-up-password-2026");
        startUntilReady(jar, env); // migrates the database: not counted
        var convene = new ArrayList<Double>();
        var baseline = new ArrayList<Double>();
        for (var i = 0; i < RUNS; i++) {
            baseline.add(startUntilReady(empty, Map.of()));
            convene.add(startUntilReady(jar, env));
        }
        var best = convene.stream().min(Double::compare).orElseThrow();
        var bestBaseline = baseline.stream().min(Double::compare).orElseThrow();
        System.out.printf("%nStart-up to ready (s): Convene %s, empty Spring Boot web app %s%n", convene, baseline);
        BenchTable.add("start-up to ready, production jar, external MariaDB (best of " + RUNS + ")", best, "s",
                "empty Spring Boot 4 web app, same way", bestBaseline, "");
    }

    /** {url, user, password} of a fresh database for the jar, or null. */
    private static String[] database() {
        var url = System.getenv().getOrDefault("DB_URL", "");
        var user = System.getenv().getOrDefault("DB_USER", "root");
        var password = System.getenv().getOrDefault("DB_PASSWORD", "");
        var server = url.isBlank() ? "jdbc:mariadb://127.0.0.1:3306/" : url.substring(0, url.lastIndexOf('/') + 1);
        var name = "convene_bench_startup";
        try (var c = DriverManager.getConnection(server, user, password); var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new String[] {server + name, user, password};
        } catch (Exception e) {
            System.out.println("Start-up benchmark: no MariaDB at " + server + " (" + e.getMessage() + ")");
            return null;
        }
    }

    /** Seconds from the process start to the first 200 of the readiness probe; the process is then stopped. */
    private static double startUntilReady(Path jar, Map<String, String> env) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var javaCommand = ProcessHandle.current().info().command().orElse("java");
        var log = Files.createTempFile("bench-startup", ".log");
        var builder = new ProcessBuilder(javaCommand, "-jar", jar.toString(), "--server.port=" + port,
                "--management.endpoint.health.probes.enabled=true", "--management.endpoints.web.exposure.include=health")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        var started = System.nanoTime();
        var process = builder.start();
        var ready = false;
        try {
            while (System.nanoTime() - started < TIMEOUT.toNanos()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(jar.getFileName() + " stopped before it was ready; see " + log);
                }
                try {
                    if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        ready = true;
                        return (System.nanoTime() - started) / 1e9;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
            throw new IllegalStateException(jar.getFileName() + " not ready after " + TIMEOUT + "; see " + log);
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            if (ready) {
                Files.deleteIfExists(log);
            }
        }
    }

    /**
     * An executable jar laid out like Convene's (Spring Boot's launcher, BOOT-INF/classes, BOOT-INF/lib with
     * the libraries stored): the empty application's class and the web, actuator and logging libraries taken
     * from Convene's own jar, so both start on the same versions.
     */
    static Path emptyApplicationJar(Path conveneJar) throws IOException {
        var target = conveneJar.resolveSibling("bench-empty-web-app.jar");
        var manifest = new Manifest();
        var main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, "org.springframework.boot.loader.launch.JarLauncher");
        main.putValue("Start-Class", "bench.emptyweb.EmptyWebApplication");
        main.putValue("Spring-Boot-Classes", "BOOT-INF/classes/");
        main.putValue("Spring-Boot-Lib", "BOOT-INF/lib/");
        var libs = new ArrayList<String>();
        try (var source = new JarFile(conveneJar.toFile());
             var out = new JarOutputStream(Files.newOutputStream(target), manifest)) {
            for (var entry : (Iterable<JarEntry>) source.stream()::iterator) {
                var name = entry.getName();
                var lib = name.startsWith("BOOT-INF/lib/") && EMPTY_APP_LIBS.matcher(name.substring(13)).matches();
                if (name.startsWith("org/springframework/boot/loader/") || lib) {
                    if (lib) {
                        libs.add(name.substring(13));
                    }
                    copy(source, entry, out);
                }
            }
            for (var dir : new String[] {"BOOT-INF/", "BOOT-INF/lib/", "BOOT-INF/classes/", "BOOT-INF/classes/bench/",
                    "BOOT-INF/classes/bench/emptyweb/"}) {
                out.putNextEntry(new ZipEntry(dir));
                out.closeEntry();
            }
            var classFile = "bench/emptyweb/EmptyWebApplication.class";
            try (var in = bench.emptyweb.EmptyWebApplication.class.getResourceAsStream("/" + classFile)) {
                out.putNextEntry(new ZipEntry("BOOT-INF/classes/" + classFile));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("BOOT-INF/classpath.idx"));
            var index = new StringBuilder();
            libs.forEach(l -> index.append("- \"BOOT-INF/lib/").append(l).append("\"\n"));
            out.write(index.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return target;
    }

    /** Nested jars must be stored (not deflated) for Spring Boot's launcher. */
    private static void copy(JarFile source, JarEntry entry, JarOutputStream out) throws IOException {
        if (entry.isDirectory()) {
            if (!entry.getName().startsWith("BOOT-INF/")) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.closeEntry();
            }
            return;
        }
        byte[] bytes;
        try (var in = source.getInputStream(entry)) {
            bytes = in.readAllBytes();
        }
        var copy = new ZipEntry(entry.getName());
        if (entry.getName().endsWith(".jar")) {
            var crc = new CRC32();
            crc.update(bytes);
            copy.setMethod(ZipEntry.STORED);
            copy.setSize(bytes.length);
            copy.setCompressedSize(bytes.length);
            copy.setCrc(crc.getValue());
        }
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
    }
}

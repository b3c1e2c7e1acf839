package org.convene.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx ({@code nginx-light}, installed with apt-get when missing) serving fixed files on a free
 * loopback port: the baseline of the feed benchmark. Started as a child process, stopped by {@link #close}.
 */
final class Nginx implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");

    final int port;
    private final Process process;
    private final Path dir;

    private Nginx(int port, Process process, Path dir) {
        this.port = port;
        this.process = process;
        this.dir = dir;
    }

    /** nginx serving these files (name to bytes), or null when it cannot be installed or started. */
    static Nginx serve(Map<String, byte[]> files) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY) && !install()) {
            return null;
        }
        var dir = Files.createTempDirectory("bench-nginx");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        var root = Files.createDirectories(dir.resolve("root"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (var f : files.entrySet()) {
            Files.write(root.resolve(f.getKey()), f.getValue());
        }
        int port;
        try (var s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        var user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        var conf = dir.resolve("nginx.conf");
        Files.writeString(conf, user + """
                daemon off;
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  sendfile on;
                  tcp_nodelay on;
                  keepalive_requests 1000000;
                  keepalive_timeout 60s;
                  client_body_temp_path %1$s/tmp;
                  proxy_temp_path %1$s/tmp;
                  fastcgi_temp_path %1$s/tmp;
                  uwsgi_temp_path %1$s/tmp;
                  scgi_temp_path %1$s/tmp;
                  types { text/calendar ics; }
                  charset utf-8;
                  server {
                    listen 127.0.0.1:%2$d;
                    root %3$s;
                  }
                }
                """.formatted(dir, port, root));
        var process = new ProcessBuilder(BINARY.toString(), "-c", conf.toString(), "-p", dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                System.out.println("nginx stopped: " + Files.readString(dir.resolve("out.log")));
                return null;
            }
            try (var probe = new Socket("127.0.0.1", port)) {
                return new Nginx(port, process, dir);
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        return null;
    }

    private static boolean install() throws IOException, InterruptedException {
        System.out.println("Feed benchmark: installing nginx-light (apt-get) for the baseline");
        for (var command : new String[][] {{"apt-get", "install", "-y", "-q", "nginx-light"}, {"apt-get", "update", "-q"},
                {"apt-get", "install", "-y", "-q", "nginx-light"}}) {
            var p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
            if (Files.isExecutable(BINARY)) {
                return true;
            }
        }
        return Files.isExecutable(BINARY);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

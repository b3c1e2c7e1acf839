package org.convene.base.db;

import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * A Convene that starts the embedded database, writes a row and is then killed (by
 * {@link EmbeddedMariaDbSessionTest}) before it can stop the server.
 */
final class AbandonedServerMain {

    private AbandonedServerMain() {
    }

    public static void main(String[] args) throws Exception {
        var db = EmbeddedMariaDb.acquire(new EmbeddedDatabaseProperties(Path.of(args[0]), 0, "orphan", false));
        db.ensureDatabase("orphan", false);
        try (var c = DriverManager.getConnection(db.jdbcUrl("orphan"), "root", "")) {
            c.createStatement().execute("CREATE TABLE note (text VARCHAR(50)) ENGINE=InnoDB");
            c.createStatement().execute("INSERT INTO note VALUES ('written before the kill')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join();
    }
}

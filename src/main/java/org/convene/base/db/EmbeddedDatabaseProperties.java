package org.convene.base.db;

import java.nio.file.Path;

/**
 * The embedded MariaDB used when no {@code DB_URL} is given ({@code convene.embedded-db.*}, part of
 * {@link org.convene.base.ConveneSettings}).
 *
 * @param dataDir where the database files live; they survive restarts
 * @param port    TCP port on 127.0.0.1, 0 for any free one
 * @param database schema name inside the embedded server
 * @param fresh   drop and recreate the schema at start (tests only)
 */
public record EmbeddedDatabaseProperties(Path dataDir, int port, String database, boolean fresh) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (database == null || database.isBlank()) {
            database = "convene";
        }
    }
}

package org.convene.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import javax.sql.DataSource;

/** The document store with a chosen chunk size, for the benchmark (the class itself is package-private). */
public final class BenchContentStore implements AutoCloseable {

    private final JdbcContentStore store;

    public BenchContentStore(DataSource dataSource, Clock clock, int chunkMib) {
        this.store = new JdbcContentStore(dataSource, clock, chunkMib);
    }

    public ContentStore.Stored store(InputStream in) throws IOException {
        return store.store(in, Long.MAX_VALUE);
    }

    public void read(String sha256, long size, OutputStream out) throws IOException {
        store.read(sha256, 0, size - 1, out);
    }

    public int sweep(java.time.Instant touchedBefore) {
        return store.sweep(touchedBefore);
    }

    @Override
    public void close() {
        store.destroy();
    }
}

package org.convene.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the bytes of files live, content-addressed by SHA-256. The MariaDB implementation
 * ({@link JdbcContentStore}) keeps them in 1 MiB chunks; an S3-compatible store can take its place
 * without touching the rest of the module. Everything streams: nothing holds a whole file in memory.
 */
public interface ContentStore {

    /** What a stored content is: its SHA-256 (hex, lower case) and its length in bytes. */
    record Stored(String sha256, long size) {
    }

    /**
     * Reads the stream to its end and stores it. The content is complete and findable when this
     * returns; a failure (or more than {@code maxBytes}) leaves at most unreferenced pieces that
     * {@link #sweep} removes later.
     *
     * @throws ContentTooLargeException as soon as the stream goes past {@code maxBytes}
     * @throws StoreFullException when the database has no room for it (what was written waits for the sweep)
     */
    Stored store(InputStream in, long maxBytes) throws IOException;

    /** Size of a stored content, or empty when it is unknown. */
    Optional<Long> size(String sha256);

    /**
     * Writes bytes {@code from}..{@code to} (inclusive) of a content, verifying each chunk's checksum
     * before its bytes are written, and the whole content's checksum when the whole is read.
     *
     * @throws ContentCorruptedException on a checksum or length mismatch
     */
    void read(String sha256, long from, long to, OutputStream out) throws IOException;

    /**
     * Removes contents that no document version refers to, and pieces no content refers to, when
     * they were last written or re-used before {@code touchedBefore} (so a running upload is never swept).
     * Returns the number of rows removed.
     */
    int sweep(Instant touchedBefore);
}

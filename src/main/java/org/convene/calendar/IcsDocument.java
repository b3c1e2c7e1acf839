package org.convene.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A rendered calendar with what HTTP needs to serve it: its UTF-8 bytes (encoded once, when rendered: a cached
 * feed of 500 seminars is about 290 KB, which every request encoded again before), file name, validator and
 * modification time. The bytes are served as they are and never changed.
 */
public record IcsDocument(byte[] bytes, String fileName, String etag, Instant lastModified) {

    static IcsDocument of(String body, String fileName, Instant lastModified) {
        return new IcsDocument(body.getBytes(StandardCharsets.UTF_8), fileName, Ics.etag(body), lastModified);
    }

    /** The same calendar with another modification time. */
    IcsDocument modifiedAt(Instant modified) {
        return new IcsDocument(bytes, fileName, etag, modified);
    }

    /** The calendar as text. */
    public String body() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

package org.convene.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** A rendered calendar with what HTTP needs to serve it: file name, validator and modification time. */
public record IcsDocument(String body, String fileName, String etag, Instant lastModified) {

    static IcsDocument of(String body, String fileName, Instant lastModified) {
        return new IcsDocument(body, fileName, Ics.etag(body), lastModified);
    }

    public byte[] bytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}

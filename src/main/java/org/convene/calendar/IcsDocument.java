package org.convene.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A rendered calendar with what HTTP needs to serve it: its UTF-8 bytes (encoded once, when rendered: a cached
 * feed of 500 seminars is about 290 KB, which every request encoded again before), file name, validator and
 * modification time, and the modification time as an HTTP date (formatted once: a cached feed is served
 * thousands of times). The bytes are served as they are and never changed.
 */
public final class IcsDocument {

    /** RFC 9110's IMF-fixdate, as Tomcat writes {@code setDateHeader}. */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final byte[] bytes;
    private final String fileName;
    private final String etag;
    private final Instant lastModified;
    private final String lastModifiedHeader;
    /** The bytes as a file ({@link FeedFiles}), written when first asked for. */
    private volatile java.nio.file.Path file;

    IcsDocument(byte[] bytes, String fileName, String etag, Instant lastModified) {
        this.bytes = bytes;
        this.fileName = fileName;
        this.etag = etag;
        this.lastModified = lastModified;
        this.lastModifiedHeader = lastModified == null ? null : HTTP_DATE.format(lastModified);
    }

    static IcsDocument of(String body, String fileName, Instant lastModified) {
        return new IcsDocument(body.getBytes(StandardCharsets.UTF_8), fileName, Ics.etag(body), lastModified);
    }

    /** The same calendar with another modification time. */
    IcsDocument modifiedAt(Instant modified) {
        return new IcsDocument(bytes, fileName, etag, modified);
    }

    /**
     * The bytes as a file for sendfile, written once per content ({@link FeedFiles}); null for a small document or
     * when the file cannot be written.
     */
    java.nio.file.Path file() {
        if (bytes.length < FeedFiles.SENDFILE_MIN) {
            return null;
        }
        var f = file;
        if (f == null) {
            f = FeedFiles.of(bytes);
            file = f;
        }
        return f;
    }

    /** The calendar as text. */
    public String body() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The UTF-8 bytes, served as they are: not to be changed. */
    public byte[] bytes() {
        return bytes;
    }

    public String fileName() {
        return fileName;
    }

    /** The strong validator, quoted as in an ETag header. */
    public String etag() {
        return etag;
    }

    /** When the content last changed, or null when unknown. */
    public Instant lastModified() {
        return lastModified;
    }

    /** {@link #lastModified} as an HTTP date, or null. */
    String lastModifiedHeader() {
        return lastModifiedHeader;
    }
}

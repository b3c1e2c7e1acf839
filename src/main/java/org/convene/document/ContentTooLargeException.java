package org.convene.document;

/** A stream went past the size limit while it was being stored. */
public class ContentTooLargeException extends RuntimeException {
    public ContentTooLargeException(long maxBytes) {
        super("content larger than " + maxBytes + " bytes");
    }
}

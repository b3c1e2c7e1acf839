package org.convene.document;

/** Stored bytes do not match their checksum (or length): never served silently. */
public class ContentCorruptedException extends RuntimeException {
    public ContentCorruptedException(String message) {
        super(message);
    }
}

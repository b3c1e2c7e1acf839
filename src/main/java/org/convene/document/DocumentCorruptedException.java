package org.convene.document;

import org.convene.base.ConveneException;

/** The stored bytes of an item do not match their checksum: the message names the item. */
public class DocumentCorruptedException extends ConveneException {
    public DocumentCorruptedException(long itemId, String title, Throwable cause) {
        super("document.corrupted", title, itemId);
        initCause(cause);
    }
}

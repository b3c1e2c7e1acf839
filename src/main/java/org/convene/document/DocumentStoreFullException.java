package org.convene.document;

import org.convene.base.ConveneException;

/** An upload found the database without room for its content: nothing was saved; the message names the file. */
public class DocumentStoreFullException extends ConveneException {
    DocumentStoreFullException(String fileName, Throwable cause) {
        super("document.no-room", fileName);
        initCause(cause);
    }
}

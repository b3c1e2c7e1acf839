package org.convene.document;

import org.convene.base.db.DatabaseErrors;

/**
 * The database has no room for more content: its table or tablespace cannot grow (MariaDB error 1114
 * "The table is full", 1021 "Disk full", or the operating system's "No space left on device").
 */
public class StoreFullException extends RuntimeException {

    StoreFullException(Throwable cause) {
        super("the database has no room for more content", cause);
    }

    /** True when {@code error} or one of its causes is the database saying it cannot grow. */
    static boolean isNoRoom(Throwable error) {
        return DatabaseErrors.noRoom(error);
    }
}

package org.convene.base.db;

import java.sql.SQLException;
import java.util.Locale;

/** What a database error means for the person who met it. */
public final class DatabaseErrors {

    /** MariaDB's ER_RECORD_FILE_FULL: InnoDB's tablespace cannot grow (its maximum size, or a full disk). */
    public static final int TABLE_FULL = 1114;
    /** MariaDB's ER_DISK_FULL. */
    public static final int DISK_FULL = 1021;

    private DatabaseErrors() {
    }

    /**
     * True when {@code error} or one of its causes is the database saying it cannot grow: 1114 "The table
     * is full", 1021 "Disk full", or the operating system's "No space left on device" (errno 28).
     */
    public static boolean noRoom(Throwable error) {
        for (var t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (var e = sql; e != null; e = e.getNextException()) {
                    if (e.getErrorCode() == TABLE_FULL || e.getErrorCode() == DISK_FULL || mentionsNoSpace(e.getMessage())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean mentionsNoSpace(String message) {
        if (message == null) {
            return false;
        }
        var m = message.toLowerCase(Locale.ROOT);
        return m.contains("no space left on device") || m.contains("errcode: 28") || m.contains("errno: 28");
    }
}

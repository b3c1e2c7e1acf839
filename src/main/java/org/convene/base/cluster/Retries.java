package org.convene.base.cluster;

import java.sql.SQLException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Which failures mean "this transaction lost a race and changed nothing: run it again". On one
 * MariaDB server that is a deadlock victim or a lock wait timeout; on Galera also a transaction that
 * lost certification against a write committed on another node, which the client sees as a deadlock
 * error (1213, SQLSTATE 40001) at commit.
 */
public final class Retries {

    /** Attempts in all (the first and the retries) before the conflict is given to the caller. */
    public static final int ATTEMPTS = 5;

    private Retries() {
    }

    public static boolean isConflict(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213)) {
                return true;
            }
        }
        return false;
    }
}

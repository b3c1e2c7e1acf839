package org.convene.base.db;

/** The embedded database cannot serve this run; {@code action} tells the person what to do. */
public class EmbeddedDatabaseException extends IllegalStateException {

    private final String action;

    EmbeddedDatabaseException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    public String getAction() {
        return action;
    }
}

package org.convene.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.convene.base.ConveneException;
import org.convene.base.i18n.TranslationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Component;

/**
 * One error handler for every Vaadin session: a refusal from a service shows its translated
 * message; anything unexpected is logged with a reference the person sees, never a stack trace.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    private final TranslationProvider i18n;

    ErrorHandling(TranslationProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    void handle(ErrorEvent event) {
        var ui = UI.getCurrent();
        var locale = ui != null ? ui.getLocale() : TranslationProvider.ENGLISH;
        var message = messageFor(event.getThrowable(), locale);
        if (ui != null) {
            ui.access(() -> Notifications.error(message));
        }
    }

    String messageFor(Throwable error, java.util.Locale locale) {
        var cause = error;
        while (cause != null) {
            if (cause instanceof ConveneException ce) {
                log.debug("Refused: {}", ce.getMessage());
                return i18n.getTranslation(ce.getMessageKey(), locale, ce.getArgs());
            }
            if (cause instanceof AuthorizationDeniedException
                    || cause instanceof org.springframework.security.access.AccessDeniedException) {
                log.info("Access denied: {}", cause.getMessage());
                return i18n.getTranslation("error.access-denied", locale);
            }
            if (org.convene.base.db.DatabaseErrors.noRoom(cause)) {
                log.error("The database has no room left: {}", cause.getMessage());
                return i18n.getTranslation("error.no-room", locale);
            }
            if (databaseUnreachable(cause)) {
                log.warn("Database unreachable: {}", cause.toString());
                return i18n.getTranslation("error.unavailable", locale);
            }
            if (cause instanceof ObjectOptimisticLockingFailureException) {
                return i18n.getTranslation("error.concurrent-change", locale);
            }
            cause = cause.getCause();
        }
        var reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", reference, error);
        return i18n.getTranslation("error.unexpected", locale, reference);
    }

    /** The database is down or out of reach (not a wrong query): the person may simply try again. */
    static boolean databaseUnreachable(Throwable t) {
        return t instanceof org.springframework.dao.DataAccessResourceFailureException
                || t instanceof org.springframework.transaction.CannotCreateTransactionException
                || t instanceof java.sql.SQLTransientConnectionException
                || t instanceof java.sql.SQLNonTransientConnectionException;
    }
}

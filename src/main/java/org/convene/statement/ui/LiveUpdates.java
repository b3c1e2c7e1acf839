package org.convene.statement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import org.convene.statement.StatementChange;
import org.convene.statement.StatementLive;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Ties a component to a statement's live changes: subscribes when the component is attached,
 * stops when it is detached, and runs {@code onChange} in {@code UI.access} (server push shows it).
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    public static void follow(Component component, StatementLive live, long statementId, Consumer<StatementChange> onChange) {
        var handle = new AutoCloseable[1];
        component.addAttachListener(attach -> {
            close(handle);
            handle[0] = subscribe(attach.getUI(), live, statementId, onChange);
        });
        component.addDetachListener(detach -> close(handle));
        component.getUI().ifPresent(ui -> {
            if (handle[0] == null) {
                handle[0] = subscribe(ui, live, statementId, onChange);
            }
        });
    }

    /**
     * Subscribes for one UI: each change runs in {@code UI.access} with the security context of the
     * person who subscribed (the poller's thread has none), so services check that person's rights.
     */
    public static AutoCloseable subscribe(UI ui, StatementLive live, long statementId, Consumer<StatementChange> onChange) {
        var security = SecurityContextHolder.getContext();
        return live.subscribe(statementId, change -> {
            if (ui.isClosing() || ui.getSession() == null) {
                return;
            }
            ui.access(() -> {
                var previous = SecurityContextHolder.getContext();
                SecurityContextHolder.setContext(security);
                try {
                    onChange.accept(change);
                } finally {
                    SecurityContextHolder.setContext(previous);
                }
            });
        });
    }

    private static void close(AutoCloseable[] handle) {
        if (handle[0] != null) {
            try {
                handle[0].close();
            } catch (Exception ignored) {
                // A subscription's close does not fail.
            }
            handle[0] = null;
        }
    }
}

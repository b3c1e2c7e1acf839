package org.convene.statement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import org.convene.statement.StatementChange;
import org.convene.statement.StatementLive;

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
            var ui = attach.getUI();
            close(handle);
            handle[0] = live.subscribe(statementId, change -> access(ui, () -> onChange.accept(change)));
        });
        component.addDetachListener(detach -> close(handle));
        component.getUI().ifPresent(ui -> {
            if (handle[0] == null) {
                handle[0] = live.subscribe(statementId, change -> access(ui, () -> onChange.accept(change)));
            }
        });
    }

    private static void access(UI ui, Runnable work) {
        if (!ui.isClosing() && ui.getSession() != null) {
            ui.access(work::run);
        }
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

package org.convene.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.function.Supplier;
import org.convene.base.ConveneException;

/** The three ways Convene tells a person what happened. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String text) {
        return show(text, NotificationVariant.SUCCESS, 3000);
    }

    public static Notification warning(String text) {
        return show(text, NotificationVariant.WARNING, 6000);
    }

    public static Notification error(String text) {
        return show(text, NotificationVariant.ERROR, 8000);
    }

    /** A service's refusal, in the language of {@code owner}'s page. */
    public static Notification refused(Component owner, ConveneException e) {
        return error(owner.getTranslation(e.getMessageKey(), e.getArgs()));
    }

    /**
     * Runs a service call and tells whether it went through: a refusal ({@link ConveneException}) is
     * shown as an error notification, and the caller stops there.
     */
    public static boolean attempt(Component owner, Runnable call) {
        try {
            call.run();
            return true;
        } catch (ConveneException e) {
            refused(owner, e);
            return false;
        }
    }

    /** As {@link #attempt(Component, Runnable)}, for a call with a result: empty when refused. */
    public static <T> Optional<T> attemptGet(Component owner, Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (ConveneException e) {
            refused(owner, e);
            return Optional.empty();
        }
    }

    private static Notification show(String text, NotificationVariant variant, int ms) {
        var n = Notification.show(text, ms, Notification.Position.BOTTOM_START);
        n.addThemeVariants(variant);
        return n;
    }
}

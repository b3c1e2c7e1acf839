package org.convene.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

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

    private static Notification show(String text, NotificationVariant variant, int ms) {
        var n = Notification.show(text, ms, Notification.Position.BOTTOM_START);
        n.addThemeVariants(variant);
        return n;
    }
}

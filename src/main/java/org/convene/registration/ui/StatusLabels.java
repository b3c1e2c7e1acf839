package org.convene.registration.ui;

import com.vaadin.flow.component.Component;
import org.convene.registration.Registration;
import org.convene.registration.RegistrationStatus;

/** How a registration's state reads for people. */
final class StatusLabels {

    private StatusLabels() {
    }

    static String status(Component c, Registration r) {
        if (r.getStatus() == RegistrationStatus.WAITLISTED) {
            return c.getTranslation("registration.status.waitlisted-at", r.getWaitlistPosition());
        }
        if (r.getStatus() == RegistrationStatus.CONFIRMED && r.isAttended()) {
            return c.getTranslation("registration.status.attended");
        }
        return c.getTranslation("registration.status." + r.getStatus().name());
    }
}

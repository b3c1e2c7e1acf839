package org.convene.privacy.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.convene.base.ui.Notifications;
import org.springframework.stereotype.Component;

/**
 * After an account deletion the browser loads the home page again as a visitor (same Vaadin
 * session, new session id); this shows it the "your account has been deleted" notification once.
 */
@Component
class FarewellNotice implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            var session = ui.getSession();
            if (session.getAttribute(MyDataView.DELETED_NOTICE) != null) {
                session.setAttribute(MyDataView.DELETED_NOTICE, null);
                ui.access(() -> Notifications.success(ui.getTranslation("privacy.deleted")));
            }
        });
    }
}

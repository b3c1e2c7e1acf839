package org.convene.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Runs {@link ComponentTexts} on every page: after each navigation, and before each answer to the
 * browser (a request handler placed before Vaadin's own only asks for it, so dialogs and forms
 * opened by a click get their texts in the same round trip). Also keeps {@code <html lang>} equal to
 * the UI's language for screen readers and the browser's hyphenation and spelling.
 */
@Component
class ComponentTextsInit implements VaadinServiceInitListener {

    private static final String PENDING = "convene.component-texts-pending";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            var ui = e.getUI();
            ui.addAfterNavigationListener(nav -> {
                HtmlLang.apply(ui);
                ComponentTexts.localize(ui);
            });
        });
        event.addRequestHandler((session, request, response) -> {
            if (session != null) {
                session.access(() -> session.getUIs().forEach(ComponentTextsInit::beforeNextResponse));
            }
            return false;
        });
    }

    private static void beforeNextResponse(UI ui) {
        if (ComponentUtil.getData(ui, PENDING) == null) {
            ComponentUtil.setData(ui, PENDING, Boolean.TRUE);
            ui.beforeClientResponse(ui, ctx -> {
                ComponentUtil.setData(ui, PENDING, null);
                ComponentTexts.localize(ui);
            });
        }
    }
}

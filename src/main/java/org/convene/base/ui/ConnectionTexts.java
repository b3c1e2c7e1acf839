package org.convene.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.convene.base.i18n.TranslationProvider;
import org.springframework.stereotype.Component;

/**
 * Vaadin's connection indicator ("Online", "Connection lost"...) speaks the page's language: its
 * texts are set on every new UI (a language switch reloads the page, so a new UI follows it).
 */
@Component
class ConnectionTexts implements VaadinServiceInitListener {

    private final TranslationProvider i18n;

    ConnectionTexts(TranslationProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            var locale = ui.getLocale();
            ui.getPage().executeJs("""
                    const apply = () => {
                      const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
                      if (!indicator) return false;
                      indicator.onlineText = $0;
                      indicator.offlineText = $1;
                      indicator.reconnectingText = $2;
                      return true;
                    };
                    if (!apply()) setTimeout(apply, 0);""",
                    i18n.getTranslation("shell.connection.online", locale),
                    i18n.getTranslation("shell.connection.offline", locale),
                    i18n.getTranslation("shell.connection.reconnecting", locale));
        });
    }
}

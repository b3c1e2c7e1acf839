package org.convene.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/** {@code <html lang>} follows the UI's language (it stays "en" otherwise, even in the French UI). */
final class HtmlLang {

    static final String APPLIED = "convene.html-lang";

    private HtmlLang() {
    }

    static void apply(UI ui) {
        var language = ui.getLocale().getLanguage();
        if (!language.equals(ComponentUtil.getData(ui, APPLIED))) {
            ComponentUtil.setData(ui, APPLIED, language);
            ui.getPage().executeJs("document.documentElement.lang = $0", language);
        }
    }
}

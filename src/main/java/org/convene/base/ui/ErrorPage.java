package org.convene.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's own "not found" and "not allowed" pages, inside the layout and translated. They say
 * nothing about what exists: no route list, no id, no exception text.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorPage.class);

    private final String titleKey;

    ErrorPage(String id, String titleKey) {
        this.titleKey = titleKey;
        setId(id);
    }

    /** Fills the page; returns the HTTP status of the first response. */
    int show(BeforeEnterEvent event, String messageKey, int status, Exception cause) {
        log.debug("{} for /{}: {}", status, event.getLocation().getPath(), cause == null ? "" : cause.toString());
        removeAll();
        var home = new Anchor("", getTranslation("error.page.home"));
        home.setId(getId().orElse("error") + "-home");
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(messageKey)), home);
        return status;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
